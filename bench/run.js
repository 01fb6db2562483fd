#!/usr/bin/env node
'use strict';
// ehelse-graph benchmark: starts the three subgraphs and the gateway on MariaDB/MySQL at
// scale 1 and scale 100 (or the one --scale given), and measures with autocannon
//   1. a single-subgraph query direct to the portfolio subgraph and through the gateway,
//   2. a cross-domain dashboard query through the gateway at 1, 10 and 50 connections,
//   3. SQL statements per request (from each subgraph's /metrics) at every scale,
//   4. our gateway beside Hive Gateway with its Hive Router runtime (--peer hive, the default,
//      when tests/compat/hive is installed) on the same subgraphs, cache off and on: alternating
//      runs, identical answers, CPU ms per request and memory of every process (from /proc).
// Writes a markdown report to stdout, bench/results/<timestamp>.md and bench/results/latest.md
// (or into the --results folder).
//
//   node bench/run.js [--scale N] [--duration S] [--peer hive|none] [--rounds R]
//                     [--database-url mysql://user:pass@host:port] [--results DIR]
//
// The parts, under bench/lib/: options (command line), settings (shared constants), services
// (child processes and ports), databases, queries, requests (samples, statement counts),
// load (autocannon), hive (the peer), procstat (CPU and memory from /proc), compare (the
// alternating runs), scale (one scale's run), report (the markdown).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serverVersion } = require('./lib/databases');
const { INSTALL_HINT, hiveVersions } = require('./lib/hive');
const { parseArgs } = require('./lib/options');
const { report } = require('./lib/report');
const { runScale } = require('./lib/scale');
const { killAllNow, stopOnSignal } = require('./lib/services');
const { COMPARED } = require('./lib/queries');
const {
  COMPARE_MAX_SECONDS,
  COMPARE_WARMUP_SECONDS,
  ENTRIES,
  ROOT,
  WARMUP_SECONDS,
  log,
} = require('./lib/settings');

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const entry of Object.values(ENTRIES)) {
    if (!fs.existsSync(path.join(ROOT, entry)))
      throw new Error(`${entry} is missing: build first (npx tsc -b)`);
  }
  options.hive = options.peer === 'hive' ? hiveVersions() : null;
  if (options.peer === 'hive' && !options.hive)
    log(
      `Hive Gateway is not installed: running without the peer (install it with \`${INSTALL_HINT}\`)`,
    );
  // Hard limit: generous for starting and loading, plus the load runs themselves.
  const gatewaysCompared = options.hive ? 2 : 1;
  const compareRounds = options.rounds + Math.max(1, options.rounds - 1);
  const compareSeconds =
    COMPARED.length *
    gatewaysCompared *
    (compareRounds * (Math.min(options.duration, COMPARE_MAX_SECONDS) + 1) +
      2 * COMPARE_WARMUP_SECONDS);
  options.compareScale = Math.max(...options.scales);
  const limitSeconds =
    options.scales.length * (240 + 5 * options.duration + 3 * WARMUP_SECONDS) + compareSeconds;
  const deadline = Date.now() + limitSeconds * 1000;
  const hardStop = setTimeout(
    () => {
      log('time limit exceeded; stopping');
      killAllNow();
      process.exit(2);
    },
    limitSeconds * 1000 + 60_000,
  );
  hardStop.unref();

  const meta = {
    date: new Date().toISOString(),
    cpu: (os.cpus()[0]?.model ?? 'unknown CPU').replace(/\s+/g, ' ').trim(),
    cores: os.cpus().length,
    memoryGb: (os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    database: await serverVersion(options.databaseUrl).then((v) =>
      /mariadb/i.test(v) ? `MariaDB ${v}` : `MySQL ${v}`,
    ),
    autocannon: require('autocannon/package.json').version,
    duration: options.duration,
    loadBefore: loadAverage(),
    peer: options.peer,
    hive: options.hive,
    peerMissing: options.peer === 'hive' && !options.hive ? INSTALL_HINT : null,
    rounds: options.rounds,
    compareSeconds: Math.min(options.duration, COMPARE_MAX_SECONDS),
  };
  const results = [];
  for (const [index, scale] of options.scales.entries()) {
    results.push(await runScale(scale, index, options, deadline));
  }
  meta.loadAfter = loadAverage();
  const markdown = report(meta, results);
  fs.mkdirSync(options.results, { recursive: true });
  const file = path.join(options.results, `${meta.date.replace(/[:.]/g, '-')}.md`);
  const latest = path.join(options.results, 'latest.md');
  fs.writeFileSync(file, `${markdown}\n`);
  fs.writeFileSync(latest, `${markdown}\n`);
  console.log(markdown);
  log(`written to ${path.relative(ROOT, file)} and ${path.relative(ROOT, latest)}`);
  // Every load answer was compared with the checked one: a difference fails the run (after the report).
  const compared = results.flatMap((r) =>
    (r.compare?.rows ?? []).flatMap((row) => row.gateways.map((g) => ({ row, g }))),
  );
  for (const { row, g } of compared.filter(({ g }) => g.errorAnswers > 0))
    log(`${row.key} via ${g.label}: ${g.errorAnswers} answers with errors, e.g. ${g.firstError}`);
  const differing = compared
    .filter(({ g }) => g.otherAnswers > 0)
    .map(({ row, g }) => `${row.key} via ${g.label}: ${g.otherAnswers}, e.g. ${g.difference}`);
  if (differing.length) throw new Error(`answers differed under load:\n${differing.join('\n')}`);
}

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stopOnSignal(signal));

main().then(
  () => process.exit(0),
  (error) => {
    log(error instanceof Error ? error.message : error);
    killAllNow();
    process.exit(1);
  },
);
