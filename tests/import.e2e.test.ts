import { asAdmin, asReporter, BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

const TOTALS = `{ portfolioSummary(year: 2019) {
  projectCount grossBudget netBudget internalTransfers budgetSum
  byFunder { funder { code } amount } byFocusArea { focusArea { code } amount projectCount } } }`;
const IMPORT = `mutation($csv: String!) { importPortfolioCsv(csv: $csv, year: 2019) { created updated } }`;
const TRANSFER = `mutation($input: RecordFundingTransferInput!) { recordFundingTransfer(input: $input) { amount } }`;

/** Empties the portfolio of projects, keeping organisations, innsatsområder and funders. */
async function emptyPortfolio(stack: Stack) {
  const db = stack.databases.portfolio!;
  for (const table of [
    'cost_share',
    'project_budget',
    'funding_transfer',
    'project_status_report',
    'project',
  ]) {
    await db.query(`DELETE FROM ${table}`);
  }
}

describe.each(BACKENDS)('portfolio table import and export on %s', (backend) => {
  let stack: Stack;
  let seededTotals: any;
  let exported: string;
  let transfers: { to: { id: string }; amount: number }[];
  beforeAll(async () => {
    stack = await startStack(backend, 'import_e2e');
    transfers = (
      await stack.query(
        `{ project(id: "107") { budget(year: 2019) { transfersOut { to { id } amount } } } }`,
      )
    ).data.project.budget.transfersOut;
    seededTotals = (await stack.query(TOTALS)).data.portfolioSummary;
    exported = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv;
  });
  afterAll(() => stack?.stop());

  it('exports the 2019 table in the documents’ column layout', () => {
    const lines = exported.trim().split('\r\n');
    expect(lines).toHaveLength(53);
    expect(lines[0]).toBe(
      'Prioriteringskategori;ID;Prosjekt-/programnavn;Ansvarlig virksomhet;Prosjektleder/Programleder;Fase;Innsatsområde;Status;Budsjett 2019 (MNOK);E-helse;HDIR;RHF;NIKT;KS/kommune;FHI;NHN;Fastlege;SLV;Andre;Ikke oppgitt',
    );
    expect(lines.find((l) => l.includes(';161;'))).toMatch(
      /^2;161;Heliks;Helse Vest;Herlof Nilsen;Gjennomføring;1\.1 .*;Gul;139;;;139;/,
    );
  });

  it('reproduces the seeded totals when the table is imported into an empty portfolio', async () => {
    await emptyPortfolio(stack);
    expect((await stack.query(TOTALS)).data.portfolioSummary.projectCount).toBe(0);
    const imported = await stack.query(IMPORT, { csv: exported }, await asAdmin());
    expect(imported.errors).toBeUndefined();
    expect(imported.data.importPortfolioCsv).toEqual({ created: 52, updated: 0 });
    // The table layout has no transfer column: the document states the two transfers in a footnote.
    expect(transfers.map((t) => t.amount).sort((a, b) => a - b)).toEqual([2, 10]);
    for (const { to, amount } of transfers) {
      const transfer = await stack.query(
        TRANSFER,
        { input: { year: 2019, fromProjectId: '107', toProjectId: to.id, amount } },
        await asAdmin(),
      );
      expect(transfer.errors).toBeUndefined();
    }
    expect((await stack.query(TOTALS)).data.portfolioSummary).toEqual(seededTotals);
  });

  it('imports nothing from a table with a bad row, and names the row', async () => {
    const before = (await stack.query(TOTALS)).data.portfolioSummary;
    const lines = exported.trim().split('\r\n');
    lines[5] = lines[5].replace(/;(Gjennomføring|Konsept|Planlegging);/, ';Ferdig snart;');
    lines[9] = lines[9].replace(/^(\d?;[^;]+;[^;]+;)[^;]+;/, '$1Ukjent virksomhet;');
    const extra = lines[2].replace(/^(\d?;)[^;]+;/, '$1new-1;');
    const result = await stack.query(
      IMPORT,
      { csv: [...lines, extra].join('\r\n') },
      await asAdmin(),
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.rowErrors).toEqual([
      expect.objectContaining({ row: 6, column: 'Fase' }),
      expect.objectContaining({ row: 10, column: 'Ansvarlig virksomhet' }),
    ]);
    expect(result.errors?.[0].message).toMatch(/row 6/);
    expect((await stack.query(TOTALS)).data.portfolioSummary).toEqual(before);
    expect((await stack.query(`{ project(id: "new-1") { id } }`)).data.project).toBeNull();
  });

  it('refuses a reporter the rows of other organisations', async () => {
    const result = await stack.query(IMPORT, { csv: exported }, await asReporter('helse-vest-rhf'));
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.rowErrors.length).toBeGreaterThan(0);
  });
});
