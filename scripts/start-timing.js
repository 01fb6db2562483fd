#!/usr/bin/env node
// Times `npm start` until the API answers: a query through the gateway that needs all three
// subgraphs, answered with data and no error. Runs it --runs times (default 2) on one fresh
// data folder, each stopped with SIGINT (Ctrl-C) once it is fully up: the first run is a first
// start (it builds what is missing and seeds the database), the others are restarts. Beside the
// wall-clock time it prints the CPU time each service had used by then (Linux), steadier than
// wall-clock time on a busy machine. Figures, not a test: they depend on the machine.
// Usage: node scripts/start-timing.js [--runs 3] [--verbose]
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt === -1 ? 2 : Number(process.argv[runsAt + 1]);
const verbose = process.argv.includes('--verbose');
// One project, its agenda items (governance) and its measures (architecture).
const QUERY = '{ project(id: "161") { name agendaItems { number } measures { code } } }';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

async function answers(url) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(2000),
    });
    const { data, errors } = await response.json();
    return !errors && Boolean(data?.project?.agendaItems && data.project.measures);
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) a process has used, from /proc; undefined elsewhere. */
function cpuSecondsOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function timeOneStart(env, url) {
  const since = Date.now();
  // Its own process group, signalled as a whole as a terminal's Ctrl-C does.
  const child = spawn('npm', ['start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let exitCode;
  const exited = new Promise((resolve) => child.on('exit', resolve)).then(
    (code) => (exitCode = code),
  );
  while (exitCode === undefined && !(await answers(url))) await sleep(100);
  const seconds = (Date.now() - since) / 1000;
  const cpu = [...output.matchAll(/\[start\] (\w+) started \(pid (\d+)\)/g)].map(
    ([, name, pid]) => `${name} ${cpuSecondsOf(pid)?.toFixed(1) ?? '?'} s`,
  );
  // Let it finish what it does after the API answers (the playground bundle) before stopping.
  while (exitCode === undefined && !output.includes('ehelse-graph is up')) await sleep(100);
  if (exitCode !== undefined) throw new Error(`npm start exited with ${exitCode}:\n${output}`);
  process.kill(-child.pid, 'SIGINT');
  await exited;
  return { seconds, cpu, output };
}

async function main() {
  const [gateway, portfolio, governance, architecture] = await Promise.all(
    [1, 2, 3, 4].map(freePort),
  );
  const env = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-timing-')),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    GATEWAY_PORT: String(gateway),
    PORTFOLIO_PORT: String(portfolio),
    GOVERNANCE_PORT: String(governance),
    ARCHITECTURE_PORT: String(architecture),
  };
  for (let run = 1; run <= runs; run++) {
    const { seconds, cpu, output } = await timeOneStart(env, `http://127.0.0.1:${gateway}/graphql`);
    if (verbose)
      console.log(
        output
          .split('\n')
          .filter((line) => line.startsWith('[start]'))
          .join('\n'),
      );
    console.log(
      `run ${run} (${run === 1 ? 'first start' : 'restart'}): API answering after ` +
        `${seconds.toFixed(1)} s; CPU used by then: ${cpu.join(', ')}`,
    );
  }
  fs.rmSync(env.DATA_DIR, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
