import fs from 'node:fs';
import { lockEmbeddedFile, unlockEmbeddedFile } from './embedded-lock';
import path from 'node:path';

/*
 * The embedded database's file on disk. sql.js keeps the whole database in memory and
 * hands us a complete image after each commit; the file is only ever replaced whole:
 *
 *   1. the image is written to `<file>.tmp-<pid>` in the same folder and fsynced,
 *   2. the current file is hard-linked as `<file>.last-good` (via a temporary name and
 *      a rename, so the old copy is replaced atomically too),
 *   3. the temporary file is renamed over `<file>`, and the folder is fsynced, so the
 *      renames themselves survive power loss.
 *
 * A crash at any moment leaves `<file>` either the old or the new complete image, never
 * a mix, and a write the API confirmed has passed step 3. `last-good` costs one link per
 * write (no copy): it is the image before the latest write, complete and fsynced when it
 * was written, and never written to again since files are only replaced, not edited.
 *
 * Why sql.js with this, and not an engine that is crash-safe by design: better-sqlite3
 * and sqlite3 fetch their binaries from GitHub (or need a compiler) and Node 20 has no
 * node:sqlite. libsql (prebuilt binaries in the npm registry, usable through TypeORM's
 * better-sqlite3 driver) writes in 0.4 ms with WAL at any size, but is a native binary for
 * a fixed list of platforms and a new engine under every query. Replacing the file costs
 * about 2.6 ms per write at the 2019 dataset (0.2 MB), 7 ms at 2 MB and 24 ms at 8 MB here
 * (the old in-place save without fsync: 1.1, 3.7, 16 ms): ample for this API's writes.
 */

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export const lastGoodCopyOf = (file: string) => `${file}.last-good`;
const temporaryFileOf = (file: string) => `${file}.tmp-${process.pid}`;
const isTemporaryFileOf = (file: string, candidate: string) =>
  candidate.startsWith(`${path.basename(file)}.tmp-`) ||
  candidate === path.basename(`${lastGoodCopyOf(file)}.tmp`);

/** Why the service refuses to open an embedded database file; the message says what to do. */
export class EmbeddedFileError extends Error {
  constructor(
    readonly file: string,
    problem: string,
    advice: string,
  ) {
    super(
      `Embedded database ${file} ${problem}. The service will not start on it, so nothing is seeded over it. ${advice}`,
    );
    this.name = 'EmbeddedFileError';
  }
}

/**
 * Replaces `file` with `bytes` so that a crash or power loss leaves either the old or
 * the new content. Synchronous on purpose: sql.js already blocks while exporting, and
 * one uninterrupted step means two saves can never interleave or land out of order.
 */
export function writeFileAtomically(file: string, bytes: Uint8Array): void {
  const temporary = temporaryFileOf(file);
  const descriptor = fs.openSync(temporary, 'w');
  try {
    fs.writeSync(descriptor, bytes);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  keepPreviousAsLastGood(file);
  fs.renameSync(temporary, file);
  fsyncFolder(path.dirname(file));
}

function keepPreviousAsLastGood(file: string): void {
  const lastGood = lastGoodCopyOf(file);
  const staging = `${lastGood}.tmp`;
  fs.rmSync(staging, { force: true });
  try {
    fs.linkSync(file, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // first write: there is no previous file
    // Some file systems (FAT, a few network mounts) have no hard links: copy instead.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK')
      throw error;
    fs.copyFileSync(file, staging);
  }
  fs.renameSync(staging, lastGood);
}

function fsyncFolder(folder: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = fs.openSync(folder, 'r');
    fs.fsyncSync(descriptor);
  } catch (error) {
    // Windows cannot open or fsync a folder; its renames are durable by themselves.
    if (process.platform !== 'win32') throw error;
  } finally {
    if (descriptor !== undefined) fs.closeSync(descriptor);
  }
}

/** What opens a database image to check it; sql.js in production. */
export type IntegrityCheck = (bytes: Uint8Array) => Promise<string | undefined>;

/**
 * Reads the database file for the service to open: undefined when there is none yet (a
 * new data folder: the caller creates and seeds it). A file that exists but is empty,
 * not SQLite, truncated or fails SQLite's integrity check throws EmbeddedFileError:
 * seeding over it would silently replace every write it holds.
 */
export async function readVerifiedDatabase(
  file: string,
  integrityProblem: IntegrityCheck = sqljsIntegrityProblem,
): Promise<Uint8Array | undefined> {
  removeLeftoverTemporaryFiles(file);
  const lastGood = lastGoodCopyOf(file);
  const hasLastGood = fs.existsSync(lastGood);
  if (!fs.existsSync(file)) {
    if (!hasLastGood) return undefined;
    throw new EmbeddedFileError(
      file,
      `is missing but its last good copy ${lastGood} is there`,
      `Restore it with \`cp ${lastGood} ${file}\`, or delete ${lastGood} too to start again from the documents' data.`,
    );
  }
  const bytes = fs.readFileSync(file);
  const problem = await problemOf(bytes, integrityProblem);
  if (!problem) return bytes;
  // The last good copy is checked only now, for the advice: a start on a sound file need not
  // read it (an integrity check costs some 80 ms of CPU at the 2019 dataset).
  const lastGoodProblem = hasLastGood
    ? await problemOf(fs.readFileSync(lastGood), integrityProblem)
    : undefined;
  const restore =
    hasLastGood && !lastGoodProblem
      ? `Restore the last good copy (it lacks the latest write) with \`cp ${lastGood} ${file}\`, or delete both files to start again from the documents' data.`
      : `Restore it from a backup${hasLastGood ? ` (${lastGood} ${lastGoodProblem} too)` : ''}, or delete it to start again from the documents' data.`;
  throw new EmbeddedFileError(file, problem, restore);
}

/**
 * Opens the file for the service: takes its lock (refusing a file another live process
 * holds), then reads it as readVerifiedDatabase does; the lock is given up again when the
 * file is refused, and when the service closes it (database.ts).
 */
export async function openEmbeddedFile(
  file: string,
  integrityProblem: IntegrityCheck = sqljsIntegrityProblem,
): Promise<Uint8Array | undefined> {
  const owner = lockEmbeddedFile(file);
  if (owner !== undefined) {
    throw new EmbeddedFileError(
      file,
      `is in use by process ${owner}`,
      'Stop that process, or give this one its own DATA_DIR: two processes on one file would undo each other’s writes.',
    );
  }
  try {
    // Only once the file is ours: a live writer's temporary file is never removed.
    return await readVerifiedDatabase(file, integrityProblem);
  } catch (error) {
    unlockEmbeddedFile(file);
    throw error;
  }
}

const problemOf = async (bytes: Buffer, integrityProblem: IntegrityCheck) =>
  headerProblem(bytes) ?? (await integrityProblem(bytes));

/** A crash mid-write leaves only a temporary file; the real file is still whole. */
function removeLeftoverTemporaryFiles(file: string): void {
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) return;
  for (const name of fs.readdirSync(folder))
    if (isTemporaryFileOf(file, name)) fs.rmSync(path.join(folder, name), { force: true });
}

/** Cheap checks first: they name the usual damage (empty, truncated) precisely. */
function headerProblem(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'is empty (0 bytes)';
  if (bytes.length < 100 || !bytes.subarray(0, 16).equals(SQLITE_HEADER))
    return 'is not an SQLite database (unknown header)';
  const rawPageSize = bytes.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = bytes.readUInt32BE(28);
  // The page count in the header is valid when its change counter matches (offset 92).
  const pageCountValid = bytes.readUInt32BE(24) === bytes.readUInt32BE(92) && pageCount > 0;
  if (pageCountValid && bytes.length < pageSize * pageCount)
    return `is truncated (${bytes.length} bytes, its header says ${pageSize * pageCount})`;
  return undefined;
}

interface SqlJsDatabase {
  exec(sql: string): { values: unknown[][] }[];
  close(): void;
}
type SqlJsStatic = { Database: new (bytes: Uint8Array) => SqlJsDatabase };

let sqlJs: Promise<SqlJsStatic> | undefined;

/** SQLite's own check of every page and index, on a throwaway copy in memory. */
async function sqljsIntegrityProblem(bytes: Uint8Array): Promise<string | undefined> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sqlJs ??= (require('sql.js') as () => Promise<SqlJsStatic>)();
  const { Database } = await sqlJs;
  let database: SqlJsDatabase | undefined;
  try {
    database = new Database(bytes);
    const rows = database.exec('PRAGMA integrity_check')[0]?.values ?? [];
    const findings = rows.map((row) => String(row[0]));
    if (findings.length === 1 && findings[0] === 'ok') return undefined;
    return `fails SQLite's integrity check (${findings.slice(0, 3).join('; ')})`;
  } catch (error) {
    return `cannot be read by SQLite (${(error as Error).message})`;
  } finally {
    database?.close();
  }
}
