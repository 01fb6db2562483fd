import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { ConnectionType, PageArgs, valueObject } from '@ehelse/shared/graphql';
import { AgendaItemKind } from './agenda-item-kind';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

/** Pages of meetings: Query.meetings and Council.meetingsConnection share the type. */
export const MeetingConnection = ConnectionType(
  'Meeting',
  Meeting,
  valueObject('A page of meetings (møter), oldest first.'),
);

/** Pages of agenda items: a person's presented items and a project's agenda items share the type. */
export const AgendaItemConnection = ConnectionType(
  'AgendaItem',
  AgendaItem,
  valueObject('A page of agenda items (saker), oldest meeting first and then in agenda order.'),
);

/** Arguments of Query.meetings: a page, optionally of one body and within dates. */
@ArgsType()
export class MeetingArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only meetings of this body.' })
  councilId?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'Only meetings on or after this date.' })
  from?: Date;

  @Field(() => GraphQLDate, {
    nullable: true,
    description: 'Only meetings on or before this date.',
  })
  to?: Date;
}

@InputType({ description: 'A new meeting (møte) of a body, without agenda yet.' })
export class CreateMeetingInput {
  @Field(() => ID, { description: 'The body that meets (organ), e.g. "nasjonalt-e-helserad".' })
  councilId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Meeting number (møtenummer) as printed, e.g. "6/22"; unique within the body.',
  })
  number?: string | null;

  @Field(() => GraphQLDate, { description: 'Date of the meeting (møtedato).' })
  date: Date;

  @Field(() => String, { nullable: true, description: 'Place (møtested), at most 200 characters.' })
  location?: string | null;
}

@InputType({ description: 'A new agenda item (sak) on a meeting’s agenda.' })
export class AddAgendaItemInput {
  @Field(() => ID, { description: 'The meeting whose agenda gets the item.' })
  meetingId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Case number (saksnummer) as printed, e.g. "38/22"; unique within the meeting.',
  })
  number?: string | null;

  @Field({ description: 'Title (emne/tittel), at most 300 characters.' })
  title: string;

  @Field(() => AgendaItemKind, { description: 'How the item is treated (innretning).' })
  kind: AgendaItemKind;

  @Field(() => String, {
    nullable: true,
    description: 'The innretning in Norwegian as printed, e.g. "Drøfting"; at most 50 characters.',
  })
  kindLabel?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who presents it (presenterer saken), a person id.',
  })
  presenterPersonId?: string | null;

  @Field(() => String, { nullable: true, description: 'Start time (start) as "HH:MM".' })
  startsAt?: string | null;

  @Field(() => Int, { nullable: true, description: 'Duration in minutes (varighet), 1 to 600.' })
  durationMinutes?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Proposed decision (forslag til vedtak), at most 4000 characters.',
  })
  proposedDecision?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Portfolio projects the item concerns (prosjekter), by portfolio id, e.g. "107".',
  })
  projectIds?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Place in the agenda, from 1; later items move down one. Omitted: last.',
  })
  position?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The meeting’s version the client last read (Meeting.version); a stale one is a CONFLICT.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'A new order of a meeting’s agenda.' })
export class ReorderAgendaInput {
  @Field(() => ID, { description: 'The meeting.' })
  meetingId: string;

  @Field(() => [ID], {
    description: 'Every agenda item of the meeting, each once, in the new order (rekkefølge).',
  })
  agendaItemIds: string[];

  @Field(() => Int, {
    nullable: true,
    description: 'The meeting’s version the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'The decision (vedtak) made on an agenda item.' })
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The agenda item decided on, e.g. "30-22".' })
  agendaItemId: string;

  @Field({ description: 'The decision (vedtak) as minuted, at most 4000 characters.' })
  decision: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the item’s meeting the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number | null;
}
