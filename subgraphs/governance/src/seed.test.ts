import {
  membershipsOf,
  type CouncilRow,
  type MeetingRow,
  type MembershipRow,
  type MilestonePlanFile,
  type PersonRow,
} from './seed';
import { dataFile } from './data-files';

/** The transcribed files have no foreign keys to catch a typo, so their references are checked here. */
describe('governance seed data', () => {
  const councils = new Set(dataFile<CouncilRow[]>('councils.json').map((c) => c.id));
  const people = new Set(dataFile<PersonRow[]>('people.json').map((p) => p.id));
  const organisations = new Set(
    dataFile<{ id: string }[]>('organisation-references.json').map((o) => o.id),
  );
  const memberships = dataFile<MembershipRow[]>('memberships.json');
  const meetings = dataFile<MeetingRow[]>('meetings.json');
  const plan = dataFile<MilestonePlanFile>('akson-milestones.json');

  it('refers only to known councils, people and organisations', () => {
    for (const c of dataFile<CouncilRow[]>('councils.json')) {
      for (const ref of [c.parentId, c.predecessorId]) if (ref) expect(councils).toContain(ref);
    }
    for (const m of memberships) {
      expect(councils).toContain(m.councilId);
      expect(people).toContain(m.personId);
      expect(organisations).toContain(m.organisationId);
    }
    for (const meeting of meetings) {
      expect(councils).toContain(meeting.councilId);
      for (const s of meeting.substitutes) {
        expect(people).toContain(s.personId);
        expect(people).toContain(s.forPersonId);
        if (s.organisationId) expect(organisations).toContain(s.organisationId);
      }
      for (const item of meeting.agenda) {
        for (const person of [item.presenterPersonId, ...item.additionalPresenterPersonIds]) {
          if (person) expect(people).toContain(person);
        }
        if (item.presenterOrganisationId)
          expect(organisations).toContain(item.presenterOrganisationId);
      }
    }
    for (const m of plan.bodyMeetings) expect(councils).toContain(m.councilId);
  });

  it('has the counts the README states', () => {
    expect(councils.size).toBe(14);
    expect(people.size).toBe(49);
    expect(organisations.size).toBe(26);
    expect(meetings.map((m) => m.agenda.length)).toEqual([9, 6, 1, 1, 8]);
    expect(plan.milestones.map((m) => m.code)).toEqual([
      'MP1',
      'MP2',
      'MP3',
      'MP4',
      'MP5',
      'MP6',
      'MP7',
      'MP8',
      'MP9',
    ]);
  });

  it('links each printed replacement to the seat it took over', () => {
    const replaced = membershipsOf(memberships)
      .filter((m) => m.replacesMembershipId)
      .map((m) => [m.personId, m.replacesMembershipId]);
    expect(replaced).toEqual([
      ['erik-hansen', 'nasjonalt-e-helserad:inger-cathrine-bryne:1'],
      ['gun-peggy-knudsen', 'nasjonalt-e-helserad:camilla-stoltenberg:1'],
      ['rune-simensen', 'nasjonalt-e-helserad:terje-rootwelt:1'],
      ['barthold-vonen', 'nasjonalt-e-helserad:cecilie-daae:1'],
      ['per-olav-skjesol', 'nasjonalt-e-helserad:stig-arild-slordahl:1'],
    ]);
  });
});
