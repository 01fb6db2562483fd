import { randomUUID } from 'node:crypto';
import { asAdmin, asReporter, BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

const TOTALS = `{ portfolioSummary(year: 2019) {
  projectCount grossBudget internalTransfers netBudget budgetSum byFunder { funder { code } amount } } }`;
const TRANSFER = `mutation($input: RecordFundingTransferInput!) { recordFundingTransfer(input: $input) { id amount } }`;
const REVERSE = `mutation($input: ReverseFundingTransferInput!) {
  reverseFundingTransfer(input: $input) { id reversedAt reversalReason } }`;
const PROJECT = `{ project(id: "161") { version budget(year: 2019) { amount transfersOut { id } } } }`;

/** Helse Vest RHF's reporter and its own project 161 (Heliks), 139 MNOK in 2019. */
describe.each(BACKENDS)('funding transfers through the gateway on %s', (backend) => {
  let stack: Stack;
  let reporter: Record<string, string>;
  const totals = async () => (await stack.query(TOTALS)).data.portfolioSummary;
  const heliks = async () => (await stack.query(PROJECT)).data.project;
  const transfer = (amount: number, extra: Record<string, unknown> = {}) => ({
    input: { year: 2019, fromProjectId: '161', toProjectId: '47', amount, ...extra },
  });
  beforeAll(async () => {
    stack = await startStack(backend, 'transfers_e2e');
    reporter = await asReporter('helse-vest-rhf');
  });
  afterAll(() => stack?.stop());

  it('refuses a reporter’s 100 000 MNOK from its own project, the 2019 totals unchanged', async () => {
    const before = await totals();
    expect(before.netBudget).toBeGreaterThan(0);
    const result = await stack.query(TRANSFER, transfer(100_000), reporter);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });
    expect(await totals()).toEqual(before);
  });

  it('accepts a transfer within what is left, once per Idempotency-Key', async () => {
    const before = { totals: await totals(), project: await heliks() };
    const headers = { ...reporter, 'idempotency-key': randomUUID() };
    const first = await stack.query(TRANSFER, transfer(39), headers);
    expect(first.errors).toBeUndefined();
    expect(await stack.query(TRANSFER, transfer(39), headers)).toEqual(first);
    expect(await totals()).toMatchObject({
      grossBudget: before.totals.grossBudget,
      internalTransfers: before.totals.internalTransfers + 39,
      netBudget: before.totals.netBudget - 39,
    });
    expect((await heliks()).budget.transfersOut).toHaveLength(
      before.project.budget.transfersOut.length + 1,
    );
  });

  it('refuses a stale expectedVersion of the source project with CONFLICT', async () => {
    const before = { totals: await totals(), project: await heliks() };
    const stale = await stack.query(
      TRANSFER,
      transfer(1, { expectedVersion: before.project.version - 1 }),
      reporter,
    );
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await totals()).toEqual(before.totals);
    expect(await heliks()).toEqual(before.project);
  });

  it('lets an admin reverse a transfer, restoring the totals; a reporter may not', async () => {
    const before = await totals();
    const recorded = await stack.query(TRANSFER, transfer(20), reporter);
    expect(recorded.errors).toBeUndefined();
    expect((await totals()).netBudget).toBe(before.netBudget - 20);
    const input = { transferId: recorded.data.recordFundingTransfer.id, reason: 'Feilført' };
    const refused = await stack.query(REVERSE, { input }, reporter);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const reversed = await stack.query(REVERSE, { input }, await asAdmin());
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data.reverseFundingTransfer).toMatchObject({ reversalReason: 'Feilført' });
    expect(await totals()).toEqual(before);
  });
});
