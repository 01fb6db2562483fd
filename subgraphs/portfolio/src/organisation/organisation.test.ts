import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';

const ORGANISATIONS_PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  organisationsConnection(first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const RESPONSIBLE_FOR_PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  organisation(id: "helsedirektoratet") {
    responsibleFor { id }
    responsibleForConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { node { id name } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

/** Helsedirektoratet's 15 projects in the documents, by portfolio id as text. */
const HDIR_PROJECTS = [
  '117', '121', '122', '123', '124', '125', '138', '139', '140', '169', '170', '174', '175', '180', '5',
]; // prettier-ignore

describe.each(BACKENDS)('organisations as connections on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variables?: Record<string, unknown>) =>
    (await harness.run(source, variables)).data;
  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'portfolio_organisation'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('pages the 63 organisations forwards in the order of the deprecated list', async () => {
    const { organisations } = await run(`{ organisations { id name } }`);
    expect(organisations).toHaveLength(63);
    const seen: { id: string; name: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { organisationsConnection: page }: any = await run(ORGANISATIONS_PAGE, {
        first: 25,
        after,
      });
      expect(page.totalCount).toBe(63);
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...page.edges.map((edge: any) => edge.node));
      pages += 1;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(organisations);
    expect(seen.map((o) => o.id)).toContain('helsedirektoratet');
  });

  it('pages backwards with last and before', async () => {
    const { organisations } = await run(`{ organisations { id } }`);
    const { organisationsConnection: tail } = await run(ORGANISATIONS_PAGE, { last: 10 });
    expect(tail.totalCount).toBe(63);
    expect(tail.edges.map((e: any) => e.node.id)).toEqual(
      organisations.slice(53).map((o: any) => o.id),
    );
    expect(tail.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const { organisationsConnection: before } = await run(ORGANISATIONS_PAGE, {
      last: 10,
      before: tail.pageInfo.startCursor,
    });
    expect(before.edges.map((e: any) => e.node.id)).toEqual(
      organisations.slice(43, 53).map((o: any) => o.id),
    );
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('pages the projects Helsedirektoratet is responsible for, both ways, like the deprecated list', async () => {
    const first = (await run(RESPONSIBLE_FOR_PAGE, { first: 6 })).organisation;
    expect(first.responsibleFor.map((p: any) => p.id)).toEqual(HDIR_PROJECTS);
    const connection = first.responsibleForConnection;
    expect(connection.totalCount).toBe(15);
    expect(connection.edges.map((e: any) => e.node.id)).toEqual(HDIR_PROJECTS.slice(0, 6));
    expect(connection.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const second = (
      await run(RESPONSIBLE_FOR_PAGE, { first: 6, after: connection.pageInfo.endCursor })
    ).organisation.responsibleForConnection;
    expect(second.edges.map((e: any) => e.node.id)).toEqual(HDIR_PROJECTS.slice(6, 12));

    const last = (await run(RESPONSIBLE_FOR_PAGE, { last: 3 })).organisation
      .responsibleForConnection;
    expect(last.edges.map((e: any) => e.node.id)).toEqual(['175', '180', '5']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const beforeLast = (
      await run(RESPONSIBLE_FOR_PAGE, { last: 3, before: last.pageInfo.startCursor })
    ).organisation.responsibleForConnection;
    expect(beforeLast.edges.map((e: any) => e.node.id)).toEqual(['169', '170', '174']);
    expect(beforeLast.totalCount).toBe(15);
  });

  it('counts KS’s one project, and gives Bardu kommune an empty connection', async () => {
    const { organisation } = await run(
      `{ organisation(id: "ks") { responsibleForConnection(first: 5) { totalCount edges { node { id } } } } }`,
    );
    expect(organisation.responsibleForConnection.totalCount).toBe(1);
    const { organisation: none } = await run(
      `{ organisation(id: "bardu-kommune") { responsibleFor { id } responsibleForConnection { totalCount edges { cursor } pageInfo { hasNextPage startCursor } } } }`,
    );
    expect(none).toEqual({
      responsibleFor: [],
      responsibleForConnection: {
        totalCount: 0,
        edges: [],
        pageInfo: { hasNextPage: false, startCursor: null },
      },
    });
  });

  it('answers null for an organisation that does not exist', async () => {
    const { result } = await harness.execute(`{ organisation(id: "nope") { id } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ organisation: null });
  });
});
