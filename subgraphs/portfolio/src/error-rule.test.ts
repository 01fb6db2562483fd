import { randomUUID } from 'node:crypto';
import type { DataSource, ObjectLiteral } from 'typeorm';
import type { Principal } from '@ehelse/shared/runtime';
import {
  BACKENDS,
  type Harness,
  openHarness,
  TEST_ADMIN,
  TEST_READER,
  testConfig,
} from '@ehelse/test-kit';
import { portfolioSubgraph } from './main';

const REPORTER: Principal = {
  subject: 'test-reporter',
  role: 'reporter',
  organisationId: 'helse-vest-rhf',
};

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id } }`;
const REPORT = `mutation($input: ReportProjectStatusInput!) { reportProjectStatus(input: $input) { id } }`;
const TRANSFER = `mutation($input: RecordFundingTransferInput!) { recordFundingTransfer(input: $input) { id } }`;
const REVERSE = `mutation($input: ReverseFundingTransferInput!) { reverseFundingTransfer(input: $input) { id } }`;
const IMPORT = `mutation($csv: String!, $year: Int!) { importPortfolioCsv(csv: $csv, year: $year) { created } }`;

const PROJECT = {
  id: '9001',
  name: 'Nytt prosjekt',
  responsibleOrganisationId: 'helse-vest-rhf',
  phase: 'EXECUTION',
  focusAreaCode: '1.1',
};
const STATUS = { projectId: '107', year: 2019, status: 'GREEN' };
const MOVE = { year: 2019, fromProjectId: '107', toProjectId: '11', amount: 1 };

/** Every row a portfolio write may touch, to prove a refused write changed nothing. */
async function writableState(dataSource: DataSource) {
  // Sorted as text so the comparison does not depend on the backend's row order.
  const rows = async (entity: string) =>
    (await dataSource.getRepository<ObjectLiteral>(entity).find())
      .map((row) => JSON.stringify(row))
      .sort();
  return {
    projects: await rows('Project'),
    budgets: await rows('ProjectBudget'),
    costShares: await rows('CostShare'),
    transfers: await rows('FundingTransfer'),
    statusReports: await rows('ProjectStatusReport'),
    auditEvents: await dataSource.getRepository('AuditEvent').count(),
    idempotencyKeys: await dataSource.getRepository('IdempotencyRecord').count(),
  };
}

/*
 * One rule across the subgraphs (shared/src/errors.ts): a write whose target does not exist
 * is NOT_FOUND with the id; an input referring to something that does not exist, or an id
 * that cannot exist, is BAD_USER_INPUT naming the field; a missing read target is null.
 */
describe.each(BACKENDS)('the portfolio error rule on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'portfolio_error_rule'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  /** The one error of a write, which must leave every row as it was. */
  const refusal = async (
    query: string,
    variables: Record<string, unknown>,
    principal: Principal | null = TEST_ADMIN,
  ) => {
    const before = await writableState(harness.dataSource);
    const { errors } = await harness.as(principal, query, variables);
    expect(await writableState(harness.dataSource)).toEqual(before);
    expect(errors).toHaveLength(1);
    const [{ message, extensions }] = errors!;
    return { message, ...extensions };
  };

  it.each([
    ['an unknown project', 'Project', '9999', UPDATE, { id: '9999', name: 'Nytt navn' }],
    ['an unknown project', 'Project', '9999', REPORT, { ...STATUS, projectId: '9999' }],
    [
      'an unknown transfer',
      'FundingTransfer',
      '999999',
      REVERSE,
      { transferId: '999999', reason: 'Feilføring' },
    ],
  ])(
    'a write whose target is %s is NOT_FOUND, with the id (%#)',
    async (_case, what, id, query, input) => {
      expect(await refusal(query, { input })).toEqual({
        code: 'NOT_FOUND',
        id,
        message: `${what} "${id}" does not exist`,
      });
    },
  );

  it.each([
    [
      'an unknown organisation',
      'responsibleOrganisationId',
      'organisation',
      'ukjent-virksomhet',
      CREATE,
      { ...PROJECT, responsibleOrganisationId: 'ukjent-virksomhet' },
    ],
    [
      'an unknown innsatsområde',
      'focusAreaCode',
      'innsatsområde',
      '9.9',
      CREATE,
      { ...PROJECT, focusAreaCode: '9.9' },
    ],
    [
      'an unknown organisation',
      'responsibleOrganisationId',
      'organisation',
      'ukjent-virksomhet',
      UPDATE,
      { id: '107', responsibleOrganisationId: 'ukjent-virksomhet' },
    ],
    [
      'an unknown innsatsområde',
      'focusAreaCode',
      'innsatsområde',
      '9.9',
      UPDATE,
      { id: '107', focusAreaCode: '9.9' },
    ],
    [
      'an unknown funder',
      'costShares[0].funder',
      'funder',
      'Ukjent',
      REPORT,
      { ...STATUS, costShares: [{ funder: 'Ukjent', amount: 1 }] },
    ],
    [
      'an unknown source project',
      'fromProjectId',
      'project',
      '9999',
      TRANSFER,
      { ...MOVE, fromProjectId: '9999' },
    ],
    [
      'an unknown target project',
      'toProjectId',
      'project',
      '9999',
      TRANSFER,
      { ...MOVE, toProjectId: '9999' },
    ],
  ])(
    'a write referring to %s is BAD_USER_INPUT naming the field (%#)',
    async (_case, field, what, id, query, input) => {
      expect(await refusal(query, { input })).toEqual({
        code: 'BAD_USER_INPUT',
        field,
        id,
        message: `Unknown ${what} "${id}"`,
      });
    },
  );

  it.each([
    ['id', CREATE, { ...PROJECT, id: 'ikke et id' }],
    ['responsibleOrganisationId', CREATE, { ...PROJECT, responsibleOrganisationId: 'Helse Vest' }],
    ['focusAreaCode', CREATE, { ...PROJECT, focusAreaCode: '1 1' }],
    ['responsibleOrganisationId', UPDATE, { id: '107', responsibleOrganisationId: 'Helse Vest' }],
    ['focusAreaCode', UPDATE, { id: '107', focusAreaCode: '1 1' }],
    ['fromProjectId', TRANSFER, { ...MOVE, fromProjectId: '10 7' }],
    ['toProjectId', TRANSFER, { ...MOVE, toProjectId: '1/1' }],
    ['transferId', REVERSE, { transferId: 'første', reason: 'Feilføring' }],
  ])(
    'refuses a malformed %s with BAD_USER_INPUT, without a statement',
    async (field, query, input) => {
      const before = await writableState(harness.dataSource);
      const { result, statements } = await harness.asMeasured(TEST_ADMIN, query, { input });
      expect(result.errors?.map((e) => e.extensions)).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      ]);
      expect(statements).toBe(0);
      expect(await writableState(harness.dataSource)).toEqual(before);
    },
  );

  it('answers NOT_FOUND for a target id that cannot exist, without a statement', async () => {
    for (const [query, input] of [
      [UPDATE, { id: 'ikke et id', name: 'Nytt navn' }],
      [REPORT, { ...STATUS, projectId: 'ikke et id' }],
    ] as const) {
      const { result, statements } = await harness.asMeasured(TEST_ADMIN, query, { input });
      expect(result.errors?.map((e) => e.extensions)).toEqual([
        { code: 'NOT_FOUND', id: 'ikke et id' },
      ]);
      expect(statements).toBe(0);
    }
  });

  it('answers null for a missing read target', async () => {
    const { data } = await harness.run(`{
      project(id: "9999") { id }
      malformed: project(id: "ikke et id") { id }
      organisation(id: "ukjent-virksomhet") { id }
      portfolioReport(year: 2030) { id }
      known: project(id: "107") { budget(year: 2030) { id } }
    }`);
    expect(data).toEqual({
      project: null,
      malformed: null,
      organisation: null,
      portfolioReport: null,
      known: { budget: null },
    });
  });

  it('checks the role before the input: a control character is not looked at without one', async () => {
    const input = { ...PROJECT, name: 'Nytt\u0001prosjekt' };
    const codes = async (principal: Principal | null) => {
      const { result, statements } = await harness.asMeasured(principal, CREATE, { input });
      expect(statements).toBe(0);
      return result.errors?.map((e) => e.extensions?.code);
    };
    const before = await writableState(harness.dataSource);
    expect(await codes(null)).toEqual(['UNAUTHENTICATED']);
    expect(await codes(TEST_READER)).toEqual(['FORBIDDEN']);
    expect(await codes(TEST_ADMIN)).toEqual(['BAD_USER_INPUT']);
    expect(await writableState(harness.dataSource)).toEqual(before);
  });

  it.each([
    ['BAD_USER_INPUT', 'a blank name', CREATE, { ...PROJECT, name: ' \u200b ' }, TEST_ADMIN],
    [
      'BAD_USER_INPUT',
      'a priority category of 3',
      UPDATE,
      { id: '107', priorityCategory: 3 },
      TEST_ADMIN,
    ],
    ['BAD_USER_INPUT', 'a year out of range', REPORT, { ...STATUS, year: 1999 }, TEST_ADMIN],
    ['BAD_USER_INPUT', 'a negative budget', REPORT, { ...STATUS, budget: -1 }, TEST_ADMIN],
    ['BAD_USER_INPUT', 'a transfer of nothing', TRANSFER, { ...MOVE, amount: 0 }, TEST_ADMIN],
    [
      'BAD_USER_INPUT',
      'a transfer to itself',
      TRANSFER,
      { ...MOVE, toProjectId: '107' },
      TEST_ADMIN,
    ],
    ['BAD_USER_INPUT', 'a blank reason', REVERSE, { transferId: '1', reason: '  ' }, TEST_ADMIN],
    [
      'FORBIDDEN',
      'a reporter’s project for another organisation',
      CREATE,
      { ...PROJECT, responsibleOrganisationId: 'helse-nord-rhf' },
      REPORTER,
    ],
  ])(
    'refuses an input as %s (%s) before any statement, whatever Idempotency-Key comes with it',
    async (code, _case, query, input, principal) => {
      const key = randomUUID();
      // The key twice: a refused request stores nothing under it, so the repeat is refused again.
      for (const idempotencyKey of [undefined, key, key]) {
        const { result, statements } = await harness.asMeasured(
          principal,
          query,
          { input },
          idempotencyKey,
        );
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual([code]);
        expect(statements).toBe(0);
      }
    },
  );

  it('refuses an import of a year out of range before any statement', async () => {
    const { result, statements } = await harness.asMeasured(
      TEST_ADMIN,
      IMPORT,
      { csv: 'Prosjekt-ID', year: 1999 },
      randomUUID(),
    );
    expect(result.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'year' }),
    ]);
    expect(statements).toBe(0);
  });

  it('refuses bad input under a key an earlier write answered, instead of repeating that answer', async () => {
    const key = randomUUID();
    const first = await harness.asMeasured(
      TEST_ADMIN,
      UPDATE,
      { input: { id: '107', leader: 'Ny leder' } },
      key,
    );
    expect(first.result.errors).toBeUndefined();
    // The count counts: a write that got past its check read, wrote and kept its answer.
    expect(first.statements).toBeGreaterThan(0);
    const { result, statements } = await harness.asMeasured(
      TEST_ADMIN,
      UPDATE,
      { input: { id: '107', leader: '   ' } },
      key,
    );
    expect(result.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'leader' }),
    ]);
    expect(statements).toBe(0);
  });
});
