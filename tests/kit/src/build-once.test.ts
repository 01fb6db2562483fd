import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildOnce } from './build-once';

/** The lock the seeded templates are built under, without a database. */
describe('buildOnce', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-build-once-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const file = (name: string) => path.join(directory, name);
  /** The pid of a process that has exited (and been reaped). */
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('builds once for concurrent callers, marks it done and releases its claim', async () => {
    const build = jest.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 50)));
    await Promise.all(
      [1, 2, 3].map(() => buildOnce(directory, 'key', build, { pollMs: 10, timeoutMs: 5_000 })),
    );
    expect(build).toHaveBeenCalledTimes(1);
    expect(fs.existsSync(file('key.done'))).toBe(true);
    expect(fs.existsSync(file('key.building'))).toBe(false);
  });

  it('writes its pid into the claim while it builds', async () => {
    let claim = '';
    await buildOnce(directory, 'key', async () => {
      claim = fs.readFileSync(file('key.building'), 'utf8');
    });
    expect(claim).toBe(String(process.pid));
  });

  it('takes over a claim whose process is gone, at once', async () => {
    fs.writeFileSync(file('key.building'), String(deadPid()));
    const build = jest.fn(async () => undefined);
    const started = Date.now();
    await buildOnce(directory, 'key', build, { timeoutMs: 2_000 });
    expect(build).toHaveBeenCalledTimes(1);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fs.existsSync(file('key.done'))).toBe(true);
    expect(fs.readdirSync(directory).sort()).toEqual(['key.done']);
  });

  it('takes over a claim left without a pid once it is old, not while it is fresh', async () => {
    fs.writeFileSync(file('key.building'), '');
    const build = jest.fn(async () => undefined);
    await expect(
      buildOnce(directory, 'key', build, { timeoutMs: 200, pollMs: 20 }),
    ).rejects.toThrow(/not built within/);
    expect(build).not.toHaveBeenCalled();
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(file('key.building'), old, old);
    await buildOnce(directory, 'key', build, { timeoutMs: 200 });
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('waits for a claim whose process lives, and fails after the timeout', async () => {
    fs.writeFileSync(file('key.building'), String(process.pid));
    const build = jest.fn(async () => undefined);
    await expect(
      buildOnce(directory, 'key', build, { timeoutMs: 200, pollMs: 20 }),
    ).rejects.toThrow(/the key template was not built within/);
    expect(build).not.toHaveBeenCalled();
    expect(fs.readFileSync(file('key.building'), 'utf8')).toBe(String(process.pid));
  });

  it('returns once the other builder marks it done', async () => {
    fs.writeFileSync(file('key.building'), String(process.pid));
    const build = jest.fn(async () => undefined);
    setTimeout(() => {
      fs.writeFileSync(file('key.done'), '');
      fs.rmSync(file('key.building'));
    }, 50);
    await buildOnce(directory, 'key', build, { timeoutMs: 2_000, pollMs: 10 });
    expect(build).not.toHaveBeenCalled();
  });

  it('does not build again when the builder finished between the look and the claim', async () => {
    const done = file('key.done');
    const existsSync = fs.existsSync;
    let looks = 0;
    jest.spyOn(fs, 'existsSync').mockImplementation((target) => {
      const exists = existsSync(target);
      // The other builder marks it done and releases its claim right after our first look.
      if (target === done && looks++ === 0) fs.writeFileSync(done, '');
      return exists;
    });
    const build = jest.fn(async () => undefined);
    await buildOnce(directory, 'key', build);
    expect(looks).toBeGreaterThan(1);
    expect(build).not.toHaveBeenCalled();
    expect(fs.existsSync(file('key.building'))).toBe(false);
  });

  it('releases the claim of a failed build, so the next caller builds', async () => {
    await expect(
      buildOnce(directory, 'key', async () => {
        throw new Error('migration failed');
      }),
    ).rejects.toThrow('migration failed');
    expect(fs.readdirSync(directory)).toEqual([]);
    const build = jest.fn(async () => undefined);
    await buildOnce(directory, 'key', build);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
