import {
  BACKENDS,
  errorsOf,
  graphqlClient,
  seededDatabase,
  testConfig,
  writableState,
} from '@ehelse/test-kit';
import { startGovernance } from '../main';

const CREATE = `mutation($input: CreateMeetingInput!) {
  createMeeting(input: $input) { id number date location version council { name } agenda { id } }
}`;
const ADD = `mutation($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) {
    id number position title kind kindLabel startsAt endsAt durationMinutes proposedDecision
    presenter { name } projects { id } meeting { version }
  }
}`;
const REORDER = `mutation($input: ReorderAgendaInput!) {
  reorderAgenda(input: $input) { version agenda { number position } }
}`;
const DECIDE = `mutation($input: RecordDecisionInput!) {
  recordDecision(input: $input) { id decision meeting { version } }
}`;
const AUDIT = `{ governanceAuditEvents(first: 1) { edges { node { action entityType entityId subject role before after } } } }`;

const FIVE_22 = 'nasjonalt-e-helserad-5-22';
const AGENDA_5_22 = ['30/22', '31/22', '32/22', '33/22', '34/22', '35/22', '36/22', '37/22'];
const SIX_22 = {
  councilId: 'nasjonalt-e-helserad',
  number: '6/22',
  date: '2022-12-07',
  location: 'Oslo',
};

describe.each(BACKENDS)('meeting and agenda writes on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startGovernance>>;
  let send: Awaited<ReturnType<typeof graphqlClient>>;

  /** An admin write that must be refused with the code (and field) and leave every row as it was. */
  const refused = async (code: string, field: string | undefined, query: string, input: object) => {
    const before = await writableState(service.dataSource);
    expect(errorsOf(await send('admin', query, { input }))).toEqual([{ code, field }]);
    expect(await writableState(service.dataSource)).toEqual(before);
  };
  const done = async (query: string, input: object) => {
    const answer = await send('admin', query, { input });
    expect(answer.errors).toBeUndefined();
    return answer.data;
  };
  const lastAudit = async () =>
    (await send('admin', AUDIT)).data.governanceAuditEvents.edges[0].node;

  beforeAll(async () => {
    const config = await testConfig(backend, 'governance_meeting_admin');
    service = await startGovernance({
      config,
      port: 0,
      ...(await seededDatabase(config, 'governance')),
    });
    send = await graphqlClient(service.url);
  });
  afterAll(() => service?.stop());

  it('creates a meeting at version 1, audited, and refuses a second 6/22 or an unknown body', async () => {
    const { createMeeting } = await done(CREATE, SIX_22);
    expect(createMeeting).toEqual({
      id: 'nasjonalt-e-helserad-6-22',
      number: '6/22',
      date: '2022-12-07',
      location: 'Oslo',
      version: 1,
      council: { name: 'Nasjonalt e-helseråd' },
      agenda: [],
    });
    expect(await lastAudit()).toMatchObject({
      action: 'createMeeting',
      entityType: 'Meeting',
      entityId: 'nasjonalt-e-helserad-6-22',
      subject: 'dev-admin',
      before: null,
      after: { councilId: 'nasjonalt-e-helserad', number: '6/22', date: '2022-12-07', version: 1 },
    });
    await refused('CONFLICT', 'number', CREATE, { ...SIX_22, date: '2022-12-08' });
    // A reference to a council that does not exist: BAD_USER_INPUT naming the field.
    await refused('BAD_USER_INPUT', 'councilId', CREATE, {
      ...SIX_22,
      councilId: 'no-such-council',
    });
    await refused('BAD_USER_INPUT', 'number', CREATE, { ...SIX_22, number: '1'.repeat(21) });
    await refused('BAD_USER_INPUT', 'location', CREATE, {
      ...SIX_22,
      number: '7/22',
      location: 'x'.repeat(201),
    });
  });

  it('names an unnumbered meeting after its body and date', async () => {
    const input = { councilId: 'nufa', date: '2023-02-01' };
    expect((await done(CREATE, input)).createMeeting).toMatchObject({
      id: 'nufa-2023-02-01',
      number: null,
    });
    await refused('CONFLICT', 'date', CREATE, input);
  });

  it('adds agenda items last or at a position, moving later ones down, and bumps the meeting version', async () => {
    const first = await done(ADD, {
      meetingId: 'nasjonalt-e-helserad-6-22',
      number: '38/22',
      title: 'Veikart for nasjonale e-helseløsninger',
      kind: 'DISCUSSION',
      kindLabel: 'Drøfting',
      presenterPersonId: 'rune-simensen',
      startsAt: '10:15',
      durationMinutes: 90,
      proposedDecision: 'Rådet drøfter veikartet.',
      projectIds: ['107', '110'],
      expectedVersion: 1,
    });
    expect(first.addAgendaItem).toEqual({
      id: '38-22',
      number: '38/22',
      position: 1,
      title: 'Veikart for nasjonale e-helseløsninger',
      kind: 'DISCUSSION',
      kindLabel: 'Drøfting',
      startsAt: '10:15',
      endsAt: '11:45',
      durationMinutes: 90,
      proposedDecision: 'Rådet drøfter veikartet.',
      presenter: { name: 'Rune Simensen' },
      projects: [{ id: '107' }, { id: '110' }],
      meeting: { version: 2 },
    });
    const opening = await done(ADD, {
      meetingId: 'nasjonalt-e-helserad-6-22',
      title: 'Velkommen',
      kind: 'OTHER',
      position: 1,
    });
    expect(opening.addAgendaItem).toMatchObject({
      id: 'nasjonalt-e-helserad-6-22-2',
      position: 1,
      endsAt: null,
    });
    const { data } = await send(
      null,
      '{ meeting(id: "nasjonalt-e-helserad-6-22") { version agenda { id position } } }',
    );
    expect(data.meeting).toEqual({
      version: 3,
      agenda: [
        { id: 'nasjonalt-e-helserad-6-22-2', position: 1 },
        { id: '38-22', position: 2 },
      ],
    });
    expect(await lastAudit()).toMatchObject({
      action: 'addAgendaItem',
      entityId: 'nasjonalt-e-helserad-6-22-2',
      before: null,
      after: { title: 'Velkommen', position: 1, meetingVersion: 3, projectIds: [] },
    });
  });

  it('refuses agenda items with unknown ids, bad times, too long texts, a taken number or a stale version', async () => {
    const item = {
      meetingId: 'nasjonalt-e-helserad-6-22',
      title: 'Orientering',
      kind: 'INFORMATION',
    };
    // The meeting is the write target (its agenda and version change): NOT_FOUND.
    await refused('NOT_FOUND', undefined, ADD, { ...item, meetingId: 'no-such-meeting' });
    await refused('BAD_USER_INPUT', 'presenterPersonId', ADD, {
      ...item,
      presenterPersonId: 'nobody',
    });
    await refused('BAD_USER_INPUT', 'startsAt', ADD, { ...item, startsAt: '24:00' });
    await refused('BAD_USER_INPUT', 'startsAt', ADD, { ...item, startsAt: '9:30' });
    await refused('BAD_USER_INPUT', 'durationMinutes', ADD, { ...item, durationMinutes: 0 });
    await refused('BAD_USER_INPUT', 'durationMinutes', ADD, { ...item, durationMinutes: 601 });
    await refused('BAD_USER_INPUT', 'title', ADD, { ...item, title: 'x'.repeat(301) });
    await refused('BAD_USER_INPUT', 'title', ADD, { ...item, title: '  ' });
    await refused('BAD_USER_INPUT', 'proposedDecision', ADD, {
      ...item,
      proposedDecision: 'x'.repeat(4001),
    });
    await refused('BAD_USER_INPUT', 'position', ADD, { ...item, position: 4 });
    await refused('BAD_USER_INPUT', 'projectIds[1]', ADD, {
      ...item,
      projectIds: ['107', 'not a project'],
    });
    await refused('CONFLICT', 'number', ADD, { ...item, number: '38/22' });
    await refused('CONFLICT', undefined, ADD, { ...item, expectedVersion: 2 });
  });

  it('reorders an agenda as a whole, once per version', async () => {
    const reversed = AGENDA_5_22.map((number) => number.replace('/', '-')).reverse();
    const { reorderAgenda } = await done(REORDER, {
      meetingId: FIVE_22,
      agendaItemIds: reversed,
      expectedVersion: 1,
    });
    expect(reorderAgenda.version).toBe(2);
    expect(reorderAgenda.agenda.map((item: { number: string }) => item.number)).toEqual(
      [...AGENDA_5_22].reverse(),
    );
    expect(reorderAgenda.agenda.map((item: { position: number }) => item.position)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(await lastAudit()).toMatchObject({
      action: 'reorderAgenda',
      entityId: FIVE_22,
      before: {
        version: 1,
        agenda: ['30-22', '31-22', '32-22', '33-22', '34-22', '35-22', '36-22', '37-22'],
      },
      after: { version: 2, agenda: reversed },
    });

    await refused('CONFLICT', undefined, REORDER, {
      meetingId: FIVE_22,
      agendaItemIds: reversed,
      expectedVersion: 1,
    });
    await refused('BAD_USER_INPUT', 'agendaItemIds', REORDER, {
      meetingId: FIVE_22,
      agendaItemIds: reversed.slice(1),
    });
    await refused('BAD_USER_INPUT', 'agendaItemIds[8]', REORDER, {
      meetingId: FIVE_22,
      agendaItemIds: [...reversed, '17-19'],
    });
    await refused('BAD_USER_INPUT', 'agendaItemIds[1]', REORDER, {
      meetingId: FIVE_22,
      agendaItemIds: [reversed[0], ...reversed],
    });
    await refused('NOT_FOUND', undefined, REORDER, {
      meetingId: 'no-such-meeting',
      agendaItemIds: [],
    });
  });

  it('records a decision with the meeting version, audited before and after', async () => {
    const { recordDecision } = await done(DECIDE, {
      agendaItemId: '35-22',
      decision: 'Nasjonalt e-helseråd anbefaler tiltakene for 2023.',
      expectedVersion: 2,
    });
    expect(recordDecision).toEqual({
      id: '35-22',
      decision: 'Nasjonalt e-helseråd anbefaler tiltakene for 2023.',
      meeting: { version: 3 },
    });
    expect(await lastAudit()).toMatchObject({
      action: 'recordDecision',
      entityType: 'AgendaItem',
      entityId: '35-22',
      role: 'admin',
      before: { decision: null, meetingVersion: 2 },
      after: { decision: 'Nasjonalt e-helseråd anbefaler tiltakene for 2023.', meetingVersion: 3 },
    });
    const decision = { agendaItemId: '35-22', decision: 'Endret vedtak.' };
    await refused('CONFLICT', undefined, DECIDE, { ...decision, expectedVersion: 2 });
    await refused('BAD_USER_INPUT', 'decision', DECIDE, {
      ...decision,
      decision: 'x'.repeat(4001),
    });
    await refused('BAD_USER_INPUT', 'decision', DECIDE, { ...decision, decision: '' });
    await refused('NOT_FOUND', undefined, DECIDE, { ...decision, agendaItemId: '99-99' });
  });

  it('keeps exactly one of three decisions sent at once for the same meeting version', async () => {
    const answers = await Promise.all(
      ['17-19', '18-19', '19-19'].map((agendaItemId) =>
        send('admin', DECIDE, {
          input: { agendaItemId, decision: `Vedtak i ${agendaItemId}`, expectedVersion: 1 },
        }),
      ),
    );
    const codes = answers.map((answer) => errorsOf(answer)[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    const { data } = await send(
      null,
      '{ meeting(id: "nasjonalt-e-helsestyre-3-19") { version agenda { decision } } }',
    );
    expect(data.meeting.version).toBe(2);
    expect(
      data.meeting.agenda.filter((item: { decision: string | null }) =>
        item.decision?.startsWith('Vedtak i'),
      ),
    ).toHaveLength(1);
  });
});
