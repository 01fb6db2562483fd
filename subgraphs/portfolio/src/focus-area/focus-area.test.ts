import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';

const PROJECTS_PAGE = `query($first: Int, $after: String, $last: Int, $before: String) {
  focusAreas {
    code
    projects { id }
    projectsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { node { id focusArea { code } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

/** The 14 projects of innsatsområde 1.1 in the documents, by portfolio id as text. */
const AREA_1_1 = ['11', '111', '114', '117', '118', '119', '132', '142', '161', '164', '167', '172', '173', '81']; // prettier-ignore

describe.each(BACKENDS)('innsatsområder, strategic areas and funders on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variables?: Record<string, unknown>) =>
    (await harness.run(source, variables)).data;
  const area = (data: any, code: string) => data.focusAreas.find((a: any) => a.code === code);
  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'portfolio_focus_area'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('pages the projects of 1.1 forwards, like the deprecated list', async () => {
    const first = area(await run(PROJECTS_PAGE, { first: 5 }), '1.1');
    expect(first.projects.map((p: any) => p.id)).toEqual(AREA_1_1);
    const page = first.projectsConnection;
    expect(page.totalCount).toBe(14);
    expect(page.edges.map((e: any) => e.node.id)).toEqual(AREA_1_1.slice(0, 5));
    expect(page.edges.every((e: any) => e.node.focusArea.code === '1.1')).toBe(true);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const rest = area(
      await run(PROJECTS_PAGE, { first: 20, after: page.pageInfo.endCursor }),
      '1.1',
    ).projectsConnection;
    expect(rest.edges.map((e: any) => e.node.id)).toEqual(AREA_1_1.slice(5));
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages the projects of 1.1 backwards with last and before', async () => {
    const last = area(await run(PROJECTS_PAGE, { last: 4 }), '1.1').projectsConnection;
    expect(last.edges.map((e: any) => e.node.id)).toEqual(['167', '172', '173', '81']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = area(
      await run(PROJECTS_PAGE, { last: 4, before: last.pageInfo.startCursor }),
      '1.1',
    ).projectsConnection;
    expect(before.edges.map((e: any) => e.node.id)).toEqual(['132', '142', '161', '164']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(before.totalCount).toBe(14);
  });

  it('counts every project once over all innsatsområder', async () => {
    const data = await run(PROJECTS_PAGE, { first: 1 });
    const total = data.focusAreas.reduce(
      (sum: number, a: any) => sum + a.projectsConnection.totalCount,
      0,
    );
    expect(total).toBe(52);
    expect(area(data, '1.2').projectsConnection.totalCount).toBe(2);
  });

  it('gives innsatsområder, strategic areas and funders an id equal to their key', async () => {
    const data = await run(`{
      focusAreas { id code strategicArea { id number } }
      strategicAreas { id number focusAreas { id } }
      funders { id code }
    }`);
    expect(area(data, '5.1')).toEqual({
      id: '5.1',
      code: '5.1',
      strategicArea: { id: '5', number: 5 },
    });
    expect(data.focusAreas).toHaveLength(14);
    expect(data.strategicAreas.map((s: any) => s.id)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(data.strategicAreas[0].focusAreas.map((a: any) => a.id)).toEqual(['1.1', '1.2']);
    expect(data.funders).toHaveLength(11);
    for (const funder of data.funders) expect(funder.id).toBe(funder.code);
    expect(data.funders.map((f: any) => f.id)).toContain('KS/kommune');
  });

  it('resolves a focus area reference with its id', async () => {
    const { _entities } = await run(
      `query($refs: [_Any!]!) { _entities(representations: $refs) { ... on FocusArea { id name } } }`,
      {
        refs: [
          { __typename: 'FocusArea', code: '1.1' },
          { __typename: 'FocusArea', code: '9.9' },
        ],
      },
    );
    expect(_entities[0].id).toBe('1.1');
    expect(_entities[1]).toBeNull();
  });
});
