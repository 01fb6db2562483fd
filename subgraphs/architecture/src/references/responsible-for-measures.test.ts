import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from '../main';

/** Direktoratet for e-helse's tiltak in plan order, as the 2020 roadmap names them. */
const DIRECTORATE = [
  'RM1-T3',
  'RM1-T4',
  'RM2-T1',
  'RM3-T1',
  'RM3-T6',
  'RM4-T1',
  'RM4-T4',
  'RM5-T1',
  'RM5-T2',
  'RM5-T3.1',
  'RM5-T7',
  'RM7-T5',
];

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  _entities(representations: [{ __typename: "Organisation", id: "direktoratet-for-e-helse" }]) {
    ... on Organisation {
      responsibleForMeasuresConnection(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        edges { cursor node { code } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }
}`;

describe.each(BACKENDS)('Organisation.responsibleForMeasuresConnection on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_measures_connection'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  async function page(args: Record<string, unknown>) {
    const { data } = await harness.run(PAGE, args);
    const connection = data._entities[0].responsibleForMeasuresConnection;
    return { ...connection, codes: connection.edges.map((e: any) => e.node.code) };
  }

  it('pages forwards with first/after to the end of the 12 tiltak', async () => {
    const one = await page({ first: 5 });
    expect(one.totalCount).toBe(12);
    expect(one.codes).toEqual(DIRECTORATE.slice(0, 5));
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(one.pageInfo.startCursor).toBe(one.edges[0].cursor);

    const two = await page({ first: 5, after: one.pageInfo.endCursor });
    expect(two.codes).toEqual(DIRECTORATE.slice(5, 10));
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const three = await page({ first: 5, after: two.pageInfo.endCursor });
    expect(three.codes).toEqual(['RM5-T7', 'RM7-T5']);
    expect(three.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(three.totalCount).toBe(12);
  });

  it('pages backwards with last/before to the start', async () => {
    const one = await page({ last: 5 });
    expect(one.totalCount).toBe(12);
    expect(one.codes).toEqual(DIRECTORATE.slice(7));
    expect(one.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const two = await page({ last: 5, before: one.pageInfo.startCursor });
    expect(two.codes).toEqual(DIRECTORATE.slice(2, 7));
    expect(two.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const three = await page({ last: 5, before: two.pageInfo.startCursor });
    expect(three.codes).toEqual(['RM1-T3', 'RM1-T4']);
    expect(three.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('answers an organisation without tiltak with an empty page', async () => {
    const { data } = await harness.run(`{
      _entities(representations: [{ __typename: "Organisation", id: "helse-nord-rhf" }]) {
        ... on Organisation { responsibleForMeasuresConnection { totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
      }
    }`);
    expect(data._entities[0].responsibleForMeasuresConnection).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('keeps the deprecated plain list answering the same tiltak, in the same order', async () => {
    const { data, statements } = await harness.run(`{
      _entities(representations: [
        { __typename: "Organisation", id: "direktoratet-for-e-helse" },
        { __typename: "Organisation", id: "norsk-helsenett-sf" }
      ]) {
        ... on Organisation {
          responsibleForMeasures { code }
          responsibleForMeasuresConnection(first: 100) { totalCount edges { node { code } } }
        }
      }
    }`);
    const [directorate, nhn] = data._entities;
    expect(directorate.responsibleForMeasures.map((m: any) => m.code)).toEqual(DIRECTORATE);
    expect(directorate.responsibleForMeasuresConnection.edges.map((e: any) => e.node.code)).toEqual(
      DIRECTORATE,
    );
    expect(nhn.responsibleForMeasures).toEqual([{ code: 'RM2-T1' }]);
    expect(nhn.responsibleForMeasuresConnection.totalCount).toBe(1);
    // The plain list and the connection share one loader: one statement for both organisations.
    expect(statements).toBe(1);
  });

  it('refuses a cursor it did not issue and a page beyond the maximum as BAD_USER_INPUT', async () => {
    const bad = await harness.execute(PAGE, { first: 5, after: 'bm9wZQ' });
    expect(bad.result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    const huge = await harness.execute(PAGE, { last: 100_000 });
    expect(huge.result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'last',
    });
  });
});
