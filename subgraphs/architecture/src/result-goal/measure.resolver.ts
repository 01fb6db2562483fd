import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, connectionOf, pageOf, type Context } from '@ehelse/shared';
import {
  OrganisationRef,
  ProjectRef,
  organisationRef,
  projectRef,
} from '../references/entity-refs';
import { MeasureOrganisation, MeasureProject } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';
import { measureByCode, resultGoalByCode } from './result-goal.loaders';

export const MeasureConnection = ConnectionType(
  'Measure',
  Measure,
  'A page of Felles grunnmur tiltak.',
);

@InputType({ description: 'Filters for the tiltak list; all given conditions must hold.' })
export class MeasureFilter {
  @Field(() => [String], { nullable: true, description: 'Resultatmål codes, e.g. ["RM3", "RM5"].' })
  resultGoalCodes?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Only tiltak this organisation is (co-)responsible for (ansvarlig).',
  })
  responsibleOrganisationId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only tiltak whose responsible is printed as "?"; false: only assigned ones.',
  })
  unassigned?: boolean;
}

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => Measure, { nullable: true, description: 'One tiltak by its code, e.g. "RM3-T4".' })
  measure(@Arg('code') code: string, @Ctx() context: Context) {
    return measureByCode(context, code);
  }

  @Query(() => MeasureConnection, {
    description:
      'Tiltak of the Felles grunnmur roadmap, filtered and paged (Relay), in plan order.',
  })
  async measures(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => MeasureFilter, { nullable: true }) filter: MeasureFilter | undefined,
    @Ctx() { dataSource }: Context,
  ) {
    const page = pageOf(pageArgs);
    const query = dataSource.getRepository(Measure).createQueryBuilder('measure');
    if (filter?.resultGoalCodes?.length) {
      query.andWhere('measure.result_goal_code IN (:...codes)', { codes: filter.resultGoalCodes });
    }
    if (filter?.responsibleOrganisationId) {
      const responsible = query
        .subQuery()
        .select('link.measure_code')
        .from(MeasureOrganisation, 'link')
        .where('link.organisation_id = :organisationId')
        .getQuery();
      query.andWhere(`measure.code IN ${responsible}`, {
        organisationId: filter.responsibleOrganisationId,
      });
    }
    if (filter?.unassigned !== undefined && filter.unassigned !== null) {
      query.andWhere(
        filter.unassigned
          ? 'measure.responsible_organisation_id IS NULL'
          : 'measure.responsible_organisation_id IS NOT NULL',
      );
    }
    const [nodes, totalCount] = await Promise.all([
      query
        .clone()
        .orderBy('measure.position', 'ASC')
        .offset(page.offset)
        .limit(page.limit)
        .getMany(),
      query.getCount(),
    ]);
    return connectionOf(nodes, page, totalCount);
  }

  @FieldResolver(() => ResultGoal, { description: 'The resultatmål the tiltak belongs to.' })
  resultGoal(@Root() measure: Measure, @Ctx() context: Context) {
    return resultGoalByCode(context, measure.resultGoalCode);
  }

  @FieldResolver(() => Milestone, {
    nullable: true,
    description:
      'The milestone (milepæl) the tiltak serves. Never printed: inferred from titles, null where they do not decide it.',
  })
  milestone(@Root() measure: Measure, @Ctx() { loaders }: Context) {
    return measure.milestoneCode
      ? loaders.one(Milestone, 'code').load(measure.milestoneCode)
      : null;
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description:
      'Responsible organisation (ansvarlig): the first one named; null where the plan says "?".',
  })
  responsible(@Root() measure: Measure) {
    return organisationRef(measure.responsibleOrganisationId);
  }

  @FieldResolver(() => [OrganisationRef], {
    description:
      'Every organisation named responsible, in printed order ("Direktoratet/NHN" names two).',
  })
  async responsibleOrganisations(@Root() measure: Measure, @Ctx() { loaders }: Context) {
    const links = await loaders
      .many(MeasureOrganisation, 'measureCode', { order: { position: 'ASC' } })
      .load(measure.code);
    return links.map((link) => ({ id: link.organisationId }));
  }

  @FieldResolver(() => [ProjectRef], {
    description: 'Portfolio projects that carry out the tiltak (gjennomføres av).',
  })
  async implementedBy(@Root() measure: Measure, @Ctx() { loaders }: Context) {
    const links = await loaders
      .many(MeasureProject, 'measureCode', { order: { position: 'ASC' } })
      .load(measure.code);
    return links.map((link) => projectRef(link.projectId));
  }
}
