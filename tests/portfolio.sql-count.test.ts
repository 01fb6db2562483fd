import { BACKENDS, generateProjects, type Stack, startStack } from '@ehelse/test-kit';

const LIST = `{
  projects(first: 100) {
    edges { node { responsibleOrganisation { name } focusArea { name }
      budget(year: 2019) { costShares { funder { name } amount } } } }
  }
}`;

/** A dashboard over the nested connections: organisations, their projects, budgets and reports. */
const ORGANISATIONS = `{
  organisationsConnection(first: 20) {
    totalCount
    edges { node { name
      responsibleForConnection(first: 10) {
        totalCount
        edges { node { id focusArea { code } budget(year: 2019) { amount costShares { funder { code } amount } }
          statusReportsConnection(first: 2) { totalCount } } }
      }
    } }
  }
}`;

describe.each(BACKENDS)('SQL statements of the project list on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'portfolio_sql_count');
  });
  afterAll(() => stack?.stop());

  it('issues the same number of statements at 52 and at 5 000 projects, for the list and the organisations dashboard', async () => {
    const small = await stack.countStatements(LIST);
    expect(small.response.errors).toBeUndefined();
    const smallDashboard = await stack.countStatements(ORGANISATIONS);
    expect(smallDashboard.response.errors).toBeUndefined();
    expect(small.response.data.projects.edges).toHaveLength(52);

    const dataSource = stack.databases.portfolio!;
    const organisationIds = (await dataSource.query('SELECT id FROM organisation')).map(
      (r: any) => r.id,
    );
    const focusAreaCodes = (await dataSource.query('SELECT code FROM focus_area')).map(
      (r: any) => r.code,
    );
    const { insertProjects } = await import('@ehelse/portfolio');
    await dataSource.transaction((manager) =>
      insertProjects(
        manager,
        generateProjects({ count: 5000 - 52, year: 2019, organisationIds, focusAreaCodes }),
      ),
    );

    const large = await stack.countStatements(LIST);
    expect(large.response.errors).toBeUndefined();
    expect(large.response.data.projects.edges).toHaveLength(100);
    // page, organisations, focus areas, budgets, cost shares, funders: one each; no count, as
    // the list selects no totalCount (the page reads one row more to tell hasNextPage)
    expect(small.statements).toBe(6);
    expect(large.statements).toBe(small.statements);
    const counted = await stack.countStatements(
      LIST.replace('projects(first: 100) {', 'projects(first: 100) { totalCount'),
    );
    expect(counted.response.data.projects.totalCount).toBe(5000);
    expect(counted.statements).toBe(7);

    const largeDashboard = await stack.countStatements(ORGANISATIONS);
    expect(largeDashboard.response.errors).toBeUndefined();
    const projectsOf = (data: any) =>
      data.organisationsConnection.edges.reduce(
        (sum: number, e: any) => sum + e.node.responsibleForConnection.totalCount,
        0,
      );
    expect(projectsOf(largeDashboard.response.data)).toBeGreaterThan(
      projectsOf(smallDashboard.response.data),
    );
    // count, page, projects by organisation, focus areas, budgets, cost shares, funders, reports
    expect(smallDashboard.statements).toBe(8);
    expect(largeDashboard.statements).toBe(smallDashboard.statements);
  });
});
