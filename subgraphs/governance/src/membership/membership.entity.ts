import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { GraphQLDate } from 'graphql-scalars';
import { MembershipRole } from './membership-role';
import { DatePrecision } from './date-precision';

@Entity('membership')
@publicData()
@ObjectType({
  description:
    'A seat on a body (medlemskap): who, for which organisation, in which role and when. A change of role is a new membership.',
})
export class Membership {
  @PrimaryColumn({ type: 'varchar', length: 250 })
  @Field(() => ID, {
    description: 'Council, person and ordinal, e.g. "nasjonalt-e-helserad:camilla-dunsaed:2".',
  })
  id: string;

  @Index()
  @Column({ name: 'council_id', type: 'varchar', length: 100 })
  councilId: string;

  @Index()
  @Column({ name: 'person_id', type: 'varchar', length: 100 })
  personId: string;

  @Index()
  @Column({ name: 'organisation_id', type: 'varchar', length: 100 })
  organisationId: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => MembershipRole, { description: 'Role (rolle): LEADER (leder) or MEMBER (medlem).' })
  role: MembershipRole;

  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'First day the seat counts as held (fra og med), as far as fromPrecision allows (e.g. 1 January for YEAR); null when open: the documents give no start.',
  })
  from: string | null;

  @Column({ name: 'from_precision', type: 'varchar', length: 20, nullable: true })
  @Field(() => DatePrecision, {
    nullable: true,
    description:
      'How precisely `from` is known (datering): EXACT, MONTH, YEAR or AS_OF_DOCUMENT; null when `from` is null.',
  })
  fromPrecision: DatePrecision | null;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Last day the seat counts as held (til og med), as far as toPrecision allows. For a seat the documents print without an end, the date of that document (AS_OF_DOCUMENT): the documents show it no further, and endMembership may set the real end. Null only for a seat written through the API that is still open.',
  })
  to: string | null;

  @Column({ name: 'to_precision', type: 'varchar', length: 20, nullable: true })
  @Field(() => DatePrecision, {
    nullable: true,
    description:
      'How precisely `to` is known (datering): EXACT, MONTH, YEAR or AS_OF_DOCUMENT; null when `to` is null.',
  })
  toPrecision: DatePrecision | null;

  @Column({ name: 'documented_on', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description:
      'Date of the document that prints the seat (dokumentets dato), e.g. the meeting date of a member list; what AS_OF_DOCUMENT dates refer to. Null for seats written through the API.',
  })
  documentedOn: string | null;

  /** The meeting whose papers print the seat (documentedAt), by id. */
  @Index()
  @Column({ name: 'documented_meeting_id', type: 'varchar', length: 100, nullable: true })
  documentedMeetingId: string | null;

  @Index()
  @Column({ name: 'replaces_membership_id', type: 'varchar', length: 250, nullable: true })
  replacesMembershipId: string | null;

  /** Printed order within the body, so lists follow the documents. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on sources and inferred dates (merknad), in Norwegian.',
  })
  note: string | null;
}
