import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

const data = (file: string) =>
  JSON.parse(
    readFileSync(path.join(__dirname, '..', 'subgraphs', 'portfolio', 'data', file), 'utf8'),
  );
const report = data('report.json');

const SUMMARY = `{
  portfolioSummary(year: 2019) {
    projectCount netBudget grossBudget internalTransfers budgetSum
    byFocusArea { focusArea { code } amount projectCount publishedAmount }
    byFunder { funder { code } amount publishedAmount }
    byStatus { status amount projectCount }
    byPhase { phase amount projectCount }
    byOrganisation { organisation { id name } amount projectCount }
    published { projectCount reportedBudget estimatedBudget challenges { rank title } }
  }
}`;

const ALL_PROJECTS = `{
  projects(first: 100) {
    totalCount
    edges { node { id name phase status responsibleOrganisation { id name } focusArea { code }
      budget(year: 2019) { amount costShares { funder { code } amount } } } }
  }
}`;

/** Within the rounding of rows printed as whole MNOK. */
const ROUNDING = 5;

describe.each(BACKENDS)('portfolio through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'portfolio_e2e');
  });
  afterAll(() => stack?.stop());

  it('reproduces the published portfolio figures from the rows', async () => {
    const { data: result, errors } = await stack.query(SUMMARY);
    expect(errors).toBeUndefined();
    const summary = result.portfolioSummary;
    expect(summary.projectCount).toBe(52);
    expect(summary.published.projectCount).toBe(52);
    expect(summary.published.reportedBudget).toBe(1515);
    expect(summary.internalTransfers).toBe(12);
    expect(summary.netBudget).toBeCloseTo(summary.grossBudget - 12, 6);
    expect(Math.abs(summary.netBudget - 1515)).toBeLessThanOrEqual(ROUNDING);
    expect(summary.published.challenges).toHaveLength(report.challenges.length);
  });

  it('sums each funder column close to the published column total', async () => {
    const { data: result } = await stack.query(SUMMARY);
    const byFunder = result.portfolioSummary.byFunder;
    expect(byFunder.map((t: any) => t.funder.code)).toEqual([
      'E-helse',
      'HDIR',
      'RHF',
      'NIKT',
      'KS/kommune',
      'FHI',
      'NHN',
      'Fastlege',
      'SLV',
      'Andre',
      'Ikke oppgitt',
    ]);
    const gross = byFunder.reduce((sum: number, t: any) => sum + t.amount, 0);
    expect(gross).toBeCloseTo(result.portfolioSummary.grossBudget, 6);
    for (const total of byFunder) {
      expect(total.publishedAmount).toBe(report.publishedFunderTotals[total.funder.code] ?? null);
      if (total.publishedAmount !== null) {
        expect(Math.abs(total.amount - total.publishedAmount)).toBeLessThanOrEqual(ROUNDING);
      }
    }
  });

  it('gives every innsatsområde its budget and project count, beside the published figure', async () => {
    const { data: result } = await stack.query(SUMMARY);
    const byFocusArea = result.portfolioSummary.byFocusArea;
    expect(byFocusArea).toHaveLength(14);
    const projects = data('projects.json');
    for (const total of byFocusArea) {
      const inArea = projects.filter((p: any) => p.focusAreaCode === total.focusArea.code);
      expect(total.projectCount).toBe(inArea.length);
      expect(total.publishedAmount).toBe(
        report.publishedFocusAreaTotals[total.focusArea.code] ?? null,
      );
    }
    expect(byFocusArea.reduce((n: number, t: any) => n + t.projectCount, 0)).toBe(52);
  });

  it('lists all 52 rows with their budget and full cost distribution', async () => {
    const { data: result, errors } = await stack.query(ALL_PROJECTS);
    expect(errors).toBeUndefined();
    expect(result.projects.totalCount).toBe(52);
    expect(result.projects.edges).toHaveLength(52);
    const helsedata = result.projects.edges.find((e: any) => e.node.id === '107').node;
    expect(helsedata.name).toBe('Helsedataprogrammet');
    expect(helsedata.responsibleOrganisation.id).toBe('direktoratet-for-e-helse');
    expect(helsedata.focusArea.code).toBe('3.2');
    expect(helsedata.budget.amount).toBe(131);
    const heliks = result.projects.edges.find((e: any) => e.node.id === '161').node;
    expect(heliks).toMatchObject({ name: 'Heliks', phase: 'EXECUTION', status: 'YELLOW' });
    expect(heliks.responsibleOrganisation.name).toBe('Helse Vest RHF');
    expect(heliks.budget.costShares).toEqual([{ funder: { code: 'RHF' }, amount: 139 }]);
  });

  it('returns the two internal transfers of Helsedataprogrammet', async () => {
    const { data: result } = await stack.query(`{
      project(id: "107") { budget(year: 2019) { transfersOut { amount to { name } } } }
    }`);
    const transfers = result.project.budget.transfersOut.map((t: any) => [t.to.name, t.amount]);
    expect(transfers).toEqual(
      expect.arrayContaining([
        ['Program for kodeverk og terminologi', 10],
        [expect.stringMatching(/NPR og KPR/), 2],
      ]),
    );
  });

  it('filters, orders and pages the project list', async () => {
    const page = async (after?: string) =>
      (
        await stack.query(
          `query($after: String) { projects(first: 5, after: $after, filter: { responsibleOrganisationIds: ["helse-sor-ost-rhf"] }, orderBy: { field: NAME }) {
            totalCount pageInfo { hasNextPage endCursor } edges { node { name responsibleOrganisation { id } } } } }`,
          { after },
        )
      ).data.projects;
    const first = await page();
    const second = await page(first.pageInfo.endCursor);
    const names = [...first.edges, ...second.edges].map((e: any) => e.node.name);
    expect(first.totalCount).toBe(
      data('projects.json').filter((p: any) => p.responsibleOrganisationId === 'helse-sor-ost-rhf')
        .length,
    );
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(new Set(names).size).toBe(names.length);

    const search = await stack.query(
      `{ projects(filter: { search: "helsedata" }) { edges { node { id } } } }`,
    );
    expect(search.data.projects.edges.map((e: any) => e.node.id)).toContain('107');

    const greenExecution = await stack.query(
      `{ projects(first: 100, filter: { statuses: [GREEN], phases: [EXECUTION], strategicAreaNumbers: [1] }) { edges { node { status phase focusArea { code } } } } }`,
    );
    for (const { node } of greenExecution.data.projects.edges) {
      expect(node).toMatchObject({ status: 'GREEN', phase: 'EXECUTION' });
      expect(node.focusArea.code.startsWith('1.')).toBe(true);
    }
  });

  it('refuses bad paging input with a code', async () => {
    const tooMany = await stack.query(`{ projects(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({
      code: 'PAGE_SIZE_TOO_LARGE',
      field: 'projects',
    });
    const negative = await stack.query(`{ projects(first: -1) { totalCount } }`);
    expect(negative.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
    const badCursor = await stack.query(`{ projects(after: "nonsense") { totalCount } }`);
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
