'use strict';
// The services as child processes: free ports, start, wait for /ready, stop in order, kill.
const { spawn } = require('node:child_process');
const net = require('node:net');
const path = require('node:path');
const { ENTRIES, ROOT, START_TIMEOUT_MS, STOP_TIMEOUT_MS, log, sleep } = require('./settings');

const children = new Set();

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

/**
 * Starts a node process (never through a shell or an npm wrapper, so that the child's pid is the
 * process whose CPU and memory are read): one of ours by name, or another script (`entry`).
 */
function launch(name, env, { entry = path.join(ROOT, ENTRIES[name]), args = [], cwd = ROOT } = {}) {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd,
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

async function waitReady(service, port, deadline, readyPath = '/ready') {
  for (let attempt = 0; attempt < 2000 && Date.now() < deadline; attempt += 1) {
    if (service.exited !== null) {
      throw new Error(
        `${service.name} exited (${service.exited}) before it was ready:\n  ${service.tail.join('\n  ')}`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}${readyPath}`, {
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

/** On SIGINT/SIGTERM: asks every child to stop, waits a moment, then exits 130. */
function stopOnSignal(signal) {
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
}

module.exports = { freePort, launch, waitReady, stopAll, killAllNow, stopOnSignal };
