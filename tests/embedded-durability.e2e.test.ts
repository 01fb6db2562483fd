import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { loadConfig, setFatalHandler } from '@ehelse/shared/runtime';
import { startPortfolio } from '@ehelse/portfolio';
import { lastGoodCopyOf, readVerifiedDatabase } from '../shared/src/embedded-file';

/*
 * The embedded database on real files: a damaged file is never seeded over, and a
 * write the API confirmed survives SIGKILL at any moment.
 */

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'embedded-durability-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const embeddedConfig = () => loadConfig({ ...process.env, DATABASE_URL: '', DATA_DIR: dataDir });
const portfolioFile = () => path.join(dataDir, 'portfolio.sqlite');

describe('a subgraph on a damaged database file', () => {
  async function expectRefusalLeavingFileAlone(damaged: Buffer, problem: RegExp) {
    const file = portfolioFile();
    fs.writeFileSync(file, damaged);
    await expect(startPortfolio({ config: embeddedConfig(), port: 0 })).rejects.toThrow(
      expect.objectContaining({ message: expect.stringMatching(problem) }),
    );
    await expect(startPortfolio({ config: embeddedConfig(), port: 0 })).rejects.toThrow(file);
    expect(fs.readFileSync(file).equals(damaged)).toBe(true);
    expect(fs.readdirSync(dataDir)).toEqual(['portfolio.sqlite']);
  }

  it('refuses to start on a file truncated to 0 bytes, and seeds nothing over it', () =>
    expectRefusalLeavingFileAlone(Buffer.alloc(0), /empty \(0 bytes\).*delete it to start again/));

  it('refuses to start on a corrupt file, and seeds nothing over it', async () => {
    // A file the first start wrote, then damaged: a half-written page in the middle.
    const first = await startPortfolio({ config: embeddedConfig(), port: 0 });
    await first.stop();
    const image = fs.readFileSync(portfolioFile());
    fs.rmSync(lastGoodCopyOf(portfolioFile()));
    const pageSize = image.readUInt16BE(16);
    image.fill(0, pageSize * 3, pageSize * 6);
    await expectRefusalLeavingFileAlone(image, /integrity check|cannot be read by SQLite/);
  });

  it('starts on a new data folder, seeds it, and opens the same file again', async () => {
    const first = await startPortfolio({ config: embeddedConfig(), port: 0 });
    const projects = await first.dataSource.query('SELECT COUNT(*) AS n FROM project');
    await first.stop();
    expect(Number(projects[0].n)).toBeGreaterThan(0);
    const again = await startPortfolio({ config: embeddedConfig(), port: 0 });
    await again.stop();
    expect(fs.readdirSync(dataDir).sort()).toEqual([
      'portfolio.sqlite',
      'portfolio.sqlite.last-good',
    ]);
  });
});

describe('reads', () => {
  it('leave the file untouched: only a write saves it', async () => {
    const service = await startPortfolio({ config: embeddedConfig(), port: 0 });
    try {
      const before = fs.statSync(portfolioFile()).mtimeMs;
      const response = await fetch(service.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ portfolioSummary(year: 2019) { projectCount grossBudget netBudget } projects(first: 5) { edges { node { id name } } } }',
        }),
      });
      const body = (await response.json()) as {
        errors?: unknown;
        data: { projects: { edges: unknown[] } };
      };
      expect(body.errors).toBeUndefined();
      expect(body.data.projects.edges).toHaveLength(5);
      expect(fs.statSync(portfolioFile()).mtimeMs).toBe(before);
    } finally {
      await service.stop();
    }
  });
});

describe('a commit that cannot reach the disk', () => {
  it('is answered TRANSIENT and stops the service, never confirmed', async () => {
    const stops: string[] = [];
    setFatalHandler((reason) => stops.push(reason));
    const service = await startPortfolio({ config: embeddedConfig(), port: 0 });
    try {
      // The folder vanishes under the running service: the next save cannot be written.
      fs.rmSync(dataDir, { recursive: true, force: true });
      const write = service.dataSource.transaction((manager) =>
        manager.query(`UPDATE project SET name = name WHERE id = '107'`),
      );
      await expect(write).rejects.toMatchObject({
        extensions: { code: 'TRANSIENT', retryable: true },
      });
      expect(stops.length).toBeGreaterThan(0);
      expect(stops.every((reason) => reason.includes('could not save'))).toBe(true);
    } finally {
      setFatalHandler(() => undefined);
      fs.mkdirSync(dataDir, { recursive: true });
      await service.stop();
    }
  });
});

describe('confirmed writes under SIGKILL', () => {
  const writer = path.join(__dirname, 'fixtures', 'durable-writer.js');
  const PADDING_BYTES = 400_000; // about the size of the largest subgraph's seeded file

  /**
   * Runs the writer until `killAfterMs` after its 20th confirmed write (so each run
   * confirms some, however busy the machine), kills it; returns the confirmed ids.
   */
  function writeUntilKilled(file: string, killAfterMs: number): Promise<number[]> {
    const child = spawn(process.execPath, [writer, file, String(PADDING_BYTES)], {
      env: { ...process.env, LOG_LEVEL: 'silent', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const confirmed: number[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready')) return;
      confirmed.push(Number(line));
      if (confirmed.length === 20) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    return new Promise((resolve, reject) =>
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL'
          ? resolve(confirmed)
          : reject(new Error(`writer exited ${code}: ${stderr}`)),
      ),
    );
  }

  async function idsIn(file: string): Promise<Set<number>> {
    const bytes = await readVerifiedDatabase(file); // throws if the kill damaged the file
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const SQL = await require('sql.js')();
    const database = new SQL.Database(bytes);
    const rows = database.exec('SELECT id FROM confirmed_write')[0]?.values ?? [];
    database.close();
    return new Set(rows.map((row: unknown[]) => Number(row[0])));
  }

  it('keeps every write the database confirmed, and the file always opens', async () => {
    const file = portfolioFile();
    const everConfirmed: number[] = [];
    let killedMidSave = 0;
    // At least 8 kills, and on until 2 of them hit a save (its temporary file left behind).
    let kill = 0;
    for (; kill < 8 || (killedMidSave < 2 && kill < 40); kill++) {
      const confirmed = await writeUntilKilled(file, Math.random() * 100);
      everConfirmed.push(...confirmed);
      if (fs.readdirSync(dataDir).some((name) => name.includes('.tmp'))) killedMidSave++;
      const stored = await idsIn(file);
      const lost = everConfirmed.filter((id) => !stored.has(id));
      expect({ kill, lost }).toEqual({ kill, lost: [] });
    }
    expect(everConfirmed.length).toBeGreaterThanOrEqual(8 * 20);
    expect(killedMidSave).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
