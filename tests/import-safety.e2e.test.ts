import fs from 'node:fs';
import ExcelJS from 'exceljs';
import {
  asAdmin,
  asReporter,
  BACKENDS,
  importCli,
  run,
  type Stack,
  startStack,
  tempFile,
} from '@ehelse/test-kit';

const IMPORT = `mutation($csv: String!, $year: Int!, $dryRun: Boolean) {
  importPortfolioCsv(csv: $csv, year: $year, dryRun: $dryRun) {
    year created updated unchanged statusReports dryRun rows { row projectId outcome changedFields } } }`;
const VERSIONS = `{ projects(first: 100) { edges { node { id version } } } }`;
const HISTORY = `query($id: ID!) { project(id: $id) { status version
  statusReportsConnection(first: 5) { edges { node { status year projectVersion comment } } } } }`;

/** One line of the table, its cells split (the tests' rows hold no quoted separators). */
const cells = (line: string) => line.split(';');
const lineOf = (csv: string, id: string) => csv.split('\r\n').find((l) => cells(l)[1] === id)!;
const replaceCell = (line: string, index: number, value: string) =>
  cells(line)
    .map((cell, i) => (i === index ? value : cell))
    .join(';');
const STATUS = 7;
const BUDGET = 8;

describe.each(BACKENDS)('imports that never damage data, on %s', (backend) => {
  let stack: Stack;
  let admin: Record<string, string>;
  let exported: string;
  let header: string;

  const versions = async () =>
    Object.fromEntries(
      (await stack.query(VERSIONS)).data.projects.edges.map(({ node }: any) => [
        node.id,
        node.version,
      ]),
    );
  const auditCount = async () =>
    Number((await stack.databases.portfolio!.query('SELECT COUNT(*) AS n FROM audit_event'))[0].n);
  const reportCount = async () =>
    Number(
      (await stack.databases.portfolio!.query('SELECT COUNT(*) AS n FROM project_status_report'))[0]
        .n,
    );
  const importAs = (headers: Record<string, string>, csv: string, year = 2019, dryRun?: boolean) =>
    stack.query(IMPORT, { csv, year, dryRun }, headers);

  beforeAll(async () => {
    stack = await startStack(backend, 'import_safety_e2e');
    admin = await asAdmin();
    exported = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv;
    header = exported.split('\r\n')[0];
  });
  afterAll(() => stack?.stop());

  it('round-trips with the documented commands, and an unchanged re-import writes nothing', async () => {
    const file = tempFile('portfolio-2019.csv');
    const exportRun = await run(
      'sh',
      ['-c', `npm run -s export -- --year 2019 --url "$URL" > "$FILE"`],
      { URL: stack.gatewayUrl, FILE: file },
    );
    expect(exportRun).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readFileSync(file, 'utf8')).toBe(exported);
    expect(header).toContain(';Budsjett 2019 (MNOK);');

    const before = { versions: await versions(), audit: await auditCount() };
    const importRun = await run('npm', [
      'run',
      '-s',
      'import',
      '--',
      file,
      '--year',
      '2019',
      '--url',
      stack.gatewayUrl,
    ]);
    expect(importRun.stderr).toBe('');
    expect(importRun.stdout).toBe(
      'Imported 2019: 0 created, 0 updated, 52 unchanged, 0 status colour(s) recorded as status reports.\n',
    );
    expect(importRun.code).toBe(0);
    expect(await versions()).toEqual(before.versions);
    expect(await auditCount()).toBe(before.audit);

    const answer = await importAs(admin, exported);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.importPortfolioCsv).toMatchObject({ created: 0, updated: 0, unchanged: 52 });
    expect(answer.data.importPortfolioCsv.rows[0]).toEqual({
      row: 2,
      projectId: cells(exported.split('\r\n')[1])[1],
      outcome: 'UNCHANGED',
      changedFields: [],
    });
    expect(await versions()).toEqual(before.versions);
    expect(await auditCount()).toBe(before.audit);
  });

  it('records a changed colour as a status report by the importer, and bumps only that row', async () => {
    const before = { versions: await versions(), reports: await reportCount() };
    expect(cells(lineOf(exported, '161'))[STATUS]).toBe('Gul');
    const csv = exported.replace(
      lineOf(exported, '161'),
      replaceCell(lineOf(exported, '161'), STATUS, 'Rød'),
    );
    const answer = await importAs(admin, csv);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.importPortfolioCsv).toMatchObject({
      updated: 1,
      unchanged: 51,
      statusReports: 1,
    });
    expect(
      answer.data.importPortfolioCsv.rows.find((r: any) => r.projectId === '161'),
    ).toMatchObject({
      outcome: 'UPDATED',
      changedFields: ['status'],
    });
    const { project } = (await stack.query(HISTORY, { id: '161' })).data;
    expect(project.status).toBe('RED');
    expect(project.version).toBe(before.versions['161'] + 1);
    expect(project.statusReportsConnection.edges[0].node).toMatchObject({
      status: 'RED',
      year: 2019,
      projectVersion: project.version,
    });
    expect(await reportCount()).toBe(before.reports + 1);
    const { ['161']: _, ...others } = await versions();
    const { ['161']: __, ...othersBefore } = before.versions;
    expect(others).toEqual(othersBefore);
    // The audit trail shows the status report by the importing caller, beside the import.
    const [last, previous] = await stack.databases.portfolio!.query(
      'SELECT action, entity_id AS entityId, subject FROM audit_event ORDER BY id DESC LIMIT 2',
    );
    expect([previous, last].map((e: any) => e.action).sort()).toEqual([
      'importPortfolioCsv',
      'reportProjectStatus',
    ]);
    expect(previous.subject).toBe('secretariat');
    exported = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv;
  });

  it('refuses a table for another year, through the mutation and the CLI', async () => {
    const before = await versions();
    const answer = await importAs(admin, exported, 2020);
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].extensions?.rowErrors).toEqual([
      expect.objectContaining({ row: 1, message: expect.stringMatching(/for 2019.*not 2020/) }),
    ]);
    const cli = await importCli(stack.gatewayUrl, tempFile('t.csv', exported), '--year', '2020');
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/for 2019.*not 2020/);
    expect(cli.stdout).toBe('');
    expect(await versions()).toEqual(before);
    const none = (await stack.query(`{ project(id: "161") { budget(year: 2020) { amount } } }`))
      .data;
    expect(none.project.budget).toBeNull();
  });

  it('dry-runs with the full per-row diff and writes nothing; the CLI takes the year from the file', async () => {
    const before = {
      versions: await versions(),
      audit: await auditCount(),
      reports: await reportCount(),
    };
    const heliks = replaceCell(replaceCell(lineOf(exported, '161'), BUDGET, '150'), 11, '150');
    const fresh = replaceCell(replaceCell(lineOf(exported, '161'), 1, 'new-7'), STATUS, 'Grønn');
    const csv = `${exported.replace(lineOf(exported, '161'), heliks)}${fresh}\r\n`;
    const answer = await importAs(admin, csv, 2019, true);
    expect(answer.errors).toBeUndefined();
    const result = answer.data.importPortfolioCsv;
    expect(result).toMatchObject({ dryRun: true, created: 1, updated: 1, unchanged: 51 });
    expect(result.rows).toHaveLength(53);
    expect(result.rows.find((r: any) => r.projectId === '161').changedFields).toEqual([
      'budget',
      'costShares',
    ]);
    expect(result.rows.find((r: any) => r.projectId === 'new-7')).toMatchObject({
      row: 54,
      outcome: 'CREATED',
    });

    const cli = await importCli(stack.gatewayUrl, tempFile('dry.csv', csv), '--dry-run');
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('row 54\tnew-7\tCREATED\t');
    expect(cli.stdout).toContain('\t161\tUPDATED\tbudget, costShares\n');
    expect(cli.stdout).toMatch(
      /^Dry run for 2019, nothing written: 1 created, 1 updated, 51 unchanged/m,
    );

    expect(await versions()).toEqual(before.versions);
    expect(await auditCount()).toBe(before.audit);
    expect(await reportCount()).toBe(before.reports);
    expect((await stack.query(`{ project(id: "new-7") { id } }`)).data.project).toBeNull();
  });

  it('refuses a row whose cost shares do not add up to its budget, as reportProjectStatus does', async () => {
    const bad = replaceCell(lineOf(exported, '161'), BUDGET, '140');
    const answer = await importAs(admin, exported.replace(lineOf(exported, '161'), bad));
    expect(answer.errors?.[0].extensions?.rowErrors).toEqual([
      expect.objectContaining({
        column: 'Budsjett (MNOK)',
        message: expect.stringMatching(/139.*140/),
      }),
    ]);
    // Within the table's rounding it adds up.
    const close = replaceCell(lineOf(exported, '161'), BUDGET, '139,004');
    const fine = await importAs(
      admin,
      exported.replace(lineOf(exported, '161'), close),
      2019,
      true,
    );
    expect(fine.errors).toBeUndefined();
  });

  it('reads rich-text, hyperlink and formula cells of an .xlsx as their text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Portefølje');
    sheet.addRow(cells(header));
    const heliks = cells(lineOf(exported, '161'));
    const row = sheet.addRow(
      heliks.map((cell, i) =>
        (i === 0 || i >= BUDGET) && cell !== '' ? Number(cell.replace(',', '.')) : cell,
      ),
    );
    row.getCell(3).value = {
      richText: [{ text: 'Heliks ' }, { font: { bold: true }, text: 'neste' }],
    };
    row.getCell(4).value = { text: 'Helse Vest', hyperlink: 'https://helse-vest.no' };
    row.getCell(BUDGET + 1).value = { formula: '100+39', result: 139 } as ExcelJS.CellFormulaValue;
    const file = tempFile('heliks.xlsx');
    await workbook.xlsx.writeFile(file);

    const cli = await importCli(stack.gatewayUrl, file);
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toMatch(/^Imported 2019: 0 created, 1 updated, 0 unchanged/);
    const { project } = (
      await stack.query(
        `{ project(id: "161") { name responsibleOrganisation { id } budget(year: 2019) { amount } } }`,
      )
    ).data;
    expect(project).toEqual({
      name: 'Heliks neste',
      responsibleOrganisation: { id: 'helse-vest-rhf' },
      budget: { amount: 139 },
    });

    row.getCell(3).value = { formula: 'A1' } as ExcelJS.CellFormulaValue;
    row.getCell(5).value = { error: '#REF!' } as ExcelJS.CellErrorValue;
    await workbook.xlsx.writeFile(file);
    const refused = await importCli(stack.gatewayUrl, file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'row 2, Prosjekt-/programnavn: a formula without a calculated result',
    );
    expect(refused.stderr).toContain('row 2, Prosjektleder/Programleder: the error value #REF!');
    expect(refused.stderr).not.toContain('[object Object]');
    expect((await stack.query(`{ project(id: "161") { name } }`)).data.project.name).toBe(
      'Heliks neste',
    );
  });

  it('lets a reporter import its own organisation’s rows and refuses the others’', async () => {
    const reporter = await asReporter('helse-vest-rhf');
    exported = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv;
    const lines = exported.trim().split('\r\n');
    const own = lines.filter((line) => cells(line)[3] === 'Helse Vest');
    expect(own.length).toBeGreaterThan(0);
    const renamed = own.map((line, i) => (i === 0 ? replaceCell(line, 4, 'Ny Leder') : line));
    const mine = await importAs(reporter, [lines[0], ...renamed].join('\r\n'));
    expect(mine.errors).toBeUndefined();
    expect(mine.data.importPortfolioCsv).toMatchObject({ updated: 1, unchanged: own.length - 1 });

    const before = { versions: await versions(), audit: await auditCount() };
    const other = lines.find((line, i) => i > 0 && cells(line)[3] !== 'Helse Vest')!;
    const moved = replaceCell(own[1] ?? own[0], 3, cells(other)[3]);
    const refused = await importAs(
      reporter,
      [lines[0], ...renamed.map((l, i) => (i === 0 ? replaceCell(l, 4, 'Annen') : l)), other].join(
        '\r\n',
      ),
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.rowErrors).toEqual([
      expect.objectContaining({
        row: own.length + 2,
        column: 'ID',
        message: expect.stringMatching(/reporter for helse-vest-rhf/),
      }),
    ]);
    const movedAnswer = await importAs(reporter, [lines[0], moved].join('\r\n'));
    expect(movedAnswer.errors?.[0].extensions?.rowErrors).toEqual([
      expect.objectContaining({ row: 2, column: 'Ansvarlig virksomhet' }),
    ]);
    expect(await versions()).toEqual(before.versions);
    expect(await auditCount()).toBe(before.audit);

    const all = await importAs(admin, exported, 2019, true);
    expect(all.errors).toBeUndefined();
    const anonymous = await stack.query(IMPORT, { csv: exported, year: 2019 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
