import { randomUUID } from 'node:crypto';
import { asAdmin, BACKENDS, type GraphQLResponse, type Stack, startStack } from '@ehelse/test-kit';

/** A reporting year the seed has nothing for: every first write of it inserts new rows. */
const YEAR = 2020;
const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id year budget costShares { amount } } }`;
const IMPORT = `mutation($csv: String!, $year: Int!) { importPortfolioCsv(csv: $csv, year: $year) { year created updated statusReports } }`;
const BUDGET = `query($id: ID!) { project(id: $id) { version budget(year: ${YEAR}) { amount costShares { funder { code } amount } } } }`;
const AUDIT = `query($after: String) { auditEvents(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { action entityId } } } }`;

const PROJECTS = 52;
const REPORTS_PER_PROJECT = 3;
const IMPORTS = 6;

/** Answers a careful client may send again with the same key: nothing or the same was written. */
const RETRYABLE = ['TRANSIENT', 'SUBGRAPH_UNAVAILABLE'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BACKENDS)('concurrent reports and imports for a new year on %s', (backend) => {
  let stack: Stack;
  let admin: Record<string, string>;
  let csv: string;
  let projectIds: string[];
  beforeAll(async () => {
    stack = await startStack(backend, 'concurrent_writes_e2e');
    admin = await asAdmin();
    // The 2019 table, relabelled as the YEAR table it is imported as (the header names the year).
    csv = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv.replace(
      'Budsjett 2019 (MNOK)',
      `Budsjett ${YEAR} (MNOK)`,
    );
    projectIds = csv
      .trim()
      .split('\r\n')
      .slice(1, PROJECTS + 1)
      .map((line) => line.split(';')[1]);
  });
  afterAll(() => stack?.stop());

  async function auditEvents() {
    const events: { action: string; entityId: string }[] = [];
    for (let after: string | undefined; ;) {
      const page = (await stack.query(AUDIT, { after }, admin)).data.auditEvents;
      events.push(...page.edges.map(({ node }: any) => node));
      if (!page.pageInfo.hasNextPage) return events;
      after = page.pageInfo.endCursor;
    }
  }

  /** Every answer any attempt got, to check that none was an internal error. */
  const allAnswers: GraphQLResponse[] = [];
  /** Sends a write as a client should: with an Idempotency-Key, again with it while retryable. */
  async function send(query: string, variables: Record<string, unknown>) {
    const headers = { ...admin, 'idempotency-key': randomUUID() };
    for (let attempt = 1; ; attempt += 1) {
      const answer = await stack.query(query, variables, headers);
      allAnswers.push(answer);
      const code = answer.errors?.[0]?.extensions?.code;
      if (!RETRYABLE.includes(code) || attempt === 5) return answer;
      await pause(Math.random() * 100 * attempt);
    }
  }

  it('answers every write with success or a coded CONFLICT/TRANSIENT, never an internal error, and the data adds up', async () => {
    const eventsBefore = await auditEvents();
    const report = (projectId: string, round: number) => {
      const budget = 10 + round;
      const input = {
        projectId,
        year: YEAR,
        status: ['GREEN', 'YELLOW', 'RED'][round % 3],
        comment: `round ${round}`,
        budget,
        costShares: [
          { funder: 'RHF', amount: budget - 4 },
          { funder: 'HDIR', amount: 4 },
        ],
      };
      return send(REPORT, { input });
    };
    const writes: Promise<GraphQLResponse>[] = [];
    for (let round = 0; round < REPORTS_PER_PROJECT; round += 1) {
      for (const id of projectIds) writes.push(report(id, round));
      if (round < IMPORTS) writes.push(send(IMPORT, { csv, year: YEAR }));
    }
    for (let extra = REPORTS_PER_PROJECT; extra < IMPORTS; extra += 1)
      writes.push(send(IMPORT, { csv, year: YEAR }));
    const answers = await Promise.all(writes);

    const codes = (list: GraphQLResponse[]) =>
      list.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions?.code));
    expect(codes(allAnswers)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(codes(answers).filter((code) => !['CONFLICT', 'TRANSIENT'].includes(code))).toEqual([]);
    const succeeded = answers.filter((answer) => !answer.errors && answer.data);
    const reports = succeeded.filter((answer) => answer.data.reportProjectStatus);
    const imports = succeeded.filter((answer) => answer.data.importPortfolioCsv);
    // Retried, nearly everything goes through; the few refusals are coded and retryable.
    expect(succeeded.length).toBeGreaterThan(answers.length * 0.9);
    expect(imports.length).toBeGreaterThan(0);

    // Each confirmed write left exactly one audit event, however often it was sent; refused ones none.
    const events = await auditEvents();
    const newEvents = events.slice(0, events.length - eventsBefore.length);
    const count = (action: string) => newEvents.filter((event) => event.action === action).length;
    // An import records each colour it changes as a status report; one that changed nothing writes no event.
    const importOf = (answer: GraphQLResponse) => answer.data.importPortfolioCsv;
    const colours = imports.reduce((sum, answer) => sum + importOf(answer).statusReports, 0);
    expect(count('reportProjectStatus')).toBe(reports.length + colours);
    expect(count('importPortfolioCsv')).toBe(
      imports.filter((answer) => importOf(answer).created + importOf(answer).updated > 0).length,
    );

    // Whoever wrote last, each project's 2020 budget and its cost shares were written together.
    for (const id of projectIds) {
      const { budget } = (await stack.query(BUDGET, { id })).data.project;
      const shares = budget?.costShares ?? [];
      const sum = shares.reduce((total: number, share: any) => total + share.amount, 0);
      if (budget?.amount == null) expect(shares).toEqual([]);
      else if (shares.length) expect(sum).toBeCloseTo(budget.amount, 6);
      expect(new Set(shares.map((share: any) => share.funder.code)).size).toBe(shares.length);
    }
  }, 180_000);
});
