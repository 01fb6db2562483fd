import { Arg, Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import {
  isId,
  CONNECTION_LIST_SIZE,
  PageArgs,
  listSize,
  type Context,
} from '@ehelse/shared/graphql';
import {
  OrganisationRef,
  ProjectRef,
  organisationRef,
  projectRef,
} from '../references/references.types';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';
import {
  measureByCode,
  milestoneByCode,
  organisationLinksByMeasure,
  projectLinksByMeasure,
  resultGoalByCode,
} from './result-goal.loaders';
import { measuresPage } from './result-goal.queries';
import { MeasureConnection, MeasureFilter } from './result-goal.types';

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => Measure, { nullable: true, description: 'One tiltak by its code, e.g. "RM3-T4".' })
  measure(@Arg('code') code: string, @Ctx() context: Context) {
    // A code no row can have is answered like a missing one, without a query.
    return isId('code', code) ? context.loaders.of(measureByCode).load(code) : null;
  }

  @Query(() => MeasureConnection, {
    description:
      'Tiltak of the Felles grunnmur roadmap, filtered and paged (Relay), in plan order.',
  })
  @Directive(CONNECTION_LIST_SIZE)
  measures(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => MeasureFilter, { nullable: true }) filter: MeasureFilter | undefined,
    @Ctx() context: Context,
  ) {
    return measuresPage(context, pageArgs, filter);
  }

  @FieldResolver(() => ResultGoal, { description: 'The resultatmål the tiltak belongs to.' })
  resultGoal(@Root() measure: Measure, @Ctx() context: Context) {
    return context.loaders.of(resultGoalByCode).load(measure.resultGoalCode);
  }

  @FieldResolver(() => Milestone, {
    nullable: true,
    description:
      'The milestone (milepæl) the tiltak serves. Never printed: inferred from titles, null where they do not decide it.',
  })
  milestone(@Root() measure: Measure, @Ctx() context: Context) {
    return measure.milestoneCode
      ? context.loaders.of(milestoneByCode).load(measure.milestoneCode)
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
  // Bounded by how the plan names a responsible: at most 2 today ("Direktoratet/NHN").
  @listSize(5)
  async responsibleOrganisations(@Root() measure: Measure, @Ctx() context: Context) {
    const links = await context.loaders.of(organisationLinksByMeasure).load(measure.code);
    return links.map((link) => ({ id: link.organisationId }));
  }

  @FieldResolver(() => [ProjectRef], {
    description: 'Portfolio projects that carry out the tiltak (gjennomføres av).',
  })
  // Bounded by the plan: at most 1 project per tiltak today.
  @listSize(5)
  async implementedBy(@Root() measure: Measure, @Ctx() context: Context) {
    const links = await context.loaders.of(projectLinksByMeasure).load(measure.code);
    return links.map((link) => projectRef(link.projectId));
  }
}
