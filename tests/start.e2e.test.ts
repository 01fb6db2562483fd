import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { allocatePorts, graphqlRequest, postGraphQL, type ServicePorts } from '@ehelse/test-kit';

/**
 * `npm start` as a person runs it: it builds what changed (and only that), then runs four
 * processes on the embedded database, seeded on first start, with health, readiness, metrics,
 * the playground, JSON logs sharing the request id, and a clean stop that finishes requests
 * in flight.
 */
const ROOT = path.join(__dirname, '..');
const SERVICES = ['gateway', 'portfolio', 'governance', 'architecture'] as const;
const SUMMARY = `{ portfolioSummary(year: 2019) { projectCount netBudget grossBudget internalTransfers
  byFocusArea { focusArea { code } amount projectCount } byFunder { funder { code } amount } } }`;

/** A stand-in OTLP/HTTP collector: keeps the service name and trace id of every span it receives. */
async function startCollector() {
  const spans: { service: string; traceId: string; name: string }[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      try {
        for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
          const service = resourceSpans.resource.attributes.find(
            (a: any) => a.key === 'service.name',
          )?.value.stringValue;
          for (const scope of resourceSpans.scopeSpans)
            for (const span of scope.spans)
              spans.push({ service, traceId: span.traceId, name: span.name });
        }
      } catch {
        // not JSON: ignore
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { spans, url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
let collector: Awaited<ReturnType<typeof startCollector>> | undefined;
/** Ports the operating system hands out, taken before the first start and kept for the restart. */
let ports: ServicePorts;

interface Started {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
}

function start(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      GATEWAY_PORT: String(ports.gateway),
      PORTFOLIO_PORT: String(ports.portfolio),
      GOVERNANCE_PORT: String(ports.governance),
      ARCHITECTURE_PORT: String(ports.architecture),
      OTEL_TRACING: 'true',
      OTEL_EXPORTER_OTLP_ENDPOINT: collector?.url,
      OTEL_BSP_SCHEDULE_DELAY: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not up in time:\n${output.join('')}`)),
      120_000,
    );
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (chunk.toString().includes('ehelse-graph is up')) {
        clearTimeout(timer);
        resolve({ child, output, exited });
      }
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    exited.then((code) => reject(new Error(`exited with ${code}:\n${output.join('')}`)));
  });
}

describe('npm start', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-start-'));
  let gateway: string;
  let running: Started;

  beforeAll(async () => {
    collector = await startCollector();
    ports = await allocatePorts();
    gateway = `http://127.0.0.1:${ports.gateway}`;
    running = await start(dataDir);
  }, 150_000);
  afterAll(async () => {
    if (running?.child.exitCode === null) running.child.kill('SIGINT');
    await running?.exited;
    collector?.close();
  });

  it('serves the documents’ portfolio figures through the gateway', async () => {
    const { data, errors } = await postGraphQL(`${gateway}/graphql`, SUMMARY);
    expect(errors).toBeUndefined();
    expect(data.portfolioSummary.projectCount).toBe(52);
    expect(Math.abs(data.portfolioSummary.netBudget - 1515)).toBeLessThanOrEqual(5);
  });

  it.each(SERVICES)('%s answers /health, /ready and /metrics', async (name) => {
    const port = ports[name];
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/graphql_request_duration_seconds/);
    expect(metrics).toMatch(/process_cpu_seconds_total/);
  });

  it('serves the playground at /', async () => {
    const page = await fetch(`${gateway}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('logs JSON lines with the same request id in the gateway and the subgraphs', async () => {
    await graphqlRequest(
      `${gateway}/graphql`,
      '{ project(id: "107") { name agendaItems { number } } }',
      undefined,
      { headers: { 'x-request-id': 'trace-me-42' } },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lines = running.output
      .join('')
      .split('\n')
      .filter((line) => line.includes('trace-me-42'))
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.service).sort()).toEqual(['gateway', 'governance', 'portfolio']);
  });

  it('exports OpenTelemetry spans when OTEL_TRACING=true, one trace across gateway and subgraphs', async () => {
    await postGraphQL(`${gateway}/graphql`, '{ project(id: "161") { name measures { code } } }');
    const deadline = Date.now() + 10_000;
    const traceOf = (service: string) =>
      collector!.spans.filter((s) => s.service === service).map((s) => s.traceId);
    let shared: string[] = [];
    while (Date.now() < deadline) {
      const gatewayTraces = new Set(traceOf('gateway'));
      shared = traceOf('portfolio').filter(
        (id) => gatewayTraces.has(id) && traceOf('architecture').includes(id),
      );
      if (shared.length) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps its data across a restart without seeding twice, and stops cleanly with requests in flight', async () => {
    const inFlight = Array.from({ length: 10 }, () =>
      postGraphQL(`${gateway}/graphql`, SUMMARY).catch((e) => ({ errors: [e] })),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    running.child.kill('SIGINT');
    const answered = await Promise.all(inFlight);
    expect(
      answered.filter((r: any) => r.data?.portfolioSummary.projectCount === 52).length,
    ).toBeGreaterThan(0);
    expect(await running.exited).toBe(0);

    const database = path.join(dataDir, 'portfolio.sqlite');
    const savedAt = fs.statSync(database).mtimeMs;
    running = await start(dataDir);
    // A start that only finds the data seeded reads the file and leaves it as it was.
    expect(fs.statSync(database).mtimeMs).toBe(savedAt);
    const { data } = await postGraphQL(`${gateway}/graphql`, SUMMARY);
    expect(data.portfolioSummary.projectCount).toBe(52);
  }, 120_000);

  it('rebuilds nothing on a restart when nothing changed', () => {
    const log = running.output.join('');
    expect(log).toContain('[start] TypeScript: no source changed, nothing to compile');
    expect(log).toContain('[start] playground: inputs unchanged, nothing to bundle');
    expect(log).not.toContain('playground bundled');
  });

  it('compiles a changed TypeScript file and bundles the playground again when one of its sources changed', async () => {
    running.child.kill('SIGINT');
    expect(await running.exited).toBe(0);
    // Changed as far as the build can tell (size and modification time), content kept as it is.
    const now = new Date();
    fs.utimesSync(path.join(ROOT, 'gateway', 'playground', 'index.tsx'), now, now);
    fs.utimesSync(path.join(ROOT, 'gateway', 'src', 'main.ts'), now, now);

    running = await start(dataDir);
    const log = running.output.join('');
    expect(log).toMatch(/\[start\] TypeScript: compiled [1-9]\d* changed files/);
    expect(log).toContain(
      '[start] playground: inputs changed, bundling it while the services start',
    );
    expect(log).toMatch(/\[start\] playground bundled \(\d+\.\d s\)/);
    const page = await fetch(`${gateway}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('playground.js');
    const bundle = await fetch(`${gateway}/playground.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    const { data } = await postGraphQL(`${gateway}/graphql`, SUMMARY);
    expect(data.portfolioSummary.projectCount).toBe(52);
  }, 150_000);
});
