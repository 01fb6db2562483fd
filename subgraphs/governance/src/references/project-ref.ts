import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Stub of the portfolio-owned Project: governance stores only its key. */
@ObjectType('Project', {
  description:
    'A portfolio project (prosjekt), owned by the portfolio subgraph; governance adds where it was discussed.',
})
@Directive('@key(fields: "id")')
export class ProjectRef {
  @Field(() => ID, { description: 'Portfolio id (ID i porteføljen), e.g. "107".' })
  id: string;
}

export const projectRef = (id: string): ProjectRef => ({ id });
