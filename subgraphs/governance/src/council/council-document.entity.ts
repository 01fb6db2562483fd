import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { listSize, publicData } from '@ehelse/shared/graphql';
import { MembershipRole } from '../membership/membership-role';
import { CouncilTaskKind } from './council-task-kind';

/*
 * What the 2012 slides (000) print about a body besides its name: who takes part, as
 * organisations rather than people (the Membership model needs a person), and its tasks.
 */

@Entity('council_participant')
@publicData()
@ObjectType({
  description:
    'A participant (deltaker) of a body as the documents print it: an organisation or a group of them, not a person, e.g. "Representanter for RHF’ene" in the 2012 Fagutvalg. Printed order; the leader (ledes av) first.',
})
export class CouncilParticipant {
  @PrimaryColumn({ name: 'council_id', type: 'varchar', length: 100 })
  councilId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in the printed list (rekkefølge), from 1.' })
  position: number;

  // Composed from the row's key (council, position): stable across requests.
  @Field(() => ID, { description: 'Council id and position, e.g. "fagutvalg-2012:2".' })
  get id(): string {
    return `${this.councilId}:${this.position}`;
  }

  @Column({ name: 'printed_as', type: 'varchar', length: 300 })
  @Field({
    description:
      'The participant as printed (trykt som), e.g. "Ledes av Helsedirektoratet", "Representanter for kommunene", "KITH".',
  })
  printedAs: string;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => MembershipRole, {
    description: 'Role (rolle): LEADER for the one that leads the body (ledes av), else MEMBER.',
  })
  role: MembershipRole;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on how the printed text was read (merknad), in Norwegian.',
  })
  note: string | null;
}

/** Which organisations a printed participant names (none for "Representanter for kommunene"). */
@Entity('council_participant_organisation')
export class CouncilParticipantOrganisation {
  @PrimaryColumn({ name: 'council_id', type: 'varchar', length: 100 })
  councilId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @PrimaryColumn({ name: 'organisation_id', type: 'varchar', length: 100 })
  organisationId: string;

  /** Order within the participant, as the register lists them. */
  @Column({ type: 'int' })
  ordinal: number;
}

@Entity('council_task')
@publicData()
@ObjectType({
  description:
    'A printed point of a body’s tasks (oppgave) or guidelines (føring), verbatim and in printed order, e.g. the Fagutvalg’s "Sikre gode risikovurderinger" (000).',
})
export class CouncilTask {
  @PrimaryColumn({ name: 'council_id', type: 'varchar', length: 100 })
  councilId: string;

  @PrimaryColumn({ type: 'int' })
  @Field(() => Int, { description: 'Place in printed order (rekkefølge), from 1.' })
  number: number;

  // Composed from the row's key (council, number): stable across requests.
  @Field(() => ID, { description: 'Council id and number, e.g. "fagutvalg-2012:3".' })
  get id(): string {
    return `${this.councilId}:${this.number}`;
  }

  @Column({ type: 'varchar', length: 20 })
  @Field(() => CouncilTaskKind, { description: 'Task (oppgave) or guideline (føring).' })
  kind: CouncilTaskKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The printed lead-in the point stands under (overskrift), verbatim, e.g. "Hovedoppgaver for eHelsegruppen på kort sikt:"; null when it stands on its own.',
  })
  heading: string | null;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: 'The point as printed (tekst), verbatim.' })
  text: string;

  // A short ordered list of this one row, never queried on its own.
  @Column({ type: 'simple-json' })
  @Field(() => [String], {
    description:
      'Sub-points printed under it (underpunkter), verbatim and in order, e.g. the two under "Vurdere styringsmodell for helse-IKT-feltet, inkludert:".',
  })
  // Fixed by the documents: at most 2 sub-points.
  @listSize(5)
  details: string[];

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on sources and inferences (merknad), in Norwegian.',
  })
  note: string | null;
}
