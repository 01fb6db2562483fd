import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openEmbeddedFile } from './embedded-file';
import { lockFileOf, unlockEmbeddedFile } from './embedded-lock';

/** One process per embedded file: a second one would undo the first one's writes. */
describe('the embedded file lock', () => {
  let file: string;
  beforeEach(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-lock-')), 'portfolio.sqlite');
  });
  afterEach(() => {
    unlockEmbeddedFile(file);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('refuses a file another live process holds, and leaves its temporary file alone', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10000)']);
    try {
      fs.writeFileSync(lockFileOf(file), String(other.pid));
      fs.writeFileSync(`${file}.tmp-${other.pid}`, 'a save in progress');
      await expect(openEmbeddedFile(file)).rejects.toThrow(`in use by process ${other.pid}`);
      expect(fs.existsSync(`${file}.tmp-${other.pid}`)).toBe(true);
      expect(fs.readFileSync(lockFileOf(file), 'utf8')).toBe(String(other.pid));
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('takes over a lock whose process is gone, and gives it up when done', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    fs.writeFileSync(lockFileOf(file), String(gone.pid));
    await expect(openEmbeddedFile(file)).resolves.toBeUndefined();
    expect(fs.readFileSync(lockFileOf(file), 'utf8')).toBe(String(process.pid));
    unlockEmbeddedFile(file);
    expect(fs.existsSync(lockFileOf(file))).toBe(false);
  });
});
