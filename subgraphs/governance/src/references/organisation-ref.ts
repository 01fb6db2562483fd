import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the portfolio-owned Organisation: governance stores only its key. */
@ObjectType('Organisation', {
  description:
    'An organisation (virksomhet), owned by the portfolio subgraph; governance adds its memberships.',
})
@Directive('@key(fields: "id")')
export class OrganisationRef {
  @Field(() => ID, { description: 'Stable slug, e.g. "helse-sor-ost-rhf".' })
  id: string;
}

export const organisationRef = (id: string): OrganisationRef => ({ id });
