import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { AgendaItem } from './agenda-item.entity';
import { addAgendaItem, recordDecision } from './agenda.writes';
import { AddAgendaItemInput, RecordDecisionInput } from './meeting.types';

/** Writes to agendas; every change bumps the meeting's version. */
@Resolver()
export class AgendaMutations {
  @Authorized('admin')
  @Mutation(() => AgendaItem, {
    description:
      'Puts an item (sak) on a meeting’s agenda, last or at a position (later items move down). Admin only.',
  })
  addAgendaItem(
    @Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'addAgendaItem', input, addAgendaItem);
  }

  @Authorized('admin')
  @Mutation(() => AgendaItem, {
    description:
      'Records the decision (vedtak) on an agenda item, replacing any earlier one. Admin only.',
  })
  recordDecision(
    @Arg('input', () => RecordDecisionInput) input: RecordDecisionInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'recordDecision', input, recordDecision);
  }
}
