import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { GraphQLDate } from 'graphql-scalars';
import { MembershipRole } from './membership-role';

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
    description: 'First day of the membership (fra og med); null when not printed.',
  })
  from: string | null;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Last day of the membership (til og med); null while it lasts.',
  })
  to: string | null;

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
