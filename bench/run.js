#!/usr/bin/env node
'use strict';
// ehelse-graph benchmark: starts the three subgraphs and the gateway on MariaDB/MySQL at
// scale 1 and scale 100 (or the one --scale given), and measures with autocannon
//   1. a single-subgraph query direct to the portfolio subgraph and through the gateway,
//   2. a cross-domain dashboard query through the gateway at 1, 10 and 50 connections,
//   3. SQL statements per request (from each subgraph's /metrics) at every scale.
// Writes a markdown report to stdout, bench/results/<timestamp>.md and bench/results/latest.md
// (or into the --results folder).
//
//   node bench/run.js [--scale N] [--duration S] [--database-url mysql://user:pass@host:port] [--results DIR]
//
// The parts, under bench/lib/: options (command line), settings (shared constants), services
// (child processes and ports), databases, queries, requests (samples, statement counts),
// load (autocannon), scale (one scale's run), report (the markdown).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { serverVersion } = require('./lib/databases');
const { parseArgs } = require('./lib/options');
const { report } = require('./lib/report');
const { runScale } = require('./lib/scale');
const { killAllNow, stopOnSignal } = require('./lib/services');
const { ENTRIES, ROOT, WARMUP_SECONDS, log } = require('./lib/settings');

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
  // Hard limit: generous for starting and loading, plus the load runs themselves.
  const perScaleSeconds = 240 + 5 * options.duration + 3 * WARMUP_SECONDS;
  const deadline = Date.now() + options.scales.length * perScaleSeconds * 1000;
  const hardStop = setTimeout(
    () => {
      log('time limit exceeded; stopping');
      killAllNow();
      process.exit(2);
    },
    options.scales.length * perScaleSeconds * 1000 + 60_000,
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
