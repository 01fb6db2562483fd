import { Field, ID, InputType } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { Membership } from './membership.entity';
import { MembershipRole } from './membership-role';

/** Pages of memberships: a council's, a person's and an organisation's seats share the type. */
export const MembershipConnection = ConnectionType(
  'Membership',
  Membership,
  valueObject('A page of memberships (medlemskap), by body, leader first, then in printed order.'),
);

@InputType({ description: 'A person not yet in the register, added with their first seat.' })
class NewPersonInput {
  @Field({ description: 'Name (navn) as printed, at most 200 characters; the id is its slug.' })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Title (tittel) as printed, at most 200 characters.',
  })
  title?: string | null;
}

@InputType({
  description: 'A new seat on a body (nytt medlemskap); name either personId or person.',
})
export class RecordMembershipInput {
  @Field(() => ID, { description: 'The body (organ), e.g. "nasjonalt-e-helserad".' })
  councilId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The member, when already registered, e.g. "rune-simensen".',
  })
  personId?: string | null;

  @Field(() => NewPersonInput, {
    nullable: true,
    description: 'The member, when not yet registered.',
  })
  person?: NewPersonInput | null;

  @Field(() => ID, {
    description: 'The organisation represented (aktør), by slug, e.g. "helse-vest-rhf".',
  })
  organisationId: string;

  @Field(() => MembershipRole, { description: 'Role (rolle).' })
  role: MembershipRole;

  @Field(() => GraphQLDate, { description: 'First day of the seat (fra og med).' })
  from: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'The seat this one takes over ("X erstatter Y"), on the same body; if still open it ends the day before `from`.',
  })
  replacesMembershipId?: string | null;
}

@InputType({ description: 'The end of a seat (utmelding).' })
export class EndMembershipInput {
  @Field(() => ID, { description: 'The membership that ends.' })
  membershipId: string;

  @Field(() => GraphQLDate, {
    description: 'Last day of the seat (til og med), not before its first.',
  })
  to: Date;
}
