import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { AssignMeasureResponsibleInput, UpdateMilestoneStatusInput } from './result-goal.types';
import { assignMeasureResponsible, updateMilestoneStatus } from './result-goal.writes';

/** Admins keep the Felles grunnmur roadmap current: milestone status and who is responsible. */
@Resolver()
export class ResultGoalMutations {
  @Authorized('admin')
  @Mutation(() => Milestone, {
    description:
      'Sets a milestone’s status (milepælstatus) and tiltak counts, in one transaction with its audit event. Admin only.',
  })
  updateMilestoneStatus(
    @Arg('input', () => UpdateMilestoneStatusInput) input: UpdateMilestoneStatusInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'updateMilestoneStatus', input, updateMilestoneStatus);
  }

  @Authorized('admin')
  @Mutation(() => Measure, {
    description:
      'Names the organisation responsible (ansvarlig) for a tiltak, or none, in one transaction with its audit event. Admin only.',
  })
  assignMeasureResponsible(
    @Arg('input', () => AssignMeasureResponsibleInput) input: AssignMeasureResponsibleInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'assignMeasureResponsible', input, assignMeasureResponsible);
  }
}
