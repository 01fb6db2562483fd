import { importTable } from '../bench/import-table';
import { BACKENDS, importCli, type Stack, startStack, tempFile } from '@ehelse/test-kit';

const ROWS = 5000;

describe.each(BACKENDS)('a generated table of %s rows through the CLI', (backend) => {
  let stack: Stack;
  let file: string;
  beforeAll(async () => {
    stack = await startStack(backend, 'import_large_e2e');
    const funders = (await stack.query(`{ funders { code } }`)).data.funders.map(
      (f: any) => f.code,
    );
    file = tempFile('generated.csv', importTable(ROWS, 2019, funders));
  });
  afterAll(() => stack?.stop());

  it(`imports ${ROWS} rows in parts under the body limit, with progress on stderr, and re-imports them as unchanged`, async () => {
    const first = await importCli(stack.gatewayUrl, file);
    expect(first.stdout).toMatch(
      new RegExp(`^Imported 2019: ${ROWS} created, 0 updated, 0 unchanged`),
    );
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^importing: part 1\/\d+, \d+\/5000 rows/m);
    expect(first.stderr).toMatch(/part (\d+)\/\1, 5000\/5000 rows/);
    const count = await stack.query(`{ projects(first: 1) { totalCount } }`);
    expect(count.data.projects.totalCount).toBe(52 + ROWS);

    const again = await importCli(stack.gatewayUrl, file);
    expect(again.stdout).toMatch(
      new RegExp(`^Imported 2019: 0 created, 0 updated, ${ROWS} unchanged`),
    );
  }, 300_000);
});
