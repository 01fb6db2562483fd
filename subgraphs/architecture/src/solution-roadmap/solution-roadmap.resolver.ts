import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, connectionOf, pageOf, type Context } from '@ehelse/shared';
import { OrganisationRef, organisationRef } from '../references/entity-refs';
import {
  RoadmapActivity,
  RoadmapActivityOrganisation,
  RoadmapGoal,
} from './solution-roadmap.entity';

export const RoadmapActivityConnection = ConnectionType(
  'RoadmapActivity',
  RoadmapActivity,
  'A page of 2023 activities of the roadmap for national e-health solutions.',
);

@InputType({ description: 'Filters for the roadmap activities; all given conditions must hold.' })
export class RoadmapActivityFilter {
  @Field(() => [Int], { nullable: true, description: 'Goal numbers (mål), 1 to 6.' })
  goalNumbers?: number[];

  @Field(() => ID, {
    nullable: true,
    description: 'Only activities naming this organisation (aktør), alone or jointly.',
  })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Only this row group (sektor), as printed.' })
  sector?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Only activities whose period includes this year; open ends count as included.',
  })
  activeIn?: number;
}

@Resolver(() => RoadmapGoal)
export class RoadmapGoalResolver {
  @Query(() => [RoadmapGoal], {
    description:
      'The goals of the roadmap for national e-health solutions (sak 35/22), in printed order.',
  })
  roadmapGoals(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(RoadmapGoal).find({ order: { number: 'ASC' } });
  }

  @FieldResolver(() => [RoadmapActivity], {
    description: 'Its 2023 activities per actor, in printed order.',
  })
  activities(@Root() goal: RoadmapGoal, @Ctx() { loaders }: Context) {
    return loaders.many(RoadmapActivity, 'goalNumber', { order: { id: 'ASC' } }).load(goal.number);
  }
}

@Resolver(() => RoadmapActivity)
export class RoadmapActivityResolver {
  @Query(() => RoadmapActivityConnection, {
    description: 'The 2023 roadmap activities, filtered and paged (Relay), in printed order.',
  })
  async roadmapActivities(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => RoadmapActivityFilter, { nullable: true })
    filter: RoadmapActivityFilter | undefined,
    @Ctx() { dataSource }: Context,
  ) {
    const page = pageOf(pageArgs);
    const query = dataSource.getRepository(RoadmapActivity).createQueryBuilder('activity');
    if (filter?.goalNumbers?.length)
      query.andWhere('activity.goal_number IN (:...goals)', { goals: filter.goalNumbers });
    if (filter?.sector) query.andWhere('activity.sector = :sector', { sector: filter.sector });
    if (filter?.organisationId) {
      const named = query
        .subQuery()
        .select('link.activity_id')
        .from(RoadmapActivityOrganisation, 'link')
        .where('link.organisation_id = :organisationId')
        .getQuery();
      query.andWhere(`activity.id IN ${named}`, { organisationId: filter.organisationId });
    }
    if (filter?.activeIn !== undefined && filter.activeIn !== null) {
      query
        .andWhere('(activity.period_from IS NULL OR activity.period_from <= :year)', {
          year: filter.activeIn,
        })
        .andWhere('(activity.period_to IS NULL OR activity.period_to >= :year)');
    }
    const [nodes, totalCount] = await Promise.all([
      query.clone().orderBy('activity.id', 'ASC').offset(page.offset).limit(page.limit).getMany(),
      query.getCount(),
    ]);
    return connectionOf(nodes, page, totalCount);
  }

  @FieldResolver(() => RoadmapGoal, { description: 'The goal (mål) the activity serves.' })
  goal(@Root() activity: RoadmapActivity, @Ctx() { loaders }: Context) {
    return loaders.one(RoadmapGoal, 'number').load(activity.goalNumber);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description:
      'The organisation (aktør), the first one named; null for categories such as "Fastleger" or "Apotek".',
  })
  organisation(@Root() activity: RoadmapActivity) {
    return organisationRef(activity.organisationId);
  }

  @FieldResolver(() => [OrganisationRef], {
    description: 'Every organisation the actor cell names, in printed order.',
  })
  async organisations(@Root() activity: RoadmapActivity, @Ctx() { loaders }: Context) {
    const links = await loaders
      .many(RoadmapActivityOrganisation, 'activityId', { order: { position: 'ASC' } })
      .load(activity.id);
    return links.map((link) => ({ id: link.organisationId }));
  }
}
