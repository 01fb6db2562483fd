import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { asAdmin, asReporter, BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

const FORMULA = '=HYPERLINK("http://x","y")';
const LEADER = '@SUM(1+1)*cmd|"/C calc"!A0';
const UPDATE = `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { name leader } }`;
const IMPORT = `mutation($csv: String!) { importPortfolioCsv(csv: $csv, year: 2019) { updated } }`;
const EXPORT_CLI = path.join(__dirname, '..', 'scripts', 'export.js');
/** A cell a spreadsheet would run: text starting with =, +, -, @, tab or carriage return. */
const runnable = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(,\d+)?$/.test(cell);

/** Splits the export as a spreadsheet does, keeping each field exactly as written. */
const fields = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .flatMap((line) => line.match(/("([^"]|"")*"|[^;]*)(?=;|$)/g) ?? [])
    .map((field) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field));

describe.each(BACKENDS)('exports safe to open in a spreadsheet, on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'export_safety_e2e');
    const update = await stack.query(
      UPDATE,
      { input: { id: '161', name: FORMULA, leader: LEADER } },
      await asReporter('helse-vest-rhf'),
    );
    expect(update.errors).toBeUndefined();
  });
  afterAll(() => stack?.stop());

  it('neutralises a reporter’s formula in portfolioCsv and in `npm run export`', async () => {
    const csv: string = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv;
    const heliks = csv.split('\r\n').find((line) => line.includes(';161;'));
    expect(heliks).toContain(`;"'=HYPERLINK(""http://x"",""y"")";`);
    expect(heliks).toContain(`;"'@SUM(1+1)*cmd|""/C calc""!A0";`);
    expect(fields(csv).filter(runnable)).toEqual([]);

    const { stdout } = await promisify(execFile)(process.execPath, [
      EXPORT_CLI,
      '--year',
      '2019',
      '--url',
      stack.gatewayUrl,
    ]);
    expect(stdout).toBe(csv);
  });

  it('reads a neutralised cell back as the original text on import', async () => {
    const csv: string = (await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv;
    const imported = await stack.query(IMPORT, { csv }, await asAdmin());
    expect(imported.errors).toBeUndefined();
    const { project } = (await stack.query(`{ project(id: "161") { name leader } }`)).data;
    expect(project).toEqual({ name: FORMULA, leader: LEADER });
    expect((await stack.query(`{ portfolioCsv(year: 2019) }`)).data.portfolioCsv).toBe(csv);
  });

  it('hides a reporter’s token subject from anonymous callers', async () => {
    await stack.query(
      `mutation { reportProjectStatus(input: { projectId: "161", year: 2019, status: GREEN }) { id } }`,
      undefined,
      await asReporter('helse-vest-rhf'),
    );
    const history = `{ project(id: "161") { statusReportsConnection(first: 1) { edges { node { reportedBy } } } } }`;
    const node = async (headers?: Record<string, string>) =>
      (await stack.query(history, undefined, headers)).data.project.statusReportsConnection.edges[0]
        .node;
    expect(await node()).toEqual({ reportedBy: 'redacted' });
    expect(await node(await asReporter('helse-nord-rhf'))).toEqual({ reportedBy: 'redacted' });
    expect((await node(await asAdmin())).reportedBy).not.toBe('redacted');
  });
});
