#!/usr/bin/env node
// Supervises the three subgraphs and the gateway, each its own process: one that exits is
// started again with backoff while the others keep serving; Ctrl-C drains, gateway first.
//
// Our own ~150 lines rather than a process manager: pm2 (7.x) is AGPL-3.0 (this project is
// MIT), brings some twenty dependencies and a background daemon that outlives the terminal,
// and stops an app's processes all at once, not the gateway first and then the subgraphs it
// still calls. What we need is small: restart with backoff, ordered drain, one log format.
//
// Before that it builds what changed since the last start, and only that: the TypeScript files
// (scripts/transpile.js, without type-checking: `npm run typecheck` does that) and, in the
// background while the services start, the playground bundle when its inputs changed.
const { spawn } = require('node:child_process');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { transpileChanged } = require('./transpile');
const { playgroundIsCurrent } = require('../gateway/playground/build');

const root = path.join(__dirname, '..');
const subgraphs = [
  { name: 'portfolio', port: process.env.PORTFOLIO_PORT || 4001 },
  { name: 'governance', port: process.env.GOVERNANCE_PORT || 4002 },
  { name: 'architecture', port: process.env.ARCHITECTURE_PORT || 4003 },
].map((s) => ({ ...s, entry: `subgraphs/${s.name}/dist/main.js` }));
const gateway = {
  name: 'gateway',
  entry: 'gateway/dist/main.js',
  port: process.env.GATEWAY_PORT || 4000,
};
const services = [...subgraphs, gateway];

const RESTART = {
  firstDelayMs: 500,
  maxDelayMs: 30_000,
  // Up this long, an exit counts as a new incident: the backoff starts over.
  stableAfterMs: 30_000,
  // This many exits in a row, each before it was stable: report it as failing for good.
  failingAfter: 5,
};
// Past this, the stop gives up waiting for a service to finish and kills it.
const DRAIN_MS = 10_000;

let stopping = false;
const log = (line) => console.error(`[start] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
// Since this process started: what `npm start` takes before the API answers, npm's own share aside.
const sinceStart = () => seconds(process.uptime() * 1000);

function buildChangedSources() {
  const since = Date.now();
  const { compiled, removed } = transpileChanged();
  const took = seconds(Date.now() - since);
  if (!compiled && !removed) log(`TypeScript: no source changed, nothing to compile (${took})`);
  else log(`TypeScript: compiled ${compiled} changed files, removed ${removed} deleted (${took})`);
}

const playground = { pending: false, bundler: undefined };
/** Bundles the playground beside the starting services, at a lower priority than theirs. */
function bundlePlaygroundIfChanged() {
  if (playgroundIsCurrent()) return log('playground: inputs unchanged, nothing to bundle');
  log('playground: inputs changed, bundling it while the services start');
  const since = Date.now();
  const bundler = spawn(
    process.execPath,
    [path.join(root, 'gateway/playground/build.js'), '--force'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    // esbuild's own process, started a moment later, inherits it.
    os.setPriority(bundler.pid, 10);
  } catch {
    // not permitted here: it competes with the services as an equal
  }
  playground.pending = true;
  playground.bundler = bundler;
  bundler.on('exit', (code, signal) => {
    playground.pending = false;
    playground.bundler = undefined;
    if (stopping) return;
    if (code === 0) log(`playground bundled (${seconds(Date.now() - since)})`);
    else
      log(
        `playground could not be bundled (${signal || `code ${code}`}), see above; the API works ` +
          'without it; `node gateway/playground/build.js` tries again',
      );
    announceAllUp();
  });
}

function launch(service) {
  // Loading OpenTelemetry costs each service some 0.6 s of CPU: only preloaded when tracing is on.
  const { tracingSettings } = require('../shared/dist/config');
  const preload = tracingSettings(process.env).enabled
    ? ['--require', path.join(root, 'shared/dist/tracing.js')]
    : [];
  const child = spawn(process.execPath, [...preload, path.join(root, service.entry)], {
    cwd: root,
    env: {
      // Node 22.1 and later keep the services' compiled code here between starts; 20 ignores it.
      NODE_COMPILE_CACHE: path.join(root, 'node_modules', '.cache', 'ehelse-start'),
      ...process.env,
      SERVICE_NAME: service.name,
      SUPERVISED: 'true',
    },
    // The IPC channel lets a child notice when we are gone, even killed with SIGKILL.
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // Its own process group: Ctrl-C reaches only us, and we stop the services in order.
    detached: true,
  });
  service.child = child;
  service.startedAt = Date.now();
  log(`${service.name} started (pid ${child.pid})`);
  child.on('error', (error) => log(`${service.name} could not be started: ${error.message}`));
  child.on('exit', (code, signal) => {
    service.child = undefined;
    service.ready = false;
    if (!stopping) scheduleRestart(service, signal || `code ${code}`);
  });
  announceWhenReady(service, child);
}

function scheduleRestart(service, reason) {
  const upMs = Date.now() - service.startedAt;
  service.failures = upMs >= RESTART.stableAfterMs ? 1 : (service.failures || 0) + 1;
  const delayMs = Math.min(RESTART.maxDelayMs, RESTART.firstDelayMs * 2 ** (service.failures - 1));
  const after = `after ${(upMs / 1000).toFixed(1)} s`;
  // We keep trying, slowly, rather than give up on it: a database that comes back or a file
  // put right is then picked up without restarting the rest; each try costs one log line.
  if (service.failures >= RESTART.failingAfter)
    log(
      `${service.name} keeps failing: exited (${reason}) ${after}, ${service.failures} times in a row ` +
        `within ${RESTART.stableAfterMs / 1000} s of starting; see its log above. The other services ` +
        `stay up; trying again in ${delayMs / 1000} s`,
    );
  else log(`${service.name} exited (${reason}) ${after}; restarting in ${delayMs / 1000} s`);
  service.timer = setTimeout(() => launch(service), delayMs);
}

const getStatus = (port, route) =>
  new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: route, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });

/** Logs when this run of the service answers /ready (a subgraph waits for its database). */
async function announceWhenReady(service, child) {
  const since = Date.now();
  let warned = false;
  while (service.child === child && !stopping) {
    if ((await getStatus(service.port, '/ready')) === 200) {
      service.ready = true;
      log(
        `${service.name} ready (pid ${child.pid}, ${((Date.now() - since) / 1000).toFixed(1)} s)`,
      );
      announceAllUp();
      return;
    }
    if (!warned && Date.now() - since > 15_000) {
      warned = true;
      log(
        `${service.name} not ready yet: /ready answers 503 (database unreachable?); still trying`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

let apiAnnounced = false;
let announced = false;
function announceAllUp() {
  if (announced || !services.every((s) => s.ready)) return;
  if (!apiAnnounced) log(`API answering after ${sinceStart()}`);
  apiAnnounced = true;
  if (playground.pending) return;
  announced = true;
  console.log(
    `[start] ehelse-graph is up: playground http://localhost:${gateway.port}/ · ` +
      `API http://localhost:${gateway.port}/graphql (POST)`,
  );
}

async function terminate(service) {
  const { child } = service;
  if (!child) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    log(`${service.name} still running after ${DRAIN_MS / 1000} s: killing it`);
    child.kill('SIGKILL');
  }, DRAIN_MS);
  await exited;
  clearTimeout(timer);
}

/** The gateway stops first (finishing its requests), then the subgraphs it was still calling. */
async function stop(signal) {
  // `npm start` forwards the terminal's SIGINT to us, which then arrives twice: once is enough.
  if (stopping) return;
  stopping = true;
  for (const service of services) clearTimeout(service.timer);
  log(`${signal}: draining the gateway, then stopping the subgraphs`);
  playground.bundler?.kill('SIGTERM');
  await terminate(gateway);
  log('gateway stopped');
  await Promise.all(subgraphs.map(terminate));
  log('subgraphs stopped');
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

// The gateway serves a static supergraph, so it need not wait for the subgraphs: until they are
// ready it answers their fields with SUBGRAPH_UNAVAILABLE, as it does whenever one is down.
try {
  buildChangedSources();
} catch (error) {
  log(`could not compile the TypeScript sources: ${error.message}`);
  process.exit(1);
}
bundlePlaygroundIfChanged();
services.forEach(launch);
