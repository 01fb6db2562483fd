#!/usr/bin/env node
'use strict';
// Times the import CLI on a generated table of 5 000 rows: starts the subgraphs and the
// gateway (built, on MySQL/MariaDB, in development auth so that the CLI signs its own admin
// token) and runs `node scripts/import.js` three times: 5 000 new projects, the same file
// again (all unchanged), and the file with every budget changed (5 000 updates). Writes the
// section "Import of 5 000 rows through the CLI" into bench/results/latest.md (or --report FILE).
//
//   node bench/import.js [--rows N] [--database-url mysql://user:pass@host:port] [--report FILE]
const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { parseArgs, promisify } = require('node:util');
const mysql = require('mysql2/promise');
const { importTable } = require('./import-table');

const ROOT = path.join(__dirname, '..');
const SERVICES = ['portfolio', 'governance', 'architecture', 'gateway'];
const ENTRY = (name) =>
  path.join(ROOT, name === 'gateway' ? 'gateway/dist/main.js' : `subgraphs/${name}/dist/main.js`);
const PREFIX = 'ehelse_bench_import_';
const HEADING = '## Import of 5 000 rows through the CLI';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000' },
    'database-url': {
      type: 'string',
      default: process.env.DATABASE_URL || 'mysql://ehelse:ehelse@127.0.0.1:3306',
    },
    report: { type: 'string', default: path.join(__dirname, 'results', 'latest.md') },
  },
});
const ROWS = Number(values.rows);
const log = (message) => console.error(`[bench:import] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitReady(child, port) {
  for (let attempt = 0; attempt < 480; attempt += 1) {
    if (child.exitCode !== null)
      throw new Error(`a service exited (${child.exitCode}) before it was ready`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`no service ready on port ${port}`);
}

async function dropDatabases(url) {
  const connection = await mysql.createConnection(url);
  try {
    for (const name of SERVICES.slice(0, 3))
      await connection.query(`DROP DATABASE IF EXISTS \`${PREFIX}${name}\``);
  } finally {
    await connection.end();
  }
}

/** Runs the CLI on the file and answers its wall-clock seconds and summary line. */
async function timedImport(url, file) {
  const started = process.hrtime.bigint();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [path.join(ROOT, 'scripts/import.js'), file, '--url', url],
    {
      cwd: ROOT,
      maxBuffer: 50_000_000,
    },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, summary: stdout.trim() };
}

function writeSection(results, databaseUrl) {
  const server = new URL(databaseUrl);
  const section = [
    HEADING,
    '',
    `\`node bench/import.js\` on ${new Date().toISOString().slice(0, 10)}: a generated table of ${ROWS} rows (\`bench/import-table.js\`), imported with \`node scripts/import.js FILE\` through the gateway on MySQL/MariaDB (${server.host}), ${os.cpus().length} CPUs. Wall-clock time of the whole CLI run: reading the file, checking every part (dry run), then writing the parts (500 rows each, one mutation and Idempotency-Key per part).`,
    '',
    '| run | seconds | CLI summary |',
    '| --- | ---: | --- |',
    ...results.map(
      ({ run, seconds, summary }) => `| ${run} | ${seconds.toFixed(2)} | ${summary} |`,
    ),
    '',
  ].join('\n');
  const report = fs.existsSync(values.report) ? fs.readFileSync(values.report, 'utf8') : '';
  const start = report.indexOf(HEADING);
  const end = start === -1 ? -1 : report.indexOf('\n## ', start + HEADING.length);
  const next =
    start === -1
      ? `${report.trimEnd()}\n\n${section}`
      : `${report.slice(0, start)}${section}${end === -1 ? '' : report.slice(end + 1)}`;
  fs.writeFileSync(values.report, next);
  process.stdout.write(`${section}\n`);
}

(async () => {
  const databaseUrl = values['database-url'];
  await dropDatabases(databaseUrl);
  const ports = Object.fromEntries(
    await Promise.all(SERVICES.map(async (name) => [name, await freePort()])),
  );
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DATABASE_PREFIX: PREFIX,
    LOG_LEVEL: 'warn',
    ...Object.fromEntries(
      SERVICES.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])]),
    ),
    ...Object.fromEntries(
      SERVICES.slice(0, 3).map((name) => [
        `${name.toUpperCase()}_URL`,
        `http://127.0.0.1:${ports[name]}/graphql`,
      ]),
    ),
  };
  const children = [];
  const stop = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
  process.once('SIGINT', () => (stop(), process.exit(130)));
  try {
    for (const name of SERVICES.slice(0, 3))
      children.push(spawn(process.execPath, [ENTRY(name)], { cwd: ROOT, env, stdio: 'ignore' }));
    await Promise.all(SERVICES.slice(0, 3).map((name, i) => waitReady(children[i], ports[name])));
    children.push(spawn(process.execPath, [ENTRY('gateway')], { cwd: ROOT, env, stdio: 'ignore' }));
    await waitReady(children[3], ports.gateway);
    const url = `http://127.0.0.1:${ports.gateway}/graphql`;

    const funders = (
      await (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ funders { code } }' }),
        })
      ).json()
    ).data.funders.map((f) => f.code);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-bench-import-'));
    const file = path.join(dir, 'generated.csv');
    const table = importTable(ROWS, 2019, funders);
    fs.writeFileSync(file, table);
    const results = [];
    for (const run of [`${ROWS} new projects`, 'the same file again (all unchanged)']) {
      log(run);
      results.push({ run, ...(await timedImport(url, file)) });
    }
    // Every budget and its first share one hundredth higher: every row an update.
    fs.writeFileSync(
      file,
      table.replace(/^(([^;]*;){8})([^;]*);([^;]*);/gm, (_, head, _h, budget, share) => {
        const up = (text) =>
          String(Math.round(Number(text.replace(',', '.')) * 100 + 1) / 100).replace('.', ',');
        return head.startsWith('Prioriteringskategori')
          ? `${head}${budget};${share};`
          : `${head}${up(budget)};${up(share)};`;
      }),
    );
    log('every budget changed');
    results.push({
      run: `${ROWS} changed budgets and cost shares`,
      ...(await timedImport(url, file)),
    });
    writeSection(results, databaseUrl);
  } finally {
    stop();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
