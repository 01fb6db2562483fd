import { Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '@ehelse/shared/runtime';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { Council } from '../council/council.entity';
import { councilById } from '../council/council.loaders';
import { Meeting } from '../meeting/meeting.entity';
import { AKSON_PLAN_ID, MilestonePlan } from './milestone-plan.entity';
import {
  bodyMeetingsByPlan,
  bodyMeetingsOfMilestone,
  meetingOfPlanned,
  milestonePlanById,
  milestonesByBodyMeeting,
  milestonesByPlan,
} from './milestone-plan.loaders';
import { PlanMilestone } from './plan-milestone.entity';
import { PlannedBodyMeeting } from './planned-body-meeting.entity';

@Resolver(() => MilestonePlan)
export class MilestonePlanResolver {
  @Query(() => MilestonePlan, {
    description:
      'The milestone plan (milepælsplan) of the Akson pre-project, MP1–MP9, with the meeting dates of its bodies.',
  })
  async aksonMilestonePlan(@Ctx() { loaders }: Context) {
    const plan = await loaders.of(milestonePlanById).load(AKSON_PLAN_ID);
    if (!plan) throw notFound('MilestonePlan', AKSON_PLAN_ID);
    return plan;
  }

  // Fixed by the plan document: 9 milestones (MP1–MP9) in the Akson plan.
  @listSize(20)
  @FieldResolver(() => [PlanMilestone], {
    description: 'The milestones (milepæler), in plan order.',
  })
  milestones(@Root() plan: MilestonePlan, @Ctx() { loaders }: Context) {
    return loaders.of(milestonesByPlan).load(plan.id);
  }

  // Fixed by the plan document: 20 body meetings in the Akson møteplan.
  @listSize(40)
  @FieldResolver(() => [PlannedBodyMeeting], {
    description: 'Meetings of the bodies following the plan (møteplan), by date.',
  })
  bodyMeetings(@Root() plan: MilestonePlan, @Ctx() { loaders }: Context) {
    return loaders.of(bodyMeetingsByPlan).load(plan.id);
  }
}

@Resolver(() => PlanMilestone)
export class PlanMilestoneResolver {
  @FieldResolver(() => ID, {
    description: 'Plan and code, e.g. "akson:MP1": the table key, unique over all plans.',
  })
  id(@Root() milestone: PlanMilestone) {
    return `${milestone.planId}:${milestone.code}`;
  }

  // Fixed by the plan document: at most 4 body meetings in one milestone row (MP1).
  @listSize(10)
  @FieldResolver(() => [PlannedBodyMeeting], {
    description: 'Body meetings printed in this milestone’s row, by date.',
  })
  bodyMeetings(@Root() milestone: PlanMilestone, @Ctx() context: Context) {
    return bodyMeetingsOfMilestone(context, milestone);
  }
}

@Resolver(() => PlannedBodyMeeting)
export class PlannedBodyMeetingResolver {
  @FieldResolver(() => Council, { description: 'The body that meets (organ), e.g. KommIT-rådet.' })
  council(@Root() planned: PlannedBodyMeeting, @Ctx() { loaders }: Context) {
    return loaders.of(councilById).load(planned.councilId);
  }

  // Fixed by the plan document: a date is printed in at most 2 milestone rows.
  @listSize(5)
  @FieldResolver(() => [PlanMilestone], {
    description: 'The milestone row(s) the date is printed in.',
  })
  milestones(@Root() planned: PlannedBodyMeeting, @Ctx() { loaders }: Context) {
    return loaders.of(milestonesByBodyMeeting).load(planned.id);
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description:
      'The recorded meeting of that body on that date, with its agenda, e.g. e-helsestyre 3/19 for NEHS 19.6.',
  })
  meeting(@Root() planned: PlannedBodyMeeting, @Ctx() context: Context) {
    return meetingOfPlanned(context, planned);
  }
}
