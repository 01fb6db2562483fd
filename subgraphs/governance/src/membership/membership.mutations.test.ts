import {
  BACKENDS,
  errorsOf,
  graphqlClient,
  seededDatabase,
  testConfig,
  writableState,
} from '@ehelse/test-kit';
import { startGovernance } from '../main';

const RECORD = `mutation($input: RecordMembershipInput!) {
  recordMembership(input: $input) {
    id role from to person { id name title } organisation { id } council { id }
    replaces { id to person { name } replacedBy { id } }
  }
}`;
const END = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { id from to } }`;
const MEMBERS_ON = `query($on: Date!) {
  council(id: "nasjonalt-e-helserad") { memberships(activeOn: $on) { role person { id } organisation { id } } }
}`;
const AUDIT = `{ governanceAuditEvents(first: 3) { edges { node { action entityType entityId before after } } } }`;

const ERIK_HANSEN = 'nasjonalt-e-helserad:erik-hansen:1';
const OLA = {
  councilId: 'nasjonalt-e-helserad',
  person: { name: 'Ola Nordmann', title: 'Fagdirektør' },
  organisationId: 'helse-vest-rhf',
  role: 'MEMBER',
  from: '2023-03-01',
  replacesMembershipId: ERIK_HANSEN,
};

describe.each(BACKENDS)('membership writes on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startGovernance>>;
  let send: Awaited<ReturnType<typeof graphqlClient>>;

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
  const membersOn = async (on: string) => {
    const { data } = await send(null, MEMBERS_ON, { on });
    return data.council.memberships as { role: string; person: { id: string } }[];
  };
  const memberIdsOn = async (on: string) => (await membersOn(on)).map((m) => m.person.id);

  beforeAll(async () => {
    const config = await testConfig(backend, 'governance_membership_admin');
    service = await startGovernance({
      config,
      port: 0,
      ...(await seededDatabase(config, 'governance')),
    });
    send = await graphqlClient(service.url);
  });
  afterAll(() => service?.stop());

  it('records a new member taking over a seat, which ends the day before, in the members on each date', async () => {
    // The documents show the 19 seats of 5/22's list on its date, and no further.
    expect(await membersOn('2022-09-21')).toHaveLength(19);
    expect(await membersOn('2023-03-01')).toEqual([]);
    const { recordMembership } = await done(RECORD, OLA);
    expect(recordMembership).toEqual({
      id: 'nasjonalt-e-helserad:ola-nordmann:1',
      role: 'MEMBER',
      from: '2023-03-01',
      to: null,
      person: { id: 'ola-nordmann', name: 'Ola Nordmann', title: 'Fagdirektør' },
      organisation: { id: 'helse-vest-rhf' },
      council: { id: 'nasjonalt-e-helserad' },
      replaces: {
        id: ERIK_HANSEN,
        to: '2023-02-28',
        person: { name: 'Erik Hansen' },
        replacedBy: { id: 'nasjonalt-e-helserad:ola-nordmann:1' },
      },
    });
    // The take-over tells when Erik Hansen's seat ended: it lasted until the day before.
    expect(await memberIdsOn('2023-02-28')).toEqual(['erik-hansen']);
    expect(await memberIdsOn('2023-03-01')).toEqual(['ola-nordmann']);
    expect(await memberIdsOn('2022-09-21')).toContain('erik-hansen');

    const { data } = await send('admin', AUDIT);
    expect(data.governanceAuditEvents.edges.map((edge: { node: object }) => edge.node)).toEqual([
      {
        action: 'recordMembership',
        entityType: 'Membership',
        entityId: ERIK_HANSEN,
        before: expect.objectContaining({
          personId: 'erik-hansen',
          from: '2022-09-21',
          to: '2022-09-21',
          toPrecision: 'AS_OF_DOCUMENT',
        }),
        after: expect.objectContaining({
          personId: 'erik-hansen',
          from: '2022-09-21',
          to: '2023-02-28',
          toPrecision: 'EXACT',
        }),
      },
      {
        action: 'recordMembership',
        entityType: 'Membership',
        entityId: 'nasjonalt-e-helserad:ola-nordmann:1',
        before: null,
        after: expect.objectContaining({
          organisationId: 'helse-vest-rhf',
          replacesMembershipId: ERIK_HANSEN,
          position: 26,
        }),
      },
      {
        action: 'recordMembership',
        entityType: 'Person',
        entityId: 'ola-nordmann',
        before: null,
        after: {
          id: 'ola-nordmann',
          name: 'Ola Nordmann',
          title: 'Fagdirektør',
          searchName: 'ola nordmann',
        },
      },
    ]);
  });

  it('ends a seat on its last day: the member is gone the day after', async () => {
    const { endMembership } = await done(END, {
      membershipId: 'nasjonalt-e-helserad:ola-nordmann:1',
      to: '2023-12-31',
    });
    expect(endMembership).toEqual({
      id: 'nasjonalt-e-helserad:ola-nordmann:1',
      from: '2023-03-01',
      to: '2023-12-31',
    });
    expect(await memberIdsOn('2023-12-31')).toContain('ola-nordmann');
    expect(await memberIdsOn('2024-01-01')).toEqual([]);
  });

  it('adds a registered person to a body from a date, leader first', async () => {
    const input = {
      councilId: 'nasjonalt-e-helserad',
      personId: 'mariann-hornnes',
      organisationId: 'direktoratet-for-e-helse',
      role: 'LEADER',
      from: '2024-02-01',
    };
    expect((await done(RECORD, input)).recordMembership).toMatchObject({
      id: 'nasjonalt-e-helserad:mariann-hornnes:2',
      replaces: null,
    });
    const members = await membersOn('2024-02-01');
    expect(members.map((m) => [m.role, m.person.id])).toEqual([['LEADER', 'mariann-hornnes']]);
    expect(await membersOn('2024-01-31')).toEqual([]);
  });

  it('refuses memberships with unknown ids, bad names or dates, or a seat already taken over', async () => {
    const known = {
      ...OLA,
      person: undefined,
      personId: 'johan-ronaes',
      replacesMembershipId: undefined,
    };
    // References to what does not exist: the input is wrong (BAD_USER_INPUT naming the field).
    await refused('BAD_USER_INPUT', 'councilId', RECORD, {
      ...known,
      councilId: 'no-such-council',
    });
    await refused('BAD_USER_INPUT', 'personId', RECORD, { ...known, personId: 'nobody' });
    await refused('BAD_USER_INPUT', 'personId', RECORD, { ...known, person: OLA.person });
    await refused('BAD_USER_INPUT', 'personId', RECORD, { ...known, personId: undefined });
    await refused('BAD_USER_INPUT', 'person.name', RECORD, {
      ...OLA,
      person: { name: 'x'.repeat(201) },
    });
    await refused('BAD_USER_INPUT', 'person.title', RECORD, {
      ...OLA,
      person: { name: 'Kari Nordmann', title: 'x'.repeat(201) },
    });
    await refused('BAD_USER_INPUT', 'organisationId', RECORD, {
      ...known,
      organisationId: 'Helse Vest',
    });
    await refused('BAD_USER_INPUT', 'replacesMembershipId', RECORD, {
      ...known,
      replacesMembershipId: 'no-such-seat',
    });
    await refused('BAD_USER_INPUT', 'replacesMembershipId', RECORD, {
      ...known,
      replacesMembershipId: 'arbeidsgruppe-prosjektstrategi:ola-eirik-klingen:1',
    });
    await refused('BAD_USER_INPUT', 'from', RECORD, {
      ...known,
      replacesMembershipId: 'nasjonalt-e-helserad:barthold-vonen:1',
      from: '2022-09-21',
    });
    await refused('CONFLICT', 'replacesMembershipId', RECORD, {
      ...known,
      replacesMembershipId: 'nasjonalt-e-helserad:terje-rootwelt:1',
    });
    await refused('CONFLICT', 'person.name', RECORD, {
      ...OLA,
      person: { name: 'Rune Simensen' },
      replacesMembershipId: undefined,
    });
  });

  it('refuses to end a seat before it began, an unknown seat (NOT_FOUND: the write target), or one already ended or taken over', async () => {
    await refused('BAD_USER_INPUT', 'to', END, {
      membershipId: 'nasjonalt-e-helserad:johan-ronaes:1',
      to: '2022-09-20',
    });
    await refused('NOT_FOUND', undefined, END, {
      membershipId: 'no-such-seat',
      to: '2023-01-01',
    });
    // Ended through the API on 2023-12-31 (above).
    await refused('CONFLICT', 'membershipId', END, {
      membershipId: 'nasjonalt-e-helserad:ola-nordmann:1',
      to: '2024-01-01',
    });
    // Taken over by Rune Simensen from 21.09.2022: its end is the take-over, not open.
    await refused('CONFLICT', 'membershipId', END, {
      membershipId: 'nasjonalt-e-helserad:terje-rootwelt:1',
      to: '2023-01-01',
    });
  });
});
