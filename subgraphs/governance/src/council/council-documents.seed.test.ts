import { isRegisteredOrganisation } from '@ehelse/shared/db';
import type {
  AgendaNoteCorrection,
  AgendaSubItemRow,
} from '../agenda-sub-item/agenda-sub-item.seed';
import { dataFile } from '../data-files';
import type { CouncilRow, MeetingRow, MembershipRow } from '../seed';
import type { CouncilParticipantRow, CouncilTaskRow } from './council.seed';

/** The corrections' files have no foreign keys to catch a typo, so their references are checked here. */
describe('the governance corrections data (issue 14)', () => {
  const councils = new Set(dataFile<CouncilRow[]>('councils.json').map((c) => c.id));
  const meetings = dataFile<MeetingRow[]>('meetings.json');
  const items = new Map(meetings.flatMap((m) => m.agenda.map((item) => [item.id, item])));
  const participants = dataFile<CouncilParticipantRow[]>('council-participants.json');
  const tasks = dataFile<CouncilTaskRow[]>('council-tasks.json');

  const numberedFrom1 = <T>(
    rows: T[],
    groupOf: (row: T) => string,
    numberOf: (row: T) => number,
  ) => {
    const groups = new Map<string, number[]>();
    for (const row of rows)
      groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), numberOf(row)]);
    for (const numbers of groups.values()) expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  };

  it('gives the 2012 bodies participants of registered organisations and numbered tasks', () => {
    for (const row of [...participants, ...tasks]) expect(councils).toContain(row.councilId);
    for (const row of participants)
      for (const id of row.organisationIds) expect(isRegisteredOrganisation(id)).toBe(true);
    numberedFrom1(
      participants,
      (row) => row.councilId,
      (row) => row.position,
    );
    numberedFrom1(
      tasks,
      (row) => row.councilId,
      (row) => row.number,
    );
    expect(participants.filter((row) => row.role === 'LEADER').map((row) => row.councilId)).toEqual(
      ['fagutvalg-2012', 'prioriteringsutvalg-for-overordnet-arkitektur'],
    );
  });

  it('puts sub-items on existing agenda items and keeps the corrected notes in meetings.json', () => {
    const subItems = dataFile<AgendaSubItemRow[]>('agenda-sub-items.json');
    for (const row of subItems) expect(items.has(row.agendaItemId)).toBe(true);
    numberedFrom1(
      subItems,
      (row) => row.agendaItemId,
      (row) => row.number,
    );
    for (const { agendaItemId, was, now } of dataFile<AgendaNoteCorrection[]>(
      'agenda-note-corrections.json',
    )) {
      expect(items.get(agendaItemId)?.note).toBe(now);
      expect(was).not.toBe(now);
    }
  });

  it('dates each documented seat by a meeting of the same date, and quotes nothing invented', () => {
    const dates = new Map(meetings.map((m) => [m.id, m.date]));
    for (const seat of dataFile<MembershipRow[]>('memberships.json')) {
      expect(seat.documentedMeetingId).not.toBeNull();
      expect(dates.get(seat.documentedMeetingId!)).toBe(seat.documentedOn);
      expect(seat.note).not.toContain('fra dette møtet');
      if (seat.fromPrecision === 'AS_OF_DOCUMENT') expect(seat.from).toBe(seat.documentedOn);
    }
  });
});
