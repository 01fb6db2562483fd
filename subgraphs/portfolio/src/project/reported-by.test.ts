import type { Principal } from '@ehelse/shared/runtime';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';
import { REDACTED_SUBJECT } from './status-report.entity';

const reporter = (organisationId: string, subject = `${organisationId}-system`): Principal => ({
  subject,
  role: 'reporter',
  organisationId,
});
const REPORT = `mutation($input: ReportProjectStatusInput!) { reportProjectStatus(input: $input) { reportedBy } }`;
const HISTORY = `{ project(id: "161") { statusReportsConnection(first: 1) { edges { node { reportedBy } } } } }`;

describe.each(BACKENDS)('who reported a status, on %s', (backend) => {
  let harness: Harness;
  const as = (...request: Parameters<Harness['as']>) => harness.as(...request);
  const reportedBy = async (principal: Principal | null) => {
    const { data, errors } = await as(principal, HISTORY);
    expect(errors).toBeUndefined();
    return (data as any).project.statusReportsConnection.edges[0].node.reportedBy;
  };

  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'reported_by'),
      backend === 'sqljs',
    );
    const { data, errors } = await as(reporter('helse-vest-rhf', 'kari@helse-vest'), REPORT, {
      input: { projectId: '161', year: 2019, status: 'GREEN' },
    });
    expect(errors).toBeUndefined();
    // The reporter's own answer names it: it acts for the project's organisation.
    expect((data as any).reportProjectStatus.reportedBy).toBe('kari@helse-vest');
  });
  afterAll(() => harness?.close());

  it('shows the token subject to admins and to the project’s own organisation', async () => {
    expect(
      await reportedBy({ subject: 'sekretariatet', role: 'admin', organisationId: null }),
    ).toBe('kari@helse-vest');
    expect(await reportedBy(reporter('helse-vest-rhf'))).toBe('kari@helse-vest');
  });

  it('redacts it for anonymous callers, readers and other organisations', async () => {
    expect(await reportedBy(null)).toBe(REDACTED_SUBJECT);
    expect(await reportedBy({ subject: 'leser', role: 'reader', organisationId: null })).toBe(
      REDACTED_SUBJECT,
    );
    // A reader carrying the organisation's claim is not one of its reporters.
    expect(
      await reportedBy({ subject: 'leser', role: 'reader', organisationId: 'helse-vest-rhf' }),
    ).toBe(REDACTED_SUBJECT);
    expect(await reportedBy(reporter('helse-nord-rhf'))).toBe(REDACTED_SUBJECT);
  });
});
