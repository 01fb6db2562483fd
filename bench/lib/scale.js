'use strict';
// One scale: fresh databases, the services started on them, the data generated, then the
// sample answers, the statement counts and the load runs, our gateway beside Hive Gateway
// (cache off and on), and the services stopped.
const { generate, countRows } = require('../generate');
const { compareGateways } = require('./compare');
const { dropDatabases } = require('./databases');
const { load } = require('./load');
const { databasePid } = require('./procstat');
const { QUERIES } = require('./queries');
const { sample, statementsPerRequest } = require('./requests');
const { startGateways } = require('./gateways');
const { freePort, launch, waitReady, stopAll } = require('./services');
const {
  COMPARE_MAX_SECONDS,
  DASHBOARD_CONNECTIONS,
  SINGLE_CONNECTIONS,
  START_TIMEOUT_MS,
  SUBGRAPHS,
  WARMUP_SECONDS,
  log,
} = require('./settings');
const { SUBGRAPH_SECRET } = require('./signing');

async function runScale(scale, index, options, deadline) {
  const prefix = `ehelse_bench_s${scale}_`;
  const base = 4301 + 10 * index;
  const ports = {};
  const names = [
    'portfolio',
    'governance',
    'architecture',
    'gateway',
    'gatewayCached',
    'hive',
    'hiveCached',
  ];
  for (const [offset, name] of names.entries()) {
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
  const cleanups = [];
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

    const comparing = scale === options.compareScale;
    const { pairs } = await startGateways({
      env,
      ports,
      hive: options.hive,
      comparing,
      readyBy: Math.min(deadline, Date.now() + START_TIMEOUT_MS),
      services,
      cleanups,
    });

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
    // Section 4 runs once, at the largest scale: at every scale it would double the run's time.
    if (comparing) {
      const others = Object.fromEntries(
        SUBGRAPHS.map((subgraph, i) => [subgraph, services[i].child.pid]),
      );
      const mysqld = databasePid();
      if (mysqld) others.mysqld = mysqld;
      result.compare = await compareGateways({
        pairs,
        others,
        rounds: options.rounds,
        seconds: Math.min(options.duration, COMPARE_MAX_SECONDS),
        deadline,
        scale,
      });
    }
    for (const service of services) {
      if (service.exited !== null)
        throw new Error(`${service.name} exited (${service.exited}) during the run`);
    }
    return result;
  } finally {
    log(`scale ${scale}: stopping services`);
    await stopAll(services);
    for (const cleanup of cleanups) cleanup();
  }
}

module.exports = { runScale };
