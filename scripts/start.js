#!/usr/bin/env node
// Starts the three subgraphs and the gateway as separate processes; Ctrl-C stops them all.
const { spawn } = require('node:child_process');
const path = require('node:path');
const http = require('node:http');

const root = path.join(__dirname, '..');
const services = [
  {
    name: 'portfolio',
    entry: 'subgraphs/portfolio/dist/main.js',
    port: process.env.PORTFOLIO_PORT || 4001,
  },
  {
    name: 'governance',
    entry: 'subgraphs/governance/dist/main.js',
    port: process.env.GOVERNANCE_PORT || 4002,
  },
  {
    name: 'architecture',
    entry: 'subgraphs/architecture/dist/main.js',
    port: process.env.ARCHITECTURE_PORT || 4003,
  },
];
const gateway = {
  name: 'gateway',
  entry: 'gateway/dist/main.js',
  port: process.env.GATEWAY_PORT || 4000,
};
const children = new Map();
let stopping = false;

function launch(service) {
  // The tracing preload does nothing unless OTEL_TRACING=true.
  const child = spawn(
    process.execPath,
    ['--require', path.join(root, 'shared/dist/tracing.js'), path.join(root, service.entry)],
    {
      cwd: root,
      env: { ...process.env, SERVICE_NAME: service.name, SUPERVISED: 'true' },
      stdio: 'inherit',
    },
  );
  children.set(service.name, child);
  child.on('exit', (code, signal) => {
    children.delete(service.name);
    if (!stopping) {
      console.error(`[start] ${service.name} exited (${signal || code}); stopping everything`);
      stop(1);
    }
  });
}

function ready(port, deadline) {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = http.get({ host: '127.0.0.1', port, path: '/ready' }, (response) => {
        response.resume();
        if (response.statusCode === 200) resolve();
        else retry();
      });
      request.on('error', retry);
    };
    const retry = () =>
      Date.now() > deadline
        ? reject(new Error(`port ${port} not ready`))
        : setTimeout(attempt, 250);
    attempt();
  });
}

const exitOf = (child) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve),
  );

/** The gateway stops first (finishing its requests), then the subgraphs it was still calling. */
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  setTimeout(() => process.exit(code), 15_000).unref();
  const front = children.get(gateway.name);
  if (front) {
    front.kill('SIGTERM');
    await exitOf(front);
  }
  const rest = [...children.values()];
  for (const child of rest) child.kill('SIGTERM');
  await Promise.all(rest.map(exitOf));
  process.exit(code);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

(async () => {
  const deadline = Date.now() + 120_000;
  services.forEach(launch);
  await Promise.all(services.map((service) => ready(service.port, deadline)));
  launch(gateway);
  await ready(gateway.port, deadline);
  console.log(
    `[start] ehelse-graph is up: playground http://localhost:${gateway.port}/ · ` +
      `API http://localhost:${gateway.port}/graphql (POST)`,
  );
})().catch((error) => {
  console.error(`[start] ${error.message}`);
  stop(1);
});
