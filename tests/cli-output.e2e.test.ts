// The CLIs compose: only their result on stdout (with `npm run -s`), or in a file with --out.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

const run = promisify(execFile);
const ROOT = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-output-'));
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+\n$/;

describe('npm run -s token', () => {
  it('prints only the token', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '-s', 'token', '--', '--role', 'reporter', '--org', 'helse-vest-rhf'],
      { cwd: ROOT },
    );
    expect(stdout).toMatch(JWT);
    expect(decodeJwt(stdout.trim())).toMatchObject({ role: 'reporter', org: 'helse-vest-rhf' });
  });

  it('writes the token to --out, readable by its owner only', async () => {
    const file = path.join(tmp, 'token');
    const { stdout } = await run('node', ['scripts/token.js', '--role', 'admin', '--out', file], {
      cwd: ROOT,
    });
    expect(stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toMatch(JWT);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it('refuses an organisation the API does not know, signing nothing', async () => {
    const failed = await run(
      'node',
      ['scripts/token.js', '--role', 'reporter', '--org', 'helse-vestt-rhf'],
      {
        cwd: ROOT,
      },
    ).catch((error) => error);
    expect(failed.code).toBe(2);
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toMatch(/"helse-vestt-rhf" is no organisation the API knows/);
  });
});

describe.each(BACKENDS)('export on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'cli_output_export');
  });
  afterAll(() => stack?.stop());

  it('prints only the table with -s, and writes the same table to --out', async () => {
    const { stdout } = await run(
      'npm',
      ['run', '-s', 'export', '--', '--year', '2019', '--url', stack.gatewayUrl],
      { cwd: ROOT },
    );
    expect(stdout.split('\n')[0]).toMatch(/^Prioriteringskategori;ID;/);
    const file = path.join(tmp, 'portfolio.csv');
    const written = await run(
      'node',
      ['scripts/export.js', '--year', '2019', '--url', stack.gatewayUrl, '--out', file],
      { cwd: ROOT },
    );
    expect(written.stdout).toBe('');
    expect(fs.readFileSync(file, 'utf8')).toBe(stdout);
  });
});
