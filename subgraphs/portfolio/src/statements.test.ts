import type { DataSource } from 'typeorm';
import {
  BACKENDS,
  generateProjects,
  type Harness,
  openHarness,
  testConfig,
} from '@ehelse/test-kit';
import { portfolioSubgraph } from './main';
import { ProjectPhase, StatusColour } from './project/project-enums';
import { ProjectStatusReport } from './project/status-report.entity';
import { insertProjects } from './seed';

const ORGANISATIONS_WITH_PROJECTS = `{
  organisationsConnection(first: 100) {
    totalCount
    edges { node { id name
      responsibleForConnection(first: 100) {
        totalCount
        edges { node { id focusArea { code }
          budgets { id year costShares { id amount funder { code } } }
          statusReportsConnection(first: 2) { totalCount edges { node { id status } } }
        } }
      }
    } }
  }
}`;

const FOCUS_AREAS_WITH_PROJECTS = `{
  focusAreas {
    code strategicArea { id name }
    projectsConnection(last: 50) {
      totalCount
      edges { node { id responsibleOrganisation { name }
        budget(year: 2019) { id amount costShares { amount } transfersOut { amount to { id } } }
      } }
    }
  }
}`;

const PROJECT_HISTORIES = `{
  projects(first: 100) {
    totalCount
    edges { node { id
      statusReportsConnection(last: 3) {
        totalCount
        edges { node { id year costShares { id funder { code } } reportingOrganisation { id } } }
      }
    } }
  }
}`;

/** The documents' facts of issue 14 with every relation they have. */
const DOCUMENT_FACTS = `{
  actorMap { heading groups { id actors { id printedName organisation { id name } } } }
  benefitCases { id figures { id amount } benefits { id ratings { label } } baselineRows { id }
    project { id benefitCase { id } } agendaItem { id } }
  portfolioReport(year: 2019) { challenges { id wordings { id text } }
    presentations { id agendaItem { id } } riskAssessment { id } }
}`;

const GENERATED_PROJECTS = 500;
const REPORTS_PER_PROJECT = 2;

/** `count` status reports on each of the given projects, each with one reported cost share. */
function reportsOn(projectIds: string[], count: number) {
  return projectIds.flatMap((projectId) =>
    Array.from({ length: count }, (_, n) => ({
      projectId,
      year: 2019,
      status: StatusColour.GREEN,
      phase: ProjectPhase.EXECUTION,
      comment: `Rapport ${n + 1}`,
      budget: null,
      costShares: [{ funderCode: 'E-helse', amount: 1 }],
      reportedBy: 'generated',
      reportingOrganisationId: 'helse-vest-rhf',
      reportedAt: '2019-06-01T00:00:00.000Z',
      projectVersion: 1,
    })),
  );
}

const idsOf = async (dataSource: DataSource, sql = 'SELECT id FROM project') =>
  (await dataSource.query(sql)).map((row: any) => String(row.id));

/** More projects over every organisation and innsatsområde, and more reports on every project. */
async function growPortfolio(dataSource: DataSource) {
  const organisationIds = await idsOf(dataSource, 'SELECT id FROM organisation');
  const focusAreaCodes = await idsOf(dataSource, 'SELECT code AS id FROM focus_area');
  await dataSource.transaction(async (manager) => {
    await insertProjects(
      manager,
      generateProjects({ count: GENERATED_PROJECTS, year: 2019, organisationIds, focusAreaCodes }),
    );
    const projectIds = await idsOf(dataSource);
    await manager.insert(ProjectStatusReport, reportsOn(projectIds, REPORTS_PER_PROJECT));
  });
}

describe.each(BACKENDS)('SQL statements of the portfolio’s nested connections on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'portfolio_statements'),
      backend === 'sqljs',
    );
    // One report on each of the documents' projects, so both sizes resolve the same fields.
    const projectIds = await idsOf(harness.dataSource);
    await harness.dataSource.getRepository(ProjectStatusReport).insert(reportsOn(projectIds, 1));
  });
  afterAll(() => harness?.close());

  it('issues as many statements at 52 projects and 52 reports as at 552 projects and 1 156 reports', async () => {
    const organisationsBefore = await harness.run(ORGANISATIONS_WITH_PROJECTS);
    const focusAreasBefore = await harness.run(FOCUS_AREAS_WITH_PROJECTS);
    const historiesBefore = await harness.run(PROJECT_HISTORIES);
    expect(historiesBefore.data.projects.totalCount).toBe(52);

    await growPortfolio(harness.dataSource);

    const organisationsAfter = await harness.run(ORGANISATIONS_WITH_PROJECTS);
    const focusAreasAfter = await harness.run(FOCUS_AREAS_WITH_PROJECTS);
    const historiesAfter = await harness.run(PROJECT_HISTORIES);
    const total = 52 + GENERATED_PROJECTS;
    const projectsOf = (data: any) =>
      data.organisationsConnection.edges.reduce(
        (sum: number, e: any) => sum + e.node.responsibleForConnection.totalCount,
        0,
      );
    expect(projectsOf(organisationsBefore.data)).toBe(52);
    expect(projectsOf(organisationsAfter.data)).toBe(total);
    expect(
      focusAreasAfter.data.focusAreas.reduce(
        (sum: number, a: any) => sum + a.projectsConnection.totalCount,
        0,
      ),
    ).toBe(total);
    expect(historiesAfter.data.projects.totalCount).toBe(total);
    const history = historiesAfter.data.projects.edges[0].node.statusReportsConnection;
    expect(history.totalCount).toBe(1 + REPORTS_PER_PROJECT);
    expect(history.edges).toHaveLength(3);

    // count, page, projects by organisation, focus areas, budgets, cost shares, funders, reports
    expect(organisationsBefore.statements).toBe(8);
    expect(organisationsAfter.statements).toBe(organisationsBefore.statements);
    // focus areas, strategic areas, projects by area, organisations, budgets, cost shares,
    // transfers, their receiving projects
    expect(focusAreasBefore.statements).toBe(8);
    expect(focusAreasAfter.statements).toBe(focusAreasBefore.statements);
    // count, page, reports, reported cost shares' funders, reporting organisations
    expect(historiesBefore.statements).toBe(5);
    expect(historiesAfter.statements).toBe(historiesBefore.statements);
  });
  it('answers the documents’ facts with as many statements when their tables hold more rows', async () => {
    const before = await harness.run(DOCUMENT_FACTS);
    const { dataSource } = harness;
    const organisationIds = await idsOf(dataSource, 'SELECT id FROM organisation');
    // Twenty more actors in every group, each an organisation, and more wordings of each challenge.
    for (let group = 1; group <= 6; group += 1)
      for (let n = 0; n < 20; n += 1)
        await dataSource.query(
          `INSERT INTO actor_group_member (group_position, position, printed_name, organisation_id, note, line)
           VALUES (?, ?, ?, ?, NULL, 1)`,
          [group, 100 + n, `Generert ${n}`, organisationIds[n % organisationIds.length]],
        );
    for (let rank = 1; rank <= 5; rank += 1)
      await dataSource.query(
        `INSERT INTO portfolio_challenge_wording (year, challenge_rank, document, worded_on, text, source_lines)
         VALUES (2019, ?, '999', '2020-01-01', 'Generert', '1')`,
        [rank],
      );
    const after = await harness.run(DOCUMENT_FACTS);
    const actors = (data: any) =>
      data.actorMap.groups.reduce((sum: number, g: any) => sum + g.actors.length, 0);
    expect(actors(before.data)).toBe(31);
    expect(actors(after.data)).toBe(31 + 6 * 20);
    expect(after.data.portfolioReport.challenges[0].wordings).toHaveLength(3);
    // heading, groups, actors, organisations; cases, figures, benefits, baseline, projects,
    // their cases; report, challenges, wordings, presentations, risk assessment
    expect(before.statements).toBe(15);
    expect(after.statements).toBe(before.statements);
  });
});
