import { randomUUID } from 'node:crypto';
import type { Principal } from '@ehelse/shared/runtime';
import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';

const ADMIN: Principal = { subject: 'test-admin', role: 'admin', organisationId: null };
/** Helse Vest RHF is responsible for project 161 (Heliks); project 107 is the directorate's. */
const VEST: Principal = {
  subject: 'vest-system',
  role: 'reporter',
  organisationId: 'helse-vest-rhf',
};

const TRANSFER = `mutation($input: RecordFundingTransferInput!) {
  recordFundingTransfer(input: $input) { id amount reversedAt reversalReason from { id } to { id } } }`;
const REVERSE = `mutation($input: ReverseFundingTransferInput!) {
  reverseFundingTransfer(input: $input) { id amount reversedAt reversalReason } }`;
const REPORT = `mutation($input: ReportProjectStatusInput!) { reportProjectStatus(input: $input) { id } }`;
const TOTALS = `{ portfolioSummary(year: 2019) { grossBudget internalTransfers netBudget budgetSum } }`;
const PROJECT = `query($id: ID!) { project(id: $id) { version budget(year: 2019) { amount transfersOut { id amount reversedAt } } } }`;
const AUDIT = `{ auditEvents(first: 5) { edges { node { action entityId subject before after } } } }`;

describe.each(BACKENDS)('guarded funding transfers on %s', (backend) => {
  let harness: Harness;
  const as = (...request: Parameters<Harness['as']>) => harness.as(...request);
  const totals = async () => (await harness.run(TOTALS)).data.portfolioSummary;
  const project = async (id: string) => (await harness.run(PROJECT, { id })).data.project;
  const transfer = (amount: number, extra: Record<string, unknown> = {}) => ({
    input: { year: 2019, fromProjectId: '161', toProjectId: '47', amount, ...extra },
  });

  beforeAll(async () => {
    harness = await openHarness(
      portfolioSubgraph,
      await testConfig(backend, 'funding_transfers'),
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('refuses 100 000 MNOK from a reporter’s own project, leaving every total as it was', async () => {
    const before = { totals: await totals(), project: await project('161') };
    const { errors } = await as(VEST, TRANSFER, transfer(100_000));
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    expect(errors?.[0].extensions?.available).toBe(before.project.budget.amount);
    expect(await totals()).toEqual(before.totals);
    expect(await project('161')).toEqual(before.project);
  });

  it('cannot push a year’s net budget below zero with a budget that has no cost shares', async () => {
    // The attack found in review: 161 reports a budget without cost shares (adding nothing
    // to the national gross), transfers it to 51, and 51 then drops its cost shares.
    const report = (projectId: string, budget: number, costShares?: object[]) =>
      as(VEST, REPORT, {
        input: {
          projectId,
          year: 2033,
          status: 'GREEN',
          budget,
          ...(costShares ? { costShares } : {}),
        },
      });
    expect((await report('51', 50, [{ funder: 'RHF', amount: 50 }])).errors).toBeUndefined();
    expect((await report('161', 50)).errors).toBeUndefined();
    const { errors } = await as(VEST, TRANSFER, {
      input: { year: 2033, fromProjectId: '161', toProjectId: '51', amount: 50 },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const summary = await harness.run(`{ portfolioSummary(year: 2033) { netBudget } }`);
    expect(summary.data.portfolioSummary.netBudget).toBeGreaterThanOrEqual(0);
  });

  it('refuses a reporter’s transfer from another organisation’s project', async () => {
    const { errors } = await as(VEST, TRANSFER, {
      input: { year: 2019, fromProjectId: '107', toProjectId: '161', amount: 1 },
    });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts a transfer within what is left, and then only what is left', async () => {
    const before = { totals: await totals(), project: await project('161') };
    const budget = before.project.budget.amount;
    const { data, errors } = await as(VEST, TRANSFER, transfer(budget - 10));
    expect(errors).toBeUndefined();
    expect((data as any).recordFundingTransfer).toMatchObject({
      amount: budget - 10,
      reversedAt: null,
      from: { id: '161' },
      to: { id: '47' },
    });
    expect(await totals()).toMatchObject({
      internalTransfers: before.totals.internalTransfers + budget - 10,
      netBudget: before.totals.netBudget - (budget - 10),
    });
    // A transfer changes what the project has left: its version moves on.
    expect((await project('161')).version).toBe(before.project.version + 1);
    const more = await as(VEST, TRANSFER, transfer(10.01));
    expect(more.errors?.[0].extensions).toMatchObject({ field: 'amount', available: 10 });
  });

  it('refuses a stale expectedVersion with CONFLICT and writes nothing', async () => {
    const before = { totals: await totals(), project: await project('161') };
    const { errors } = await as(
      VEST,
      TRANSFER,
      transfer(1, { expectedVersion: before.project.version - 1 }),
    );
    expect(errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: before.project.version,
    });
    expect(await totals()).toEqual(before.totals);
    expect(await project('161')).toEqual(before.project);
    const current = await as(
      VEST,
      TRANSFER,
      transfer(1, { expectedVersion: before.project.version }),
    );
    expect(current.errors).toBeUndefined();
  });

  it('records a transfer once for an Idempotency-Key sent twice', async () => {
    const key = randomUUID();
    const before = await project('161');
    const first = await as(VEST, TRANSFER, transfer(2), key);
    const again = await as(VEST, TRANSFER, transfer(2), key);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    const after = await project('161');
    expect(after.budget.transfersOut).toHaveLength(before.budget.transfersOut.length + 1);
    expect(after.version).toBe(before.version + 1);
  });

  it('lets an admin reverse a transfer: kept, marked, audited, and out of every total', async () => {
    const before = { totals: await totals(), project: await project('161') };
    const recorded = (await as(VEST, TRANSFER, transfer(5))).data as any;
    const id = recorded.recordFundingTransfer.id;
    const input = { transferId: id, reason: '  Ført på feil prosjekt ' };

    expect((await as(VEST, REVERSE, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const stale = await as(ADMIN, REVERSE, {
      input: { ...input, expectedVersion: before.project.version },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const { data, errors } = await as(ADMIN, REVERSE, { input });
    expect(errors).toBeUndefined();
    expect((data as any).reverseFundingTransfer).toMatchObject({
      id,
      amount: 5,
      reversalReason: 'Ført på feil prosjekt',
      reversedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(await totals()).toEqual(before.totals);
    const kept = (await project('161')).budget.transfersOut.find((t: any) => t.id === id);
    expect(kept).toMatchObject({ amount: 5, reversedAt: expect.any(String) });
    const [event] = ((await as(ADMIN, AUDIT)).data as any).auditEvents.edges.map(
      (e: any) => e.node,
    );
    expect(event).toMatchObject({
      action: 'reverseFundingTransfer',
      entityId: id,
      subject: 'test-admin',
      before: { reversedAt: null },
      after: { reversalReason: 'Ført på feil prosjekt' },
    });

    const twice = await as(ADMIN, REVERSE, { input });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const unknown = await as(ADMIN, REVERSE, { input: { ...input, transferId: '999999' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const malformed = await as(ADMIN, REVERSE, { input: { ...input, transferId: '1\u0000' } });
    expect(malformed.errors?.[0].extensions).toMatchObject({ field: 'transferId' });
    const blank = await as(ADMIN, REVERSE, { input: { ...input, reason: '  ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ field: 'reason' });
  });

  it('refuses a status report that sets a budget below what the project already passed on', async () => {
    const passedOn = (await project('161')).budget.transfersOut
      .filter((t: any) => t.reversedAt === null)
      .reduce((sum: number, t: any) => sum + t.amount, 0);
    const { errors } = await as(VEST, REPORT, {
      input: {
        projectId: '161',
        year: 2019,
        status: 'GREEN',
        budget: passedOn - 1,
        costShares: [{ funder: 'RHF', amount: passedOn - 1 }],
      },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budget' });
  });
});
