import fs from 'node:fs';
import path from 'node:path';

/*
 * The lock the seeded templates are built under (seeded-database.ts): one builder per run
 * across all jest workers, the others wait for its mark. Imports nothing of the project.
 */

export interface BuildOnceOptions {
  /** How long a waiter waits for another worker's build before failing; 180 s unless given. */
  timeoutMs?: number;
  /** How often a waiter looks again; 100 ms unless given. */
  pollMs?: number;
}

/** A claim without a pid yet (its writer died between creating and writing it) is stale after this. */
const EMPTY_CLAIM_STALE_AFTER_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Creates `file` holding our pid, unless it exists: whether we did. */
function create(file: string): boolean {
  try {
    fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Whether a process with this pid exists (one of another user counts: EPERM). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * Whether the lock `file` was left by a process that is gone: its pid names no process, or
 * it has held no pid for a while. A missing file is not stale (there is nothing to remove).
 */
function stale(file: string): boolean {
  let content: string;
  let modified: number;
  try {
    content = fs.readFileSync(file, 'utf8');
    modified = fs.statSync(file).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const pid = Number(content.trim());
  if (!content.trim() || !Number.isInteger(pid) || pid <= 0)
    return Date.now() - modified > EMPTY_CLAIM_STALE_AFTER_MS;
  return !alive(pid);
}

/**
 * Removes `claim` if it is stale. Under a guard (`<claim>.breaking`), so that two waiters
 * that both saw the dead claim do not both remove it: the second would remove the claim the
 * first has made since. A guard left by a breaker that died is itself removed once stale.
 */
function breakStaleClaim(claim: string): boolean {
  if (!stale(claim)) return false;
  const guard = `${claim}.breaking`;
  if (!create(guard)) {
    if (stale(guard)) fs.rmSync(guard, { force: true });
    return false;
  }
  try {
    // Whoever held the guard before us may have broken it, and another claimed since.
    if (!stale(claim)) return false;
    fs.rmSync(claim, { force: true });
    return true;
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/**
 * Runs `build` once across all processes sharing `directory`: the first caller claims
 * `<key>.building` (holding its pid) and marks `<key>.done`; the others wait for the mark. A
 * failed build releases the claim, so the next caller tries again (and fails on its own, as
 * it would have without the kit). A claim whose process is gone (a crashed worker) is stale:
 * it is removed and claimed anew, so no one waits out the timeout for it.
 */
export async function buildOnce(
  directory: string,
  key: string,
  build: () => Promise<void>,
  { timeoutMs = 180_000, pollMs = 100 }: BuildOnceOptions = {},
): Promise<void> {
  const done = path.join(directory, `${key}.done`);
  const claim = path.join(directory, `${key}.building`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(done)) {
    if (create(claim) || (breakStaleClaim(claim) && create(claim))) {
      try {
        // The builder may have marked it done and released its claim since we looked.
        if (fs.existsSync(done)) return;
        await build();
        fs.writeFileSync(done, '');
        return;
      } finally {
        fs.rmSync(claim, { force: true });
      }
    }
    if (Date.now() > deadline)
      throw new Error(
        `the ${key} template was not built within ${Math.round(timeoutMs / 1000)} s (${claim})`,
      );
    await sleep(pollMs);
  }
}
