import {
  BACKENDS,
  errorsOf,
  graphqlClient,
  seededDatabase,
  testConfig,
  writableState,
} from '@ehelse/test-kit';
import { startGovernance } from './main';

/** Each governance write with valid input, so only the caller's role decides. */
const WRITES: [name: string, query: string, variables: Record<string, unknown>, answer: unknown][] =
  [
    [
      'createMeeting',
      'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id number date } }',
      { input: { councilId: 'nuit', number: '4/22', date: '2022-11-16' } },
      { id: 'nuit-4-22', number: '4/22', date: '2022-11-16' },
    ],
    [
      'addAgendaItem',
      'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id position title } }',
      { input: { meetingId: 'nuit-2022-09-14', title: 'Eventuelt', kind: 'OTHER' } },
      { id: 'nuit-2022-09-14-2', position: 2, title: 'Eventuelt' },
    ],
    [
      'reorderAgenda',
      'mutation($input: ReorderAgendaInput!) { reorderAgenda(input: $input) { version agenda { id } } }',
      { input: { meetingId: 'nasjonalt-e-helsestyre-2022-06-08', agendaItemIds: ['25-22'] } },
      { version: 2, agenda: [{ id: '25-22' }] },
    ],
    [
      'recordDecision',
      'mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { id decision } }',
      { input: { agendaItemId: '31-22', decision: 'Rådet godkjente referatet.' } },
      { id: '31-22', decision: 'Rådet godkjente referatet.' },
    ],
    [
      'recordMembership',
      'mutation($input: RecordMembershipInput!) { recordMembership(input: $input) { id role from } }',
      {
        input: {
          councilId: 'nuit',
          personId: 'mariann-hornnes',
          organisationId: 'direktoratet-for-e-helse',
          role: 'MEMBER',
          from: '2023-01-01',
        },
      },
      { id: 'nuit:mariann-hornnes:1', role: 'MEMBER', from: '2023-01-01' },
    ],
    [
      'endMembership',
      'mutation($input: EndMembershipInput!) { endMembership(input: $input) { id to } }',
      { input: { membershipId: 'nasjonalt-e-helserad:kjell-wolff:1', to: '2023-06-30' } },
      { id: 'nasjonalt-e-helserad:kjell-wolff:1', to: '2023-06-30' },
    ],
  ];

describe.each(BACKENDS)('who may write governance data on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startGovernance>>;
  let send: Awaited<ReturnType<typeof graphqlClient>>;

  beforeAll(async () => {
    const config = await testConfig(backend, 'governance_write_access');
    service = await startGovernance({
      config,
      port: 0,
      ...(await seededDatabase(config, 'governance')),
    });
    send = await graphqlClient(service.url);
  });
  afterAll(() => service?.stop());

  it.each(WRITES)(
    '%s is refused to reporters, readers and anonymous callers, changing nothing, and done for an admin',
    async (name, query, variables, answer) => {
      const before = await writableState(service.dataSource);
      expect(errorsOf(await send('reporter', query, variables))).toEqual([{ code: 'FORBIDDEN' }]);
      expect(errorsOf(await send('reader', query, variables))).toEqual([{ code: 'FORBIDDEN' }]);
      expect(errorsOf(await send(null, query, variables))).toEqual([{ code: 'UNAUTHENTICATED' }]);
      expect(await writableState(service.dataSource)).toEqual(before);

      const done = await send('admin', query, variables);
      expect(done.errors).toBeUndefined();
      expect(done.data[name]).toEqual(answer);
      expect((await writableState(service.dataSource)).auditEvents).toBeGreaterThan(
        before.auditEvents,
      );
    },
  );

  it('shows the audit trail to admins only', async () => {
    const query =
      '{ governanceAuditEvents(first: 2) { totalCount edges { node { action role } } } }';
    expect(errorsOf(await send('reporter', query))).toEqual([{ code: 'FORBIDDEN' }]);
    expect(errorsOf(await send('reader', query))).toEqual([{ code: 'FORBIDDEN' }]);
    expect(errorsOf(await send(null, query))).toEqual([{ code: 'UNAUTHENTICATED' }]);
    const { data, errors } = await send('admin', query);
    expect(errors).toBeUndefined();
    expect(data.governanceAuditEvents.totalCount).toBe(WRITES.length);
    expect(data.governanceAuditEvents.edges).toEqual([
      { node: { action: 'endMembership', role: 'admin' } },
      { node: { action: 'recordMembership', role: 'admin' } },
    ]);
  });
});
