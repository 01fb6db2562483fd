import { generateProjects } from '@ehelse/portfolio';
import { BACKENDS } from './support/backends';
import { startStack, type Stack } from './support/stack';

const LIST = `{
  projects(first: 100) {
    edges { node { responsibleOrganisation { name } focusArea { name }
      budget(year: 2019) { costShares { funder { name } amount } } } }
  }
}`;

describe.each(BACKENDS)('SQL statements of the project list on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'portfolio_sql_count');
  });
  afterAll(() => stack?.stop());

  it('issues the same number of statements at 52 and at 5 000 projects', async () => {
    const small = await stack.countStatements(LIST);
    expect(small.response.errors).toBeUndefined();
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
    // page, count, organisations, focus areas, budgets, cost shares, funders: one each
    expect(small.statements).toBe(7);
    expect(large.statements).toBe(small.statements);
  });
});
