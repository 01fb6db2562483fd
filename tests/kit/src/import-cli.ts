import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..', '..');
const IMPORT_CLI = path.join(ROOT, 'scripts', 'import.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end and answers its exit code and output, failing or not. */
export function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 50_000_000 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? Number((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

/** `node scripts/import.js FILE ARGS --url URL` (the built CLI, as `npm run -s import` runs it). */
export const importCli = (url: string, file: string, ...args: string[]) =>
  run(process.execPath, [IMPORT_CLI, file, ...args, '--url', url]);

/** A file in a fresh temporary directory. */
export function tempFile(name: string, content?: string | Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-import-')), name);
  if (content !== undefined) fs.writeFileSync(file, content);
  return file;
}
