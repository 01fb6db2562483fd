import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from './main';

const MEASURES = `query($first: Int, $after: String, $last: Int, $before: String, $filter: MeasureFilter) {
  measures(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount edges { node { code } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const ACTIVITIES = `query($first: Int, $after: String, $last: Int, $before: String, $filter: RoadmapActivityFilter) {
  roadmapActivities(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

describe.each(BACKENDS)('root connections paged in SQL on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_root_connections'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  const measures = async (variables: Record<string, unknown>) => {
    const { data, statements } = await harness.run(MEASURES, variables);
    return {
      ...data.measures,
      codes: data.measures.edges.map((e: any) => e.node.code),
      statements,
    };
  };
  const activities = async (variables: Record<string, unknown>) => {
    const { data } = await harness.run(ACTIVITIES, variables);
    return {
      ...data.roadmapActivities,
      ids: data.roadmapActivities.edges.map((e: any) => e.node.id),
    };
  };

  it('pages the 25 tiltak backwards with last/before, in plan order', async () => {
    const last = await measures({ last: 5 });
    expect(last.totalCount).toBe(25);
    expect(last.codes).toEqual(['RM5-T4', 'RM5-T6', 'RM5-T7', 'RM5-T8', 'RM7-T5']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.statements).toBe(2); // the count, then only the page's rows

    const before = await measures({ last: 5, before: last.pageInfo.startCursor });
    expect(before.codes).toEqual(['RM4-T5', 'RM5-T1', 'RM5-T2', 'RM5-T3.1', 'RM5-T3.2']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('pages a filtered list of tiltak both ways with the same total', async () => {
    const filter = { resultGoalCodes: ['RM3'] };
    const first = await measures({ first: 4, filter });
    expect(first.totalCount).toBe(9);
    expect(first.codes).toEqual(['RM3-T1', 'RM3-T2', 'RM3-T3', 'RM3-T4']);
    const next = await measures({ first: 4, after: first.pageInfo.endCursor, filter });
    expect(next.codes).toEqual(['RM3-T5', 'RM3-T6', 'RM3-T7', 'RM3-T8']);
    const last = await measures({ last: 2, filter });
    expect(last.codes).toEqual(['RM3-T8', 'RM3-T9']);
    expect(last.totalCount).toBe(9);
  });

  it('pages the 46 roadmap activities forwards and backwards', async () => {
    const first = await activities({ first: 20 });
    expect(first.totalCount).toBe(46);
    expect(first.ids).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const second = await activities({ first: 20, after: first.pageInfo.endCursor });
    expect(second.ids[0]).toBe(21);
    const third = await activities({ first: 20, after: second.pageInfo.endCursor });
    expect(third.ids).toEqual([41, 42, 43, 44, 45, 46]);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const last = await activities({ last: 3 });
    expect(last.ids).toEqual([44, 45, 46]);
    const before = await activities({ last: 3, before: last.pageInfo.startCursor });
    expect(before.ids).toEqual([41, 42, 43]);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });
});
