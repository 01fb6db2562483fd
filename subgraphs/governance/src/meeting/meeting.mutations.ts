import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { Meeting } from './meeting.entity';
import { CreateMeetingInput, ReorderAgendaInput } from './meeting.types';
import { createMeeting, reorderAgenda } from './meeting.writes';

/** Writes to meetings; the Directorate's secretariat (admin) runs the bodies. */
@Resolver()
export class MeetingMutations {
  @Authorized('admin')
  @Mutation(() => Meeting, { description: 'Schedules a meeting (møte) of a body. Admin only.' })
  createMeeting(
    @Arg('input', () => CreateMeetingInput) input: CreateMeetingInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'createMeeting', input, createMeeting);
  }

  @Authorized('admin')
  @Mutation(() => Meeting, {
    description:
      'Puts a meeting’s agenda in a new order (rekkefølge), with optimistic concurrency. Admin only.',
  })
  reorderAgenda(
    @Arg('input', () => ReorderAgendaInput) input: ReorderAgendaInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'reorderAgenda', input, reorderAgenda);
  }
}
