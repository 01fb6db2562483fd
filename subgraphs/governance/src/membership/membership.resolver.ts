import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { Council } from '../council/council.entity';
import { councilById } from '../council/council.resolver';
import { Person } from '../person/person.entity';
import { personById } from '../person/person.resolver';
import { OrganisationRef, organisationRef } from '../references/organisation-ref';
import { Membership } from './membership.entity';

export const membershipById = (context: Context, id: string) =>
  context.loaders.one(Membership, 'id').load(id);

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person, { description: 'The member (medlem).' })
  person(@Root() membership: Membership, @Ctx() context: Context) {
    return personById(context, membership.personId);
  }

  @FieldResolver(() => OrganisationRef, {
    description: 'The organisation the member represents (aktør).',
  })
  organisation(@Root() membership: Membership) {
    return organisationRef(membership.organisationId);
  }

  @FieldResolver(() => Council, { description: 'The body (organ) the seat is on.' })
  council(@Root() membership: Membership, @Ctx() context: Context) {
    return councilById(context, membership.councilId);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description:
      'The membership this one took over ("X erstatter Y"), where the documents name one.',
  })
  replaces(@Root() membership: Membership, @Ctx() context: Context) {
    return membership.replacesMembershipId
      ? membershipById(context, membership.replacesMembershipId)
      : null;
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership that took this one over (erstattet av).',
  })
  replacedBy(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.one(Membership, 'replacesMembershipId').load(membership.id);
  }
}
