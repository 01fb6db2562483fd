import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';

const PROJECTS_PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
    totalCount
    edges { node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

const ids = (connection: any) => connection.edges.map((edge: any) => edge.node.id);

describe.each(BACKENDS)('projects, budgets and the report on %s', (backend) => {
  let harness: Harness;
  const run = async (source: string, variables?: Record<string, unknown>) =>
    (await harness.run(source, variables)).data;
  const errorOf = async (source: string, variables?: Record<string, unknown>) => {
    const { result } = await harness.execute(source, variables);
    return result.errors?.[0];
  };
  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'portfolio_project'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('pages the 52 projects backwards with last and before, in numeric id order', async () => {
    const { projects: last } = await run(PROJECTS_PAGE, { last: 3 });
    expect(last.totalCount).toBe(52);
    expect(ids(last)).toEqual(['178', '179', '180']);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const { projects: before } = await run(PROJECTS_PAGE, {
      last: 2,
      before: last.pageInfo.startCursor,
    });
    expect(ids(before)).toEqual(['174', '175']);
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const { projects: first } = await run(PROJECTS_PAGE, { first: 3 });
    expect(ids(first)).toEqual(['3', '5', '11']);
    const { projects: next } = await run(PROJECTS_PAGE, {
      first: 50,
      after: first.pageInfo.endCursor,
    });
    expect(next.edges).toHaveLength(49);
    expect(ids(next).slice(-3)).toEqual(['178', '179', '180']);
    expect(next.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('gives yearly budgets, cost shares and transfers a stable id from their key', async () => {
    const { project } = await run(`{
      project(id: "107") {
        budgets { id year }
        budget(year: 2019) {
          id amount
          costShares { id funder { id } amount }
          transfersOut { id amount to { id } from { id } }
        }
      }
    }`);
    expect(project.budgets).toEqual([{ id: '107:2019', year: 2019 }]);
    expect(project.budget).toMatchObject({ id: '107:2019', amount: 131 });
    expect(project.budget.costShares).toEqual([
      { id: '107:2019:E-helse', funder: { id: 'E-helse' }, amount: 22 },
      { id: '107:2019:Andre', funder: { id: 'Andre' }, amount: 109 },
    ]);
    const transfers = project.budget.transfersOut;
    expect(transfers.map((t: any) => [t.to.id, t.amount])).toEqual([
      ['47', 10],
      ['170', 2],
    ]);
    expect(new Set(transfers.map((t: any) => t.id)).size).toBe(2);
    const { project: receiver } = await run(
      `{ project(id: "47") { budget(year: 2019) { transfersIn { id amount } } } }`,
    );
    expect(receiver.budget.transfersIn).toEqual([{ id: transfers[0].id, amount: 10 }]);
  });

  it('gives the published report and its challenges an id', async () => {
    const { portfolioReport } = await run(
      `{ portfolioReport(year: 2019) { id year challenges { id rank title } } }`,
    );
    expect(portfolioReport.id).toBe('2019');
    expect(portfolioReport.challenges.map((c: any) => c.id)).toEqual([
      '2019:1',
      '2019:2',
      '2019:3',
      '2019:4',
      '2019:5',
    ]);
    expect(portfolioReport.challenges[4].title).toBe('Manglende finansieringsmodeller');
  });

  it('answers null for a project, a report or a budget year that does not exist', async () => {
    const { result } = await harness.execute(
      `{ project(id: "nope") { id } portfolioReport(year: 1999) { id } p107: project(id: "107") { budget(year: 1999) { id } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ project: null, portfolioReport: null, p107: { budget: null } });
  });

  it.each([
    ['focusAreaCodes[1]', { focusAreaCodes: ['1.1', '9.9'] }, '9.9'],
    ['responsibleOrganisationIds[0]', { responsibleOrganisationIds: ['nope'] }, 'nope'],
    ['strategicAreaNumbers[1]', { strategicAreaNumbers: [1, 7] }, '7'],
  ])('refuses an unknown id in filter.%s with BAD_USER_INPUT', async (field, filter, unknown) => {
    const error = await errorOf(PROJECTS_PAGE, { filter });
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `filter.${field}` });
    expect(error?.message).toContain(unknown);
  });

  it('still filters by known ids', async () => {
    const { projects } = await run(PROJECTS_PAGE, {
      first: 100,
      filter: {
        focusAreaCodes: ['1.1'],
        responsibleOrganisationIds: ['helsedirektoratet'],
        strategicAreaNumbers: [1],
      },
    });
    expect(ids(projects)).toEqual(['117']);
    expect(projects.totalCount).toBe(1);
  });
});
