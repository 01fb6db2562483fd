import { randomBytes } from 'node:crypto';
import { startGateway } from '@ehelse/gateway';
import { startGovernance } from '@ehelse/governance';
import type { RunningService } from '@ehelse/shared/runtime';
import {
  graphqlRequest,
  seededDatabase,
  type Stack,
  startStack,
  testConfig,
} from '@ehelse/test-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const metricsUrlOf = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '/metrics');
const metricsSize = async (graphqlUrl: string) =>
  Buffer.byteLength(await (await fetch(metricsUrlOf(graphqlUrl))).text());

/** Sends `count` requests, each with an operation name never seen before, `parallel` at a time. */
async function randomlyNamed(stack: Stack, count: number, parallel = 25) {
  let sent = 0;
  const worker = async () => {
    while (sent < count) {
      sent += 1;
      const name = `Random_${randomBytes(12).toString('hex')}`;
      const result = await stack.query(`query ${name} { focusAreas { code } }`);
      expect(result.errors).toBeUndefined();
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

describe('metrics a client cannot grow', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('sqljs', 'bounded_metrics');
  });
  afterAll(() => stack?.stop());

  it("keeps /metrics' size flat over 3 000 random operation names, gateway and subgraph", async () => {
    await randomlyNamed(stack, 100);
    const gatewayAfter100 = await metricsSize(stack.gatewayUrl);
    const portfolioAfter100 = await metricsSize(stack.subgraphUrls.portfolio!);
    await randomlyNamed(stack, 2_900);
    const gatewayAfter3000 = await metricsSize(stack.gatewayUrl);
    const portfolioAfter3000 = await metricsSize(stack.subgraphUrls.portfolio!);
    // Only counter values and process figures change; a new series per name would add ~2 kB each.
    expect(Math.abs(gatewayAfter3000 - gatewayAfter100)).toBeLessThan(2_000);
    expect(Math.abs(portfolioAfter3000 - portfolioAfter100)).toBeLessThan(2_000);
    const text = await (await fetch(metricsUrlOf(stack.gatewayUrl))).text();
    expect(text).toMatch(
      /graphql_requests_total\{operation="other",outcome="ok",service="gateway"\} 3000/,
    );
    expect(text).not.toMatch(/Random_/);
  }, 120_000);

  it('labels a known operation by its name, in the gateway and in the subgraph it reaches', async () => {
    await stack.query('query ResultGoals { focusAreas { code } }');
    expect(await (await fetch(metricsUrlOf(stack.gatewayUrl))).text()).toMatch(
      /graphql_requests_total\{operation="ResultGoals",outcome="ok",service="gateway"\} 1/,
    );
    expect(await (await fetch(metricsUrlOf(stack.subgraphUrls.portfolio!))).text()).toMatch(
      /graphql_requests_total\{operation="ResultGoals",outcome="ok",service="portfolio"\} 1/,
    );
  });
});

describe('METRICS_TOKEN and x-request-id', () => {
  const token = 'scrape-me-7c1e';
  const services: RunningService[] = [];
  let gateway: RunningService;
  let governance: RunningService;
  beforeAll(async () => {
    const base = await testConfig('sqljs', 'metrics_token');
    const config = { ...base, metrics: { ...base.metrics, token } };
    governance = await startGovernance({
      config,
      port: 0,
      ...(await seededDatabase(config, 'governance')),
    });
    services.push(governance);
    gateway = await startGateway({ config, port: 0, subgraphUrls: { governance: governance.url } });
    services.push(gateway);
  });
  afterAll(async () => {
    for (const service of services.reverse()) await service.stop();
  });

  it('answers /metrics only with the bearer token, on the gateway and on a subgraph', async () => {
    for (const service of [gateway, governance]) {
      const url = metricsUrlOf(service.url);
      const without = await fetch(url);
      expect(without.status).toBe(401);
      expect(((await without.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect((await fetch(url, { headers: { authorization: 'Bearer nope' } })).status).toBe(401);
      const withToken = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(withToken.status).toBe(200);
      expect(await withToken.text()).toMatch(/graphql_requests_total/);
    }
  });

  it('keeps /health and /ready open', async () => {
    for (const service of [gateway, governance]) {
      expect((await fetch(service.url.replace(/\/graphql$/, '/health'))).status).toBe(200);
      expect((await fetch(service.url.replace(/\/graphql$/, '/ready'))).status).toBe(200);
    }
  });

  const requestIdAnswered = async (url: string, requestId: string) => {
    const response = await graphqlRequest(url, '{ councils { id } }', undefined, {
      headers: { 'x-request-id': requestId },
    });
    expect(response.status).toBe(200);
    return response.headers.get('x-request-id');
  };

  it('keeps a short id of safe characters and replaces any other, gateway and subgraph', async () => {
    for (const service of [gateway, governance]) {
      expect(await requestIdAnswered(service.url, 'trace-me_42.a')).toBe('trace-me_42.a');
      expect(await requestIdAnswered(service.url, 'a'.repeat(64))).toBe('a'.repeat(64));
      for (const odd of ['a'.repeat(65), 'two words', '"},{"level":"fatal"', 'id;drop', 'ø'])
        expect(await requestIdAnswered(service.url, odd)).toMatch(UUID);
    }
  });
});
