import {
  BACKENDS,
  describeRoleBeforeInput,
  expectMalformedRefusedBeforeTheKey,
  type Harness,
  openHarness,
  TEST_ADMIN,
  testConfig,
  writableState,
} from '@ehelse/test-kit';
import { governanceSubgraph } from './main';

const CREATE = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;
const ADD = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`;
const RECORD = `mutation($input: RecordMembershipInput!) { recordMembership(input: $input) { id } }`;
const END = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { id } }`;

const MEETING = { councilId: 'nuit', number: '9/22', date: '2022-12-14' };
const ITEM = { meetingId: 'nasjonalt-e-helserad-5-22', title: 'Orientering', kind: 'INFORMATION' };
const SEAT = {
  councilId: 'nuit',
  personId: 'rune-simensen',
  organisationId: 'helse-vest-rhf',
  role: 'MEMBER',
  from: '2024-01-01',
};

/*
 * One rule across the subgraphs (shared/src/errors.ts): a write whose target does not exist
 * is NOT_FOUND with the id; an input referring to something that does not exist, or an id
 * that cannot exist, is BAD_USER_INPUT naming the field; a missing read target is null.
 * The caller's role is checked before the input, and an input refused on its own (a write's
 * check) costs no SQL statement, whatever Idempotency-Key comes with it.
 */
describe.each(BACKENDS)('the governance error rule on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      governanceSubgraph,
      await testConfig(backend, 'governance_error_rule'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  /** The one error of an admin write, which must leave every row as it was. */
  const refusal = async (query: string, input: object) => {
    const before = await writableState(harness.dataSource);
    const { errors } = await harness.as(TEST_ADMIN, query, { input });
    expect(await writableState(harness.dataSource)).toEqual(before);
    expect(errors).toHaveLength(1);
    const [{ message, extensions }] = errors!;
    return { message, ...extensions };
  };

  it.each([
    [
      'an unknown meeting',
      'Meeting',
      'no-such-meeting',
      ADD,
      { ...ITEM, meetingId: 'no-such-meeting' },
    ],
    [
      'an unknown seat',
      'Membership',
      'nuit:nobody:1',
      END,
      { membershipId: 'nuit:nobody:1', to: '2024-01-01' },
    ],
  ])(
    'a write whose target is %s is NOT_FOUND, with the id',
    async (_case, what, id, query, input) => {
      expect(await refusal(query, input)).toEqual({
        code: 'NOT_FOUND',
        id,
        message: `${what} "${id}" does not exist`,
      });
    },
  );

  it.each([
    [
      'an unknown council',
      'councilId',
      'council',
      'no-such-council',
      CREATE,
      { ...MEETING, councilId: 'no-such-council' },
    ],
    [
      'an unknown presenter',
      'presenterPersonId',
      'person',
      'nobody',
      ADD,
      { ...ITEM, presenterPersonId: 'nobody' },
    ],
    [
      'an unknown council',
      'councilId',
      'council',
      'no-such-council',
      RECORD,
      { ...SEAT, councilId: 'no-such-council' },
    ],
    ['an unknown person', 'personId', 'person', 'nobody', RECORD, { ...SEAT, personId: 'nobody' }],
    [
      'an unknown seat to take over',
      'replacesMembershipId',
      'membership',
      'nuit:nobody:1',
      RECORD,
      { ...SEAT, replacesMembershipId: 'nuit:nobody:1' },
    ],
  ])(
    'a write referring to %s is BAD_USER_INPUT naming the field (%#)',
    async (_case, field, what, id, query, input) => {
      expect(await refusal(query, input)).toEqual({
        code: 'BAD_USER_INPUT',
        field,
        id,
        message: `Unknown ${what} "${id}"`,
      });
    },
  );

  it('refuses malformed ids and organisations the register lacks with BAD_USER_INPUT', async () => {
    expect(await refusal(CREATE, { ...MEETING, councilId: 'No Such Council' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'councilId',
    });
    expect(await refusal(RECORD, { ...SEAT, personId: 'Nobody' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'personId',
    });
    expect(await refusal(RECORD, { ...SEAT, organisationId: 'ukjent-virksomhet' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'organisationId',
    });
  });

  describeRoleBeforeInput(
    () => harness,
    [
      ['createMeeting', CREATE, { ...MEETING, location: 'Oslo\u0001' }, 'location'],
      ['addAgendaItem', ADD, { ...ITEM, title: 'Orientering\u0001' }, 'title'],
      [
        'recordMembership',
        RECORD,
        { ...SEAT, personId: undefined, person: { name: 'Kari\u0000 Nordmann' } },
        'person.name',
      ],
    ],
  );

  it('refuses a malformed councilId as BAD_USER_INPUT without a statement, with or without a used Idempotency-Key', async () => {
    const accepted = { councilId: 'nuit', number: '10/22', date: '2022-12-21' };
    await expectMalformedRefusedBeforeTheKey(harness, {
      query: CREATE,
      key: 'governance-error-rule-createMeeting',
      accepted,
      malformed: { ...accepted, councilId: 'No Such Council' },
      field: 'councilId',
      other: { ...accepted, number: '11/22' },
    });
  });

  it('answers null for a missing read target', async () => {
    const { data } = await harness.run(`{
      council(id: "no-such-council") { id }
      meeting(id: "no-such-meeting") { id }
      person(id: "nobody") { id }
      agendaItem(id: "99-99") { id }
    }`);
    expect(data).toEqual({ council: null, meeting: null, person: null, agendaItem: null });
  });
});
