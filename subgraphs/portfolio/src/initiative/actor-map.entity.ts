import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { listSize, publicData, valueObject } from '@ehelse/shared/graphql';

@Entity('actor_group')
@publicData()
@ObjectType({
  description:
    'A group (gruppe) of the 2012 actor map «Mange aktører og interessenter» (document 000), e.g. "Myndigheter".',
})
export class ActorGroup {
  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place on the map (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, { description: 'Identifier: "000:" and the position, e.g. "000:1".' })
  get id(): string {
    return `000:${this.position}`;
  }

  @Column({ type: 'varchar', length: 100 })
  @Field({
    description:
      'Name (gruppenavn) as printed, a word broken over two lines joined, e.g. "Kompetansesentre".',
  })
  name: string;

  @Column({ type: 'boolean' })
  @Field({
    description:
      'Whether the group closes with «m.fl...» (med flere): the slide names only some of its actors.',
  })
  continues: boolean;

  @Column({ name: 'membership_note', type: 'text' })
  @Field({
    description:
      'Note (merknad) on the group’s membership: the export prints the group names apart from the actors, so which actors belong to the group is an inference from the export order, not printed; the note says which lines were assigned.',
  })
  membershipNote: string;

  @Column({ type: 'int' })
  @Field(() => Int, {
    description: 'Line (linje) of document 000 where the group name is printed.',
  })
  line: number;
}

@Entity('actor_group_member')
@publicData()
@ObjectType({
  description:
    'An actor (aktør) of the 2012 actor map, as printed: an organisation where it is one, otherwise a council or a generic group such as "EPJ-leverandører". Its group is inferred from the export order (see ActorGroup.membershipNote).',
})
export class ActorGroupMember {
  @PrimaryColumn({ name: 'group_position', type: 'int' })
  groupPosition: number;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in its group (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key: stable across requests.
  @Field(() => ID, { description: 'Identifier: group id and position, e.g. "000:1:1".' })
  get id(): string {
    return `000:${this.groupPosition}:${this.position}`;
  }

  @Column({ name: 'printed_name', type: 'varchar', length: 200 })
  @Field({ description: 'The actor’s name as printed (navn), e.g. "Helsedir" or "Kommuner".' })
  printedName: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 100, nullable: true })
  organisationId: string | null;

  /** The governance body the actor is, by governance's key (Council @key(id)). */
  @Column({ name: 'council_id', type: 'varchar', length: 100, nullable: true })
  councilId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Note (merknad): why the actor is not an organisation, or an inference made in linking it.',
  })
  note: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Line (linje) of document 000 where the actor is printed.' })
  line: number;
}

@publicData()
@ObjectType({
  description: valueObject(
    'The 2012 actor map (aktørkart) «Mange aktører og interessenter» of document 000: its six printed groups, and the printed actors assigned to them. The assignment is an inference from the export’s order: the export prints the group names apart from the actors (see ActorGroup.membershipNote).',
  ),
})
export class ActorMap {
  @Field({ description: 'Heading (overskrift) as printed.' })
  heading: string;

  @Field(() => Int, { description: 'Line (linje) of document 000 where the heading is printed.' })
  line: number;

  @Field(() => [ActorGroup], { description: 'The groups (grupper), in printed order.' })
  // Fixed by the slide: 6 groups in the seed; about twice that, 12.
  @listSize(12)
  groups: ActorGroup[];
}
