import fs from 'node:fs';

/**
 * One process per embedded file: each replaces the whole file from its own memory, so a
 * second process on the same DATA_DIR would silently undo the first one's writes. The
 * lock file holds the owner's pid; a lock whose process is gone is stale and taken over.
 */
export const lockFileOf = (file: string) => `${file}.lock`;

const held = new Set<string>();
process.once('exit', () => {
  for (const lock of held) fs.rmSync(lock, { force: true });
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The pid holding the file when another live process does; otherwise takes the lock. */
export function lockEmbeddedFile(file: string): number | undefined {
  const lock = lockFileOf(file);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      held.add(lock);
      return undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(lock, 'utf8'));
      // The same process opening it again (a restart inside one test process) keeps it.
      if (owner === process.pid) return undefined;
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return owner;
      fs.rmSync(lock, { force: true });
    }
  }
  return undefined;
}

/** Gives the file up: the service closed it, or refused to open it. */
export function unlockEmbeddedFile(file: string): void {
  const lock = lockFileOf(file);
  if (!held.delete(lock)) return;
  fs.rmSync(lock, { force: true });
}
