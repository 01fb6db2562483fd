import {
  Arg,
  Args,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  CONNECTION_LIST_SIZE,
  ConnectionType,
  PageArgs,
  badInput,
  connectionFromQuery,
  listSize,
  validate,
  valueObject,
  type Context,
} from '@ehelse/shared';
import { OrganisationRef, organisationRef } from '../references/entity-refs';
import {
  RoadmapActivity,
  RoadmapActivityOrganisation,
  RoadmapGoal,
} from './solution-roadmap.entity';

export const RoadmapActivityConnection = ConnectionType(
  'RoadmapActivity',
  RoadmapActivity,
  valueObject('A page of 2023 activities of the roadmap for national e-health solutions.'),
);

@InputType({ description: 'Filters for the roadmap activities; all given conditions must hold.' })
export class RoadmapActivityFilter {
  @Field(() => [Int], {
    nullable: true,
    description: 'Goal numbers (mål), 1 to 6; an unknown number is BAD_USER_INPUT.',
  })
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

/**
 * A missing id inside a filter is the caller's mistake, not an empty result: an unknown
 * goal number is BAD_USER_INPUT naming the entry. Organisations belong to portfolio, so
 * only their form is checked here.
 */
async function checkActivityFilter(context: Context, filter: RoadmapActivityFilter | undefined) {
  if (filter?.organisationId)
    validate.organisationId('filter.organisationId', filter.organisationId);
  const numbers = filter?.goalNumbers ?? [];
  if (numbers.length === 0) return;
  const goals = await context.loaders.one(RoadmapGoal, 'number').loadMany(numbers);
  const missing = goals.findIndex((goal) => !goal || goal instanceof Error);
  if (missing >= 0) {
    throw badInput(`filter.goalNumbers[${missing}]`, `Unknown roadmap goal ${numbers[missing]}`);
  }
}

/** The filtered activities in printed order, built afresh for the count and for the page. */
function filteredActivities({ dataSource }: Context, filter: RoadmapActivityFilter) {
  const query = dataSource
    .getRepository(RoadmapActivity)
    .createQueryBuilder('activity')
    .orderBy('activity.id', 'ASC');
  if (filter.goalNumbers?.length)
    query.andWhere('activity.goal_number IN (:...goals)', { goals: filter.goalNumbers });
  if (filter.sector) query.andWhere('activity.sector = :sector', { sector: filter.sector });
  if (filter.organisationId) {
    const named = query
      .subQuery()
      .select('link.activity_id')
      .from(RoadmapActivityOrganisation, 'link')
      .where('link.organisation_id = :organisationId')
      .getQuery();
    query.andWhere(`activity.id IN ${named}`, { organisationId: filter.organisationId });
  }
  if (filter.activeIn !== undefined && filter.activeIn !== null) {
    query
      .andWhere('(activity.period_from IS NULL OR activity.period_from <= :year)', {
        year: filter.activeIn,
      })
      .andWhere('(activity.period_to IS NULL OR activity.period_to >= :year)');
  }
  return query;
}

@Resolver(() => RoadmapGoal)
export class RoadmapGoalResolver {
  @Query(() => [RoadmapGoal], {
    description:
      'The goals of the roadmap for national e-health solutions (sak 35/22), in printed order.',
  })
  // Fixed by the document: 6 goals.
  @listSize(15)
  roadmapGoals(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(RoadmapGoal).find({ order: { number: 'ASC' } });
  }

  @FieldResolver(() => [RoadmapActivity], {
    description: 'Its 2023 activities per actor, in printed order.',
  })
  // Fixed by the document (a table of 2023): at most 14 per goal.
  @listSize(30)
  activities(@Root() goal: RoadmapGoal, @Ctx() { loaders }: Context) {
    return loaders.many(RoadmapActivity, 'goalNumber', { order: { id: 'ASC' } }).load(goal.number);
  }
}

@Resolver(() => RoadmapActivity)
export class RoadmapActivityResolver {
  @Query(() => RoadmapActivityConnection, {
    description: 'The 2023 roadmap activities, filtered and paged (Relay), in printed order.',
  })
  @Directive(CONNECTION_LIST_SIZE)
  async roadmapActivities(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => RoadmapActivityFilter, { nullable: true })
    filter: RoadmapActivityFilter | undefined,
    @Ctx() context: Context,
  ) {
    await checkActivityFilter(context, filter);
    return connectionFromQuery(pageArgs, () => filteredActivities(context, filter ?? {}));
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
  // An actor cell names at most 2 organisations today.
  @listSize(5)
  async organisations(@Root() activity: RoadmapActivity, @Ctx() { loaders }: Context) {
    const links = await loaders
      .many(RoadmapActivityOrganisation, 'activityId', { order: { position: 'ASC' } })
      .load(activity.id);
    return links.map((link) => ({ id: link.organisationId }));
  }
}
