import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared/graphql';
import { Council } from '../council/council.entity';
import { councilById } from '../council/council.loaders';
import { Meeting } from '../meeting/meeting.entity';
import { meetingById } from '../meeting/meeting.loaders';
import { Person } from '../person/person.entity';
import { personById } from '../person/person.loaders';
import { OrganisationRef, organisationRef } from '../references/references.types';
import { Membership } from './membership.entity';
import { membershipById, membershipByReplaced } from './membership.loaders';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person, { description: 'The member (medlem).' })
  person(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.of(personById).load(membership.personId);
  }

  @FieldResolver(() => OrganisationRef, {
    description: 'The organisation the member represents (aktør).',
  })
  organisation(@Root() membership: Membership) {
    return organisationRef(membership.organisationId);
  }

  @FieldResolver(() => Council, { description: 'The body (organ) the seat is on.' })
  council(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.of(councilById).load(membership.councilId);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description:
      'The membership this one took over ("X erstatter Y"), where the documents name one.',
  })
  replaces(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return membership.replacesMembershipId
      ? loaders.of(membershipById).load(membership.replacesMembershipId)
      : null;
  }

  @FieldResolver(() => Meeting, {
    nullable: true,
    description:
      'The meeting whose papers print the seat (møtet der medlemskapet er dokumentert), e.g. 5/22 for the 2022 member list of Nasjonalt e-helseråd; null for seats written through the API.',
  })
  documentedAt(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return membership.documentedMeetingId
      ? loaders.of(meetingById).load(membership.documentedMeetingId)
      : null;
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: 'The membership that took this one over (erstattet av).',
  })
  replacedBy(@Root() membership: Membership, @Ctx() { loaders }: Context) {
    return loaders.of(membershipByReplaced).load(membership.id);
  }
}
