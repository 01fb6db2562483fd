import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared/graphql';
import { Person } from '../person/person.entity';
import { personById } from '../person/person.loaders';
import { OrganisationRef, organisationRef } from '../references/references.types';
import { Substitution } from './substitution.entity';

@Resolver(() => Substitution)
export class SubstitutionResolver {
  @FieldResolver(() => ID, {
    description:
      'Meeting and substitute, e.g. "nasjonalt-e-helserad-5-22:trond-stenvik": the table\'s key, one substitute per person and meeting.',
  })
  id(@Root() substitution: Substitution) {
    return `${substitution.meetingId}:${substitution.personId}`;
  }

  @FieldResolver(() => Person, { description: 'The substitute (stedfortreder).' })
  person(@Root() substitution: Substitution, @Ctx() { loaders }: Context) {
    return loaders.of(personById).load(substitution.personId);
  }

  @FieldResolver(() => Person, {
    description: 'The member the substitute attends for (stiller for).',
  })
  standsInFor(@Root() substitution: Substitution, @Ctx() { loaders }: Context) {
    return loaders.of(personById).load(substitution.forPersonId);
  }

  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The organisation the substitute comes from, where printed or inferred.',
  })
  organisation(@Root() substitution: Substitution) {
    return substitution.organisationId ? organisationRef(substitution.organisationId) : null;
  }
}
