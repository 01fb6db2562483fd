import type { Principal } from '@ehelse/shared/runtime';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';

const ADMIN: Principal = { subject: 'test-admin', role: 'admin', organisationId: null };

const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id status costShares { id amount } }
}`;
const TRANSFER = `mutation($input: RecordFundingTransferInput!) { recordFundingTransfer(input: $input) { id amount } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;

const HISTORY = `query($first: Int, $after: String, $last: Int, $before: String) {
  project(id: "107") {
    statusReports { id status }
    statusReportsConnection(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      edges { node { id status comment } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
    budget(year: 2019) { costShares { id } }
  }
}`;

describe.each(BACKENDS)('status reports and write errors on %s', (backend) => {
  let harness: Harness;
  /** One request as an admin: writes need a caller. */
  const asAdmin = (source: string, variables?: Record<string, unknown>) =>
    harness.as(ADMIN, source, variables);
  const history = async (variables: Record<string, unknown>) =>
    (await harness.run(HISTORY, variables)).data.project;
  const statuses = (connection: any) => connection.edges.map((edge: any) => edge.node.status);

  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'portfolio_writes'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('pages a project’s status reports newest first, both ways, like the deprecated list', async () => {
    expect((await history({})).statusReportsConnection.totalCount).toBe(0);
    const reports = [
      { status: 'YELLOW', comment: 'Januar' },
      {
        status: 'RED',
        comment: 'Februar',
        costShares: [
          { funder: 'E-helse', amount: 22 },
          { funder: 'Andre', amount: 109 },
        ],
      },
      { status: 'GREEN', comment: 'Mars' },
    ];
    for (const report of reports) {
      const result = await asAdmin(REPORT, { input: { projectId: '107', year: 2019, ...report } });
      expect(result.errors).toBeUndefined();
    }

    const first = await history({ first: 2 });
    expect(first.statusReports.map((r: any) => r.status)).toEqual(['GREEN', 'RED', 'YELLOW']);
    expect(first.statusReportsConnection.totalCount).toBe(3);
    expect(statuses(first.statusReportsConnection)).toEqual(['GREEN', 'RED']);
    expect(first.statusReportsConnection.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    const next = await history({
      first: 2,
      after: first.statusReportsConnection.pageInfo.endCursor,
    });
    expect(next.statusReportsConnection.edges.map((e: any) => e.node.comment)).toEqual(['Januar']);
    expect(next.statusReportsConnection.pageInfo.hasNextPage).toBe(false);

    const last = await history({ last: 1 });
    expect(statuses(last.statusReportsConnection)).toEqual(['YELLOW']);
    expect(last.statusReportsConnection.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    const before = await history({
      last: 5,
      before: last.statusReportsConnection.pageInfo.startCursor,
    });
    expect(statuses(before.statusReportsConnection)).toEqual(['GREEN', 'RED']);
    expect(before.statusReportsConnection.edges.map((e: any) => e.node.id)).toEqual(
      first.statusReports.slice(0, 2).map((r: any) => r.id),
    );
  });

  it('keeps a reported cost share’s id apart from the current one of the same funder', async () => {
    const { data } = await asAdmin(
      `{ project(id: "107") { statusReports { id costShares { id } } budget(year: 2019) { costShares { id } } } }`,
    );
    const project = (data as any).project;
    const reported = project.statusReports.find((r: any) => r.costShares.length);
    expect(reported.costShares.map((s: any) => s.id)).toEqual([
      `statusReport/${reported.id}:E-helse`,
      `statusReport/${reported.id}:Andre`,
    ]);
    expect(project.budget.costShares.map((s: any) => s.id)).toEqual([
      '107:2019:E-helse',
      '107:2019:Andre',
    ]);
  });

  it.each([
    ['fromProjectId', { fromProjectId: 'nope', toProjectId: '47' }],
    ['toProjectId', { fromProjectId: '107', toProjectId: 'nope' }],
  ])(
    'refuses a transfer naming an unknown project in %s with BAD_USER_INPUT',
    async (field, ids) => {
      const { errors } = await asAdmin(TRANSFER, { input: { year: 2019, amount: 1, ...ids } });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errors?.[0].message).toBe('Unknown project "nope"');
    },
  );

  it('records a transfer between known projects, with an id', async () => {
    const { data, errors } = await asAdmin(TRANSFER, {
      input: { year: 2019, amount: 1, fromProjectId: '107', toProjectId: '11' },
    });
    expect(errors).toBeUndefined();
    expect((data as any).recordFundingTransfer).toMatchObject({ amount: 1 });
    expect(typeof (data as any).recordFundingTransfer.id).toBe('string');
  });

  it('answers NOT_FOUND for a project a mutation changes that does not exist', async () => {
    const update = await asAdmin(UPDATE, { input: { id: 'nope', name: 'Nytt navn' } });
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'nope' });
    const report = await asAdmin(REPORT, {
      input: { projectId: 'nope', year: 2019, status: 'GREEN' },
    });
    expect(report.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', id: 'nope' });
  });

  it('refuses an unknown innsatsområde or organisation in a project input with BAD_USER_INPUT', async () => {
    const area = await asAdmin(UPDATE, { input: { id: '107', focusAreaCode: '9.9' } });
    expect(area.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'focusAreaCode',
    });
    const organisation = await asAdmin(UPDATE, {
      input: { id: '107', responsibleOrganisationId: 'nope' },
    });
    expect(organisation.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'responsibleOrganisationId',
    });
  });
});
