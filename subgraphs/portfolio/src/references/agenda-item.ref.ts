import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/*
 * Stub of the agenda item the governance subgraph owns. This subgraph stores only its key;
 * the gateway fetches every other field from governance. The descriptions repeat the
 * owner's word for word, so composition keeps them without conflict.
 */
@publicData()
@ObjectType('AgendaItem', { description: 'An agenda item (sak) of a meeting.' })
@Directive('@key(fields: "id")')
export class AgendaItemRef {
  @Field(() => ID, {
    description:
      'The case number as a slug, e.g. "30-22"; for unnumbered items meeting and position.',
  })
  id: string;
}

export const agendaItemRef = (id: string | null): AgendaItemRef | null => (id ? { id } : null);
