import { BACKENDS, TEST_ADMIN, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { governanceSubgraph } from '../main';

const SEAT = `fragment Seat on Membership { id from fromPrecision to toPrecision documentedOn documentedAt { id } }`;
const RECORD = `mutation($input: RecordMembershipInput!) { recordMembership(input: $input) { ...Seat replaces { ...Seat } } } ${SEAT}`;
const END = `mutation($input: EndMembershipInput!) { endMembership(input: $input) { ...Seat } } ${SEAT}`;

/** The write paths give the dates they write an EXACT precision and no document. */
describe.each(BACKENDS)(
  'the precision of membership dates written through the API on %s',
  (backend) => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await openHarness(
        governanceSubgraph,
        await testConfig(backend, 'governance_membership_precision'),
        backend === 'sqljs',
      );
    });
    afterAll(() => harness?.close());

    const done = async (source: string, input: object) => {
      const result = await harness.as(TEST_ADMIN, source, { input });
      expect(result.errors).toBeUndefined();
      return result.data as any;
    };

    it('records a seat from an exact day, ending the one it takes over the exact day before', async () => {
      const { recordMembership } = await done(RECORD, {
        councilId: 'nasjonalt-e-helserad',
        person: { name: 'Kari Nordmann' },
        organisationId: 'direktoratet-for-e-helse',
        role: 'MEMBER',
        from: '2023-05-01',
        replacesMembershipId: 'nasjonalt-e-helserad:mariann-hornnes:1',
      });
      expect(recordMembership).toEqual({
        id: 'nasjonalt-e-helserad:kari-nordmann:1',
        from: '2023-05-01',
        fromPrecision: 'EXACT',
        to: null,
        toPrecision: null,
        documentedOn: null,
        documentedAt: null,
        replaces: {
          id: 'nasjonalt-e-helserad:mariann-hornnes:1',
          // The start stays as the documents date it; the end is the write's exact day.
          from: '2022-01-01',
          fromPrecision: 'YEAR',
          to: '2023-04-30',
          toPrecision: 'EXACT',
          documentedOn: '2022-09-21',
          documentedAt: { id: 'nasjonalt-e-helserad-5-22' },
        },
      });
      const { endMembership } = await done(END, {
        membershipId: 'nasjonalt-e-helserad:kari-nordmann:1',
        to: '2024-06-30',
      });
      expect(endMembership).toMatchObject({ to: '2024-06-30', toPrecision: 'EXACT' });
    });

    it('replaces an end known only as far as the document with the exact day, once (then CONFLICT)', async () => {
      // 004 prints Karl Vestli's seat in the papers of 19.06.2019 and no end: the day is unknown.
      const { endMembership } = await done(END, {
        membershipId: 'arbeidsgruppe-prosjektstrategi:karl-vestli:1',
        to: '2019-12-31',
      });
      expect(endMembership).toMatchObject({
        from: '2019-06-19',
        fromPrecision: 'AS_OF_DOCUMENT',
        to: '2019-12-31',
        toPrecision: 'EXACT',
      });
      const again = await harness.as(TEST_ADMIN, END, {
        input: { membershipId: 'arbeidsgruppe-prosjektstrategi:karl-vestli:1', to: '2020-01-31' },
      });
      expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(again.errors?.[0]?.message).toContain('already ended on 2019-12-31');
    });

    it('lets one of two concurrent ends of such a seat win; the other is CONFLICT', async () => {
      const end = (to: string) =>
        harness.as(TEST_ADMIN, END, {
          input: { membershipId: 'arbeidsgruppe-prosjektstrategi:inga-nordberg:1', to },
        });
      const results = await Promise.all([end('2019-09-30'), end('2019-10-31')]);
      const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const winner = results.find((result) => !result.errors)!.data as any;
      expect(winner.endMembership.toPrecision).toBe('EXACT');
    });
  },
);
