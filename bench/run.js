#!/usr/bin/env node
'use strict';
// ehelse-graph benchmark: starts the three subgraphs and the gateway on MariaDB/MySQL at
// scale 1 and scale 100 (or the one --scale given), and measures with autocannon
//   1. a single-subgraph query direct to the portfolio subgraph and through the gateway,
//   2. a cross-domain dashboard query through the gateway at 1, 10 and 50 connections,
//   3. SQL statements per request (from each subgraph's /metrics) at every scale.
// Writes a markdown report to stdout, bench/results/<timestamp>.md and bench/results/latest.md.
//
//   node bench/run.js [--scale N] [--duration S] [--database-url mysql://user:pass@host:port]
const { spawn } = require('node:child_process');
const { randomBytes } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');
const mysql = require('mysql2/promise');
const { generate, countRows } = require('./generate');
// Built by `npm run bench` before this runs.
const { SIGNATURE_HEADER, signBody } = require('../shared/dist/gateway-signature');

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(__dirname, 'results');
const SUBGRAPHS = ['portfolio', 'governance', 'architecture'];
const ENTRIES = {
  portfolio: 'subgraphs/portfolio/dist/main.js',
  governance: 'subgraphs/governance/dist/main.js',
  architecture: 'subgraphs/architecture/dist/main.js',
  gateway: 'gateway/dist/main.js',
};
const DASHBOARD_CONNECTIONS = [1, 10, 50];
const SINGLE_CONNECTIONS = 10;
const STATEMENT_REQUESTS = 20;
const WARMUP_SECONDS = 2;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

const QUERIES = {
  single: `{ projects(first: 50) { totalCount edges { node { id name status responsibleOrganisation { name } budget(year: 2019) { amount } } } } }`,
  dashboard: `{ portfolioSummary(year: 2019) { netBudget byFunder { funder { code } amount } } projects(first: 20) { edges { node { name budget(year: 2019) { amount } agendaItems { number meeting { date council { name } } } measures { code title } } } } resultGoals { code milestones { code status } } }`,
};
// The same dashboard with its page ordered by name: at scale 1 the page holds the documents'
// projects, at larger scales mostly generated ones with their agenda items and tiltak, so the
// statement count is compared over pages that reach very different rows.
QUERIES.dashboardByName = QUERIES.dashboard.replace(
  'projects(first: 20)',
  'projects(first: 20, orderBy: { field: NAME })',
);

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const options = {
    scales: [1, 100],
    duration: 8,
    databaseUrl: process.env.DATABASE_URL || 'mysql://ehelse:ehelse@127.0.0.1:3306',
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--scale') {
      options.scales = value()
        .split(',')
        .map((s) => {
          const n = Number(s);
          if (!Number.isInteger(n) || n < 1 || n > 1000)
            throw new Error(`--scale must be an integer 1..1000, got "${s}"`);
          return n;
        });
    } else if (flag === '--duration') {
      options.duration = Number(value());
      if (!(options.duration >= 1 && options.duration <= 120))
        throw new Error('--duration must be 1..120 seconds');
    } else if (flag === '--database-url') {
      options.databaseUrl = value();
    } else if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: node bench/run.js [--scale N[,M]] [--duration S] [--database-url mysql://user:pass@host:port]',
      );
      process.exit(0);
    } else {
      throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!/^mysql:\/\//.test(options.databaseUrl))
    throw new Error('--database-url must be mysql://user:pass@host:port');
  return options;
}

// ---------------------------------------------------------------- processes

const children = new Set();
/** Production needs SUBGRAPH_SECRET; direct subgraph requests are signed as the gateway signs them. */
const SUBGRAPH_SECRET = randomBytes(32).toString('hex');
const signedHeaders = (body) => ({
  'content-type': 'application/json',
  [SIGNATURE_HEADER]: signBody(SUBGRAPH_SECRET, body),
});
const log = (...args) => console.error('[bench]', ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred) {
  if (await portIsFree(preferred)) return preferred;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = await new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once('error', reject);
      server.listen(0, () => {
        const { port: p } = server.address();
        server.close(() => resolve(p));
      });
    });
    if (port < 4290 || port > 4330) return port;
  }
  throw new Error(`no free port instead of ${preferred}`);
}

function launch(name, env) {
  const child = spawn(process.execPath, [path.join(ROOT, ENTRIES[name])], {
    cwd: ROOT,
    env: { ...process.env, ...env, SERVICE_NAME: name },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = [];
  const keep = (chunk) => {
    for (const line of String(chunk).split('\n')) {
      if (!line) continue;
      tail.push(line);
      if (tail.length > 40) tail.shift();
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const service = { name, child, tail, exited: null };
  service.exit = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      service.exited = signal || code;
      children.delete(child);
      resolve(service.exited);
    });
  });
  children.add(child);
  return service;
}

async function waitReady(service, port, deadline) {
  for (let attempt = 0; attempt < 2000 && Date.now() < deadline; attempt += 1) {
    if (service.exited !== null) {
      throw new Error(
        `${service.name} exited (${service.exited}) before it was ready:\n  ${service.tail.join('\n  ')}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/ready`, {
        signal: AbortSignal.timeout(2000),
      });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(
    `${service.name} not ready on port ${port} after ${START_TIMEOUT_MS / 1000} s:\n  ${service.tail.join('\n  ')}`,
  );
}

async function stopAll(services) {
  for (const service of [...services].reverse()) {
    if (service.exited !== null) continue;
    service.child.kill('SIGTERM');
    const outcome = await Promise.race([
      service.exit,
      sleep(STOP_TIMEOUT_MS).then(() => 'timeout'),
    ]);
    if (outcome === 'timeout') {
      log(`${service.name} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      service.child.kill('SIGKILL');
      await Promise.race([service.exit, sleep(2000)]);
    }
  }
}

function killAllNow() {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

// ---------------------------------------------------------------- databases

async function dropDatabases(databaseUrl, prefix) {
  const connection = await mysql.createConnection(databaseUrl);
  try {
    for (const subgraph of SUBGRAPHS)
      await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${subgraph}\``);
  } finally {
    await connection.end();
  }
}

async function serverVersion(databaseUrl) {
  const connection = await mysql.createConnection(databaseUrl);
  try {
    const [[row]] = await connection.query('SELECT VERSION() AS version');
    return row.version;
  } finally {
    await connection.end();
  }
}

// ---------------------------------------------------------------- requests

async function post(url, query) {
  const request = JSON.stringify({ query });
  const response = await fetch(url, {
    method: 'POST',
    headers: signedHeaders(request),
    body: request,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with non-JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, body, bytes: Buffer.byteLength(text) };
}

/** Sends the query once and fails loudly when the answer is not a clean 200 with data. */
async function sample(url, query, label) {
  const result = await post(url, query);
  if (result.status !== 200 || result.body.errors || !result.body.data) {
    throw new Error(
      `${label}: HTTP ${result.status}, ${JSON.stringify(result.body.errors ?? result.body).slice(0, 600)}`,
    );
  }
  return result;
}

async function statementTotals(ports) {
  const totals = {};
  for (const subgraph of SUBGRAPHS) {
    const response = await fetch(`http://127.0.0.1:${ports[subgraph]}/metrics`, {
      signal: AbortSignal.timeout(5000),
    });
    const text = await response.text();
    const match = /^sql_statements_total(?:\{[^}]*\})?\s+([0-9.eE+-]+)\s*$/m.exec(text);
    if (!match) throw new Error(`${subgraph} /metrics has no sql_statements_total`);
    totals[subgraph] = Number(match[1]);
  }
  return totals;
}

/** SQL statements per request: the subgraphs' counters before and after N sequential requests. */
async function statementsPerRequest(url, query, ports) {
  for (let i = 0; i < 3; i += 1) await sample(url, query, 'warm-up');
  const before = await statementTotals(ports);
  for (let i = 0; i < STATEMENT_REQUESTS; i += 1) await sample(url, query, 'statement count');
  const after = await statementTotals(ports);
  const per = {};
  for (const subgraph of SUBGRAPHS)
    per[subgraph] = (after[subgraph] - before[subgraph]) / STATEMENT_REQUESTS;
  per.total = SUBGRAPHS.reduce((sum, subgraph) => sum + per[subgraph], 0);
  return per;
}

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/** One autocannon run; latencies are kept at full (sub-millisecond) precision for 2xx responses. */
function load(url, query, connections, duration) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    const instance = autocannon(
      {
        url,
        method: 'POST',
        // One signature for the whole run: runs are far shorter than its 5 minutes.
        headers: signedHeaders(JSON.stringify({ query })),
        body: JSON.stringify({ query }),
        connections,
        pipelining: 1,
        duration,
        timeout: REQUEST_TIMEOUT_MS / 1000,
        // A response that carries GraphQL errors counts as a mismatch (an unescaped
        // `"errors":[` can only be the top-level key: these queries select no field of that name).
        verifyBody: (body) => !body.includes('"errors":['),
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          connections,
          requests: result.requests.total,
          rps: result.requests.total / result.duration,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          mean: latencies.reduce((sum, v) => sum + v, 0) / (latencies.length || 1),
          non2xx: result.non2xx,
          graphqlErrors: result.mismatches,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          duration: result.duration,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300 && latencies.length < 2_000_000)
        latencies.push(responseTime);
    });
  });
}

// ---------------------------------------------------------------- one scale

async function runScale(scale, index, options, deadline) {
  const prefix = `ehelse_bench_s${scale}_`;
  const base = 4301 + 10 * index;
  const ports = {};
  for (const [offset, name] of ['portfolio', 'governance', 'architecture', 'gateway'].entries()) {
    ports[name] = await freePort(base + offset);
  }
  const env = {
    DATABASE_URL: options.databaseUrl,
    DATABASE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    SUBGRAPH_SECRET,
    INTROSPECTION: 'true',
    PORTFOLIO_PORT: String(ports.portfolio),
    GOVERNANCE_PORT: String(ports.governance),
    ARCHITECTURE_PORT: String(ports.architecture),
    GATEWAY_PORT: String(ports.gateway),
    PORTFOLIO_URL: `http://127.0.0.1:${ports.portfolio}/graphql`,
    GOVERNANCE_URL: `http://127.0.0.1:${ports.governance}/graphql`,
    ARCHITECTURE_URL: `http://127.0.0.1:${ports.architecture}/graphql`,
  };
  const services = [];
  const result = { scale, prefix, ports };
  try {
    log(`scale ${scale}: dropping ${prefix}{${SUBGRAPHS.join(',')}}`);
    await dropDatabases(options.databaseUrl, prefix);

    const started = Date.now();
    const startDeadline = Math.min(deadline, started + START_TIMEOUT_MS);
    for (const subgraph of SUBGRAPHS) services.push(launch(subgraph, env));
    await Promise.all(
      SUBGRAPHS.map((subgraph, i) => waitReady(services[i], ports[subgraph], startDeadline)),
    );
    result.startMs = Date.now() - started;
    log(
      `scale ${scale}: subgraphs ready (migrated and seeded) in ${(result.startMs / 1000).toFixed(1)} s`,
    );

    if (scale > 1) {
      log(`scale ${scale}: generating data`);
      result.generateMs = (await generate({ databaseUrl: options.databaseUrl, prefix, scale })).ms;
      log(`scale ${scale}: generated in ${(result.generateMs / 1000).toFixed(1)} s`);
    }
    result.rows = await countRows(options.databaseUrl, prefix);

    const gateway = launch('gateway', env);
    services.push(gateway);
    await waitReady(gateway, ports.gateway, Math.min(deadline, Date.now() + START_TIMEOUT_MS));

    const direct = `http://127.0.0.1:${ports.portfolio}/graphql`;
    const through = `http://127.0.0.1:${ports.gateway}/graphql`;

    // Sample answers: clean, and what the dashboard's first page reaches at this scale.
    const single = await sample(direct, QUERIES.single, 'single-subgraph query (direct)');
    const singleGateway = await sample(through, QUERIES.single, 'single-subgraph query (gateway)');
    const dashboard = await sample(through, QUERIES.dashboard, 'dashboard query (gateway)');
    const byName = await sample(
      through,
      QUERIES.dashboardByName,
      'dashboard query ordered by name (gateway)',
    );
    const reach = (answer) => {
      const nodes = answer.body.data.projects.edges.map((edge) => edge.node);
      return {
        projects: nodes.length,
        withAgendaItems: nodes.filter((node) => node.agendaItems.length > 0).length,
        agendaItems: nodes.reduce((sum, node) => sum + node.agendaItems.length, 0),
        withMeasures: nodes.filter((node) => node.measures.length > 0).length,
        measures: nodes.reduce((sum, node) => sum + node.measures.length, 0),
      };
    };
    result.samples = {
      totalCount: single.body.data.projects.totalCount,
      singleBytes: single.bytes,
      sameAnswer: JSON.stringify(single.body.data) === JSON.stringify(singleGateway.body.data),
      dashboardBytes: dashboard.bytes,
      reach: reach(dashboard),
      reachByName: reach(byName),
      netBudget: dashboard.body.data.portfolioSummary.netBudget,
    };

    log(`scale ${scale}: counting SQL statements per request`);
    result.statements = {
      singleDirect: await statementsPerRequest(direct, QUERIES.single, ports),
      singleGateway: await statementsPerRequest(through, QUERIES.single, ports),
      dashboard: await statementsPerRequest(through, QUERIES.dashboard, ports),
      dashboardByName: await statementsPerRequest(through, QUERIES.dashboardByName, ports),
    };

    const timed = async (label, url, query, connections) => {
      if (Date.now() > deadline) throw new Error(`time limit reached before ${label}`);
      log(`scale ${scale}: ${label}, ${connections} connection(s), ${options.duration} s`);
      return load(url, query, connections, options.duration);
    };
    log(`scale ${scale}: warm-up`);
    await load(direct, QUERIES.single, SINGLE_CONNECTIONS, WARMUP_SECONDS);
    await load(through, QUERIES.single, SINGLE_CONNECTIONS, WARMUP_SECONDS);
    result.singleDirect = await timed(
      'single-subgraph query direct',
      direct,
      QUERIES.single,
      SINGLE_CONNECTIONS,
    );
    result.singleGateway = await timed(
      'single-subgraph query via gateway',
      through,
      QUERIES.single,
      SINGLE_CONNECTIONS,
    );
    await load(through, QUERIES.dashboard, 10, WARMUP_SECONDS);
    result.dashboard = [];
    for (const connections of DASHBOARD_CONNECTIONS) {
      result.dashboard.push(
        await timed('dashboard query via gateway', through, QUERIES.dashboard, connections),
      );
    }
    for (const service of services) {
      if (service.exited !== null)
        throw new Error(`${service.name} exited (${service.exited}) during the run`);
    }
    return result;
  } finally {
    log(`scale ${scale}: stopping services`);
    await stopAll(services);
  }
}

// ---------------------------------------------------------------- report

const fixed = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const ms = (value) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : 'n/a');
const int = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a');
const statements = (per) =>
  `${fixed(per.total, per.total % 1 ? 2 : 0)} (${SUBGRAPHS.map((s) => fixed(per[s], per[s] % 1 ? 2 : 0)).join(' + ')})`;

function report(meta, results) {
  const lines = [];
  const push = (...rows) => lines.push(...rows);
  const scales = results.map((r) => r.scale);
  push('# ehelse-graph benchmark', '');
  push(`- Date: ${meta.date}`);
  push(`- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.memoryGb} GB RAM, ${meta.platform}`);
  push(`- Node ${process.version}, ${meta.database}, autocannon ${meta.autocannon}`);
  push(
    `- Scales: ${scales.join(', ')}; each load run ${meta.duration} s (after ${WARMUP_SECONDS} s warm-ups), keep-alive, POST JSON, no pipelining`,
  );
  push(
    `- Load generator, gateway, subgraphs and the database share the machine (load average 1/5/15 min: ${meta.loadBefore} before, ${meta.loadAfter} after): figures compare like with like within a run, not across machines.`,
  );
  push(
    "- p50/p99: latency of 2xx responses in ms, as measured by the load generator (full precision, not autocannon's whole-millisecond histogram).",
  );
  push('');

  push('## Data', '');
  push(
    `| rows | ${scales.map((s) => `scale ${s}`).join(' | ')} |`,
    `| --- | ${scales.map(() => '---:').join(' | ')} |`,
  );
  for (const table of Object.keys(results[0].rows)) {
    push(`| ${table} | ${results.map((r) => int(r.rows[table])).join(' | ')} |`);
  }
  push(
    `| net budget 2019 (MNOK, computed) | ${results.map((r) => fixed(r.samples.netBudget, 1)).join(' | ')} |`,
  );
  const reach = (x) => `${x.withAgendaItems} / ${x.withMeasures} of ${x.projects}`;
  const returned = (x) => `${x.agendaItems} / ${x.measures}`;
  push(
    `| dashboard page: projects with agenda items / tiltak | ${results.map((r) => reach(r.samples.reach)).join(' | ')} |`,
  );
  push(
    `| dashboard page: agenda items / tiltak returned | ${results.map((r) => returned(r.samples.reach)).join(' | ')} |`,
  );
  push(
    `| dashboard by name: projects with agenda items / tiltak | ${results.map((r) => reach(r.samples.reachByName)).join(' | ')} |`,
  );
  push(
    `| dashboard by name: agenda items / tiltak returned | ${results.map((r) => returned(r.samples.reachByName)).join(' | ')} |`,
  );
  push(
    `| response size: single / dashboard (bytes) | ${results.map((r) => `${int(r.samples.singleBytes)} / ${int(r.samples.dashboardBytes)}`).join(' | ')} |`,
  );
  push(
    `| start (migrate + seed) / generate (s) | ${results.map((r) => `${fixed(r.startMs / 1000)} / ${fixed((r.generateMs ?? 0) / 1000)}`).join(' | ')} |`,
  );
  push('');

  push(
    `## 1. Single-subgraph query: direct vs through the gateway (${SINGLE_CONNECTIONS} connections)`,
    '',
  );
  push(
    '| scale | path | req/s | p50 ms | p99 ms | non-2xx | GraphQL errors | socket errors / timeouts |',
  );
  push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    for (const [label, run] of [
      ['portfolio subgraph, direct', r.singleDirect],
      ['through the gateway', r.singleGateway],
    ]) {
      push(
        `| ${r.scale} | ${label} | ${int(run.rps)} | ${ms(run.p50)} | ${ms(run.p99)} | ${run.non2xx} | ${run.graphqlErrors} | ${run.socketErrors} / ${run.timeouts} |`,
      );
    }
  }
  push('');
  push(
    'Gateway overhead (same query, same data; the gateway answers identically: ' +
      `${results.every((r) => r.samples.sameAnswer) ? 'yes' : 'NO'}):`,
    '',
  );
  push(
    '| scale | p50 gateway / direct | p99 gateway / direct | req/s direct / gateway | p50 added by the gateway (ms) |',
  );
  push('| ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const d = r.singleDirect;
    const g = r.singleGateway;
    push(
      `| ${r.scale} | ${fixed(g.p50 / d.p50, 2)}× | ${fixed(g.p99 / d.p99, 2)}× | ${fixed(d.rps / g.rps, 2)}× | ${ms(g.p50 - d.p50)} |`,
    );
  }
  push('');

  push('## 2. Cross-domain dashboard query through the gateway', '');
  push(
    '| scale | connections | req/s | p50 ms | p99 ms | requests | non-2xx | GraphQL errors | socket errors / timeouts |',
  );
  push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    for (const run of r.dashboard) {
      push(
        `| ${r.scale} | ${run.connections} | ${int(run.rps)} | ${ms(run.p50)} | ${ms(run.p99)} | ${int(run.requests)} | ${run.non2xx} | ${run.graphqlErrors} | ${run.socketErrors} / ${run.timeouts} |`,
      );
    }
  }
  push('');

  push(
    `## 3. SQL statements per request (${STATEMENT_REQUESTS} sequential requests, from the subgraphs' \`sql_statements_total\`)`,
    '',
  );
  push('Total (portfolio + governance + architecture).', '');
  push(`| query | ${scales.map((s) => `scale ${s}`).join(' | ')} | same at every scale |`);
  push(`| --- | ${scales.map(() => '---:').join(' | ')} | --- |`);
  for (const [key, label] of [
    ['singleDirect', 'single-subgraph list, direct'],
    ['singleGateway', 'single-subgraph list, through the gateway'],
    ['dashboard', 'cross-domain dashboard, through the gateway'],
    ['dashboardByName', 'the dashboard with its page ordered by name'],
  ]) {
    const values = results.map((r) => r.statements[key]);
    const same = values.every((v) => SUBGRAPHS.every((s) => v[s] === values[0][s]));
    push(
      `| ${label} | ${values.map(statements).join(' | ')} | ${values.length < 2 ? 'n/a (one scale)' : same ? 'yes' : '**no**'} |`,
    );
  }
  push('');
  push(
    'Each level of a query costs one batched statement per subgraph, whatever its number of rows; a level that reaches no rows ' +
      'issues none for the levels below it (no agenda items on the page: no meetings or councils to load). Where a count differs ' +
      'between scales, compare what the pages reached (Data above).',
    '',
  );

  push('## Queries', '');
  push('Single-subgraph (portfolio):', '', '```graphql', QUERIES.single, '```', '');
  push(
    'Cross-domain dashboard (portfolio, governance, architecture):',
    '',
    '```graphql',
    QUERIES.dashboard,
    '```',
    '',
  );
  push(
    'The dashboard ordered by name (statement count only): the same with `projects(first: 20, orderBy: { field: NAME })`.',
    '',
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

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
    loadBefore: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
  const results = [];
  for (const [index, scale] of options.scales.entries()) {
    results.push(await runScale(scale, index, options, deadline));
  }
  meta.loadAfter = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const markdown = report(meta, results);
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${meta.date.replace(/[:.]/g, '-')}.md`);
  fs.writeFileSync(file, `${markdown}\n`);
  fs.writeFileSync(path.join(RESULTS, 'latest.md'), `${markdown}\n`);
  console.log(markdown);
  log(`written to ${path.relative(ROOT, file)} and bench/results/latest.md`);
}

process.on('exit', killAllNow);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`${signal}: stopping services`);
    const running = [...children];
    for (const child of running) child.kill('SIGTERM');
    // Give them a moment to close their database pools; the exit handler kills what is left.
    const waiting = running.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null || child.signalCode !== null
            ? resolve()
            : child.once('exit', resolve),
        ),
    );
    Promise.race([Promise.all(waiting), sleep(5000)]).then(() => process.exit(130));
  });
}

main().then(
  () => process.exit(0),
  (error) => {
    log(error instanceof Error ? error.message : error);
    killAllNow();
    process.exit(1);
  },
);
