import { Arg, Args, Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CONNECTION_LIST_SIZE, PageArgs, listSize, type Context } from '@ehelse/shared/graphql';
import { OrganisationRef, organisationRef } from '../references/references.types';
import { RoadmapActivity, RoadmapGoal } from './solution-roadmap.entity';
import {
  activitiesByGoal,
  organisationLinksByActivity,
  roadmapGoalByNumber,
} from './solution-roadmap.loaders';
import { roadmapActivitiesPage } from './solution-roadmap.queries';
import { RoadmapActivityConnection, RoadmapActivityFilter } from './solution-roadmap.types';

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
  activities(@Root() goal: RoadmapGoal, @Ctx() context: Context) {
    return context.loaders.of(activitiesByGoal).load(goal.number);
  }
}

@Resolver(() => RoadmapActivity)
export class RoadmapActivityResolver {
  @Query(() => RoadmapActivityConnection, {
    description: 'The 2023 roadmap activities, filtered and paged (Relay), in printed order.',
  })
  @Directive(CONNECTION_LIST_SIZE)
  roadmapActivities(
    @Args() pageArgs: PageArgs,
    @Arg('filter', () => RoadmapActivityFilter, { nullable: true })
    filter: RoadmapActivityFilter | undefined,
    @Ctx() context: Context,
  ) {
    return roadmapActivitiesPage(context, pageArgs, filter);
  }

  @FieldResolver(() => RoadmapGoal, { description: 'The goal (mål) the activity serves.' })
  goal(@Root() activity: RoadmapActivity, @Ctx() context: Context) {
    return context.loaders.of(roadmapGoalByNumber).load(activity.goalNumber);
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
  async organisations(@Root() activity: RoadmapActivity, @Ctx() context: Context) {
    const links = await context.loaders.of(organisationLinksByActivity).load(activity.id);
    return links.map((link) => ({ id: link.organisationId }));
  }
}
