import {
  asAdmin,
  asReader,
  asReporter,
  BACKENDS,
  bearer,
  type Stack,
  startStack,
} from '@ehelse/test-kit';

const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id year status phase comment budget projectVersion reportedBy
    costShares { funder { code } amount } project { id version status } }
}`;
const HELIKS = `{ project(id: "161") { version status phase budget(year: 2019) { amount costShares { funder { code } amount } }
  statusReports { status comment reportedBy } } }`;
const SUMMARY = `{ portfolioSummary(year: 2019) { grossBudget byStatus { status projectCount } } }`;

describe.each(BACKENDS)('reporting through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'reporting_e2e');
  });
  afterAll(() => stack?.stop());

  const heliks = async () => (await stack.query(HELIKS)).data.project;

  it('lets Helse Vest RHF report Heliks: history, summary and audit trail show it', async () => {
    const before = await heliks();
    const summaryBefore = (await stack.query(SUMMARY)).data.portfolioSummary;
    const input = {
      projectId: '161',
      year: 2019,
      status: 'GREEN',
      comment: 'Gjennomføring i rute etter tiltak',
      budget: 140,
      costShares: [{ funder: 'RHF', amount: 140 }],
      expectedVersion: before.version,
    };
    const result = await stack.query(REPORT, { input }, await asReporter('helse-vest-rhf'));
    expect(result.errors).toBeUndefined();
    expect(result.data.reportProjectStatus).toMatchObject({
      status: 'GREEN',
      phase: 'EXECUTION',
      budget: 140,
      projectVersion: before.version + 1,
      reportedBy: 'dev-reporter-helse-vest-rhf',
      project: { id: '161', version: before.version + 1, status: 'GREEN' },
    });

    const after = await heliks();
    expect(after.statusReports[0]).toMatchObject({ status: 'GREEN', comment: input.comment });
    expect(after.budget).toEqual({
      amount: 140,
      costShares: [{ funder: { code: 'RHF' }, amount: 140 }],
    });

    const summaryAfter = (await stack.query(SUMMARY)).data.portfolioSummary;
    expect(summaryAfter.grossBudget).toBeCloseTo(summaryBefore.grossBudget + 1, 6);
    const green = (s: any) => s.byStatus.find((t: any) => t.status === 'GREEN').projectCount;
    expect(green(summaryAfter)).toBe(green(summaryBefore) + 1);

    const audit = await stack.query(
      `{ auditEvents(first: 5) { totalCount edges { node { action entityId subject organisationId before after } } } }`,
      undefined,
      await asAdmin(),
    );
    expect(audit.errors).toBeUndefined();
    const event = audit.data.auditEvents.edges[0].node;
    expect(event).toMatchObject({
      action: 'reportProjectStatus',
      entityId: '161',
      subject: 'dev-reporter-helse-vest-rhf',
      organisationId: 'helse-vest-rhf',
    });
    expect(event.before.project.status).toBe(before.status);
    expect(event.after.status).toBe('GREEN');
  });

  it('refuses a Helse Sør-Øst project to a Helse Vest reporter, changing nothing', async () => {
    const regionalLab = `{ project(id: "142") { version status responsibleOrganisation { id } statusReports { id } } }`;
    const before = (await stack.query(regionalLab)).data.project;
    expect(before.responsibleOrganisation.id).toBe('helse-sor-ost-rhf');
    const result = await stack.query(
      REPORT,
      { input: { projectId: '142', year: 2019, status: 'GREEN' } },
      await asReporter('helse-vest-rhf'),
    );
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(regionalLab)).data.project).toEqual(before);
  });

  it('refuses anonymous, reader, expired and forged callers', async () => {
    const input = { projectId: '161', year: 2019, status: 'RED' };
    const anonymous = await stack.query(REPORT, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const reader = await stack.query(REPORT, { input }, await asReader());
    expect(reader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const expired = await stack.query(
      REPORT,
      { input },
      await bearer({ role: 'admin', expiresIn: Math.floor(Date.now() / 1000) - 60 }),
    );
    expect(expired.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = (await asAdmin()).authorization;
    const forged = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    const tampered = await stack.query(REPORT, { input }, { authorization: forged });
    expect(tampered.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await heliks()).status).not.toBe('RED');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const before = await heliks();
    const result = await stack.query(
      REPORT,
      {
        input: { projectId: '161', year: 2019, status: 'RED', expectedVersion: before.version - 1 },
      },
      await asAdmin(),
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: before.version,
    });
    expect(await heliks()).toEqual(before);
  });

  it('lets exactly one of two concurrent reports at the same version through', async () => {
    const before = await heliks();
    const headers = await asReporter('helse-vest-rhf');
    const attempts = await Promise.all(
      ['RED', 'YELLOW'].map((status) =>
        stack.query(
          REPORT,
          { input: { projectId: '161', year: 2019, status, expectedVersion: before.version } },
          headers,
        ),
      ),
    );
    const codes = attempts.map((a) => a.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const after = await heliks();
    expect(after.version).toBe(before.version + 1);
    expect(after.statusReports).toHaveLength(before.statusReports.length + 1);
  });

  it.each([
    ['an unknown project', { projectId: 'nope' }, 'NOT_FOUND', undefined],
    ['a negative budget', { budget: -1 }, 'BAD_USER_INPUT', 'budget'],
    ['an absurd budget', { budget: 5_000_000 }, 'BAD_USER_INPUT', 'budget'],
    ['a year out of range', { year: 1900 }, 'BAD_USER_INPUT', 'year'],
    ['a too long comment', { comment: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'comment'],
    [
      'an unknown funder',
      { budget: 10, costShares: [{ funder: 'Nobody', amount: 10 }] },
      'BAD_USER_INPUT',
      'costShares[0].funder',
    ],
    [
      'cost shares that do not add up',
      { budget: 10, costShares: [{ funder: 'RHF', amount: 9 }] },
      'BAD_USER_INPUT',
      'costShares',
    ],
    [
      'a negative cost share',
      {
        budget: 10,
        costShares: [
          { funder: 'RHF', amount: 11 },
          { funder: 'HDIR', amount: -1 },
        ],
      },
      'BAD_USER_INPUT',
      'costShares[1].amount',
    ],
  ])('refuses %s and changes nothing', async (_label, change, code, field) => {
    const before = await heliks();
    const input = { projectId: '161', year: 2019, status: 'RED', ...change };
    const result = await stack.query(REPORT, { input }, await asAdmin());
    expect(result.errors?.[0].extensions?.code).toBe(code);
    if (field) expect(result.errors?.[0].extensions?.field).toBe(field);
    expect(await heliks()).toEqual(before);
  });

  it('refuses a new budget that the kept cost distribution no longer adds up to', async () => {
    const before = await heliks();
    const result = await stack.query(
      REPORT,
      { input: { projectId: '161', year: 2019, status: 'GREEN', budget: 999 } },
      await asAdmin(),
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'costShares',
    });
    expect(await heliks()).toEqual(before);
  });

  it('keeps a late report on an earlier year in the history without changing the current view', async () => {
    const before = await heliks();
    const result = await stack.query(
      REPORT,
      { input: { projectId: '161', year: 2018, status: 'RED', comment: 'Etterrapportert' } },
      await asAdmin(),
    );
    expect(result.errors).toBeUndefined();
    const after = await heliks();
    expect(after.status).toBe(before.status);
    expect(after.statusReports[0]).toMatchObject({ status: 'RED', comment: 'Etterrapportert' });
    expect(after.version).toBe(before.version + 1);
  });

  it('refuses wrong types before any resolver runs', async () => {
    const result = await stack.query(
      REPORT,
      { input: { projectId: '161', year: 'twenty', status: 'GREEN' } },
      await asAdmin(),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
