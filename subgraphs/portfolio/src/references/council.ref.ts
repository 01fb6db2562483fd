import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/*
 * Stub of the governance body (council) the governance subgraph owns. This subgraph stores only
 * its key; the gateway fetches every other field from governance. The descriptions repeat the
 * owner's word for word, so composition keeps them without conflict.
 */
@publicData()
@ObjectType('Council', {
  description:
    'A governance body (råd, styre, utvalg, styringsgruppe, arbeidsgruppe or arena) in the national e-health model.',
})
@Directive('@key(fields: "id")')
export class CouncilRef {
  @Field(() => ID, {
    description: 'Slug of the name, e.g. "nasjonalt-e-helserad", "nuit", "nufa".',
  })
  id: string;
}

export const councilRef = (id: string | null): CouncilRef | null => (id ? { id } : null);
