import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';

/*
 * Stubs of entities the portfolio subgraph owns. This subgraph stores only their
 * keys; the gateway fetches every other field from portfolio. The descriptions
 * repeat the owner's word for word, so composition keeps them without conflict.
 */

@publicData()
@ObjectType('Organisation', {
  description: 'An organisation (virksomhet) in the Norwegian health and care sector.',
})
@Directive('@key(fields: "id")')
export class OrganisationRef {
  @Field(() => ID, { description: 'Stable slug, e.g. "helse-vest-rhf".' })
  id: string;
}

@publicData()
@ObjectType('Project', {
  description: 'A project or programme (prosjekt/program) in the national e-health portfolio.',
})
@Directive('@key(fields: "id")')
export class ProjectRef {
  @Field(() => ID, { description: 'Portfolio id (ID i porteføljen), e.g. "107".' })
  id: string;
}

export const organisationRef = (id: string): OrganisationRef => ({ id });
export const projectRef = (id: string): ProjectRef => ({ id });
