import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { publicData } from '@ehelse/shared/graphql';
import { AgendaItemKind } from './agenda-item-kind';

@Entity('agenda_item')
@Index(['meetingId', 'position'])
@publicData()
@ObjectType({ description: 'An agenda item (sak) of a meeting.' })
@Directive('@key(fields: "id")')
export class AgendaItem {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  @Field(() => ID, {
    description:
      'The case number as a slug, e.g. "30-22"; for unnumbered items meeting and position.',
  })
  id: string;

  @Column({ name: 'meeting_id', type: 'varchar', length: 100 })
  meetingId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'Place in the agenda (rekkefølge), from 1.' })
  position: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Case number (saksnummer) as printed, e.g. "30/22"; null where the agenda prints none.',
  })
  number: string | null;

  @Column({ type: 'varchar', length: 500 })
  @Field({ description: 'Title (emne/tittel) as printed.' })
  title: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => AgendaItemKind, { description: 'How the item is treated (innretning).' })
  kind: AgendaItemKind;

  @Column({ name: 'kind_label', type: 'varchar', length: 50, nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'The innretning in Norwegian as printed, e.g. "Godkjenning"; null when none is printed.',
  })
  kindLabel: string | null;

  @Column({ name: 'presenter_organisation_id', type: 'varchar', length: 100, nullable: true })
  presenterOrganisationId: string | null;

  @Column({ name: 'starts_at', type: 'varchar', length: 5, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Start time (start) as "HH:MM", e.g. "10:45".',
  })
  startsAt: string | null;

  @Column({ name: 'ends_at', type: 'varchar', length: 5, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'End time (slutt) as "HH:MM", where printed.',
  })
  endsAt: string | null;

  @Column({ name: 'duration_minutes', type: 'int', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description: 'Duration in minutes (varighet), where printed.',
  })
  durationMinutes: number | null;

  @Column({ name: 'proposed_decision', type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Proposed decision (forslag til vedtak); several proposals are separated by line breaks.',
  })
  proposedDecision: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Decision (vedtak) once made; null in meeting papers.',
  })
  decision: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Note on contents and sources (merknad), in Norwegian.',
  })
  note: string | null;
}
