import { startArchitecture } from '@ehelse/architecture';
import { startGateway } from '@ehelse/gateway';
import { startGovernance } from '@ehelse/governance';
import { startPortfolio } from '@ehelse/portfolio';
import type { RunningService, SubgraphName } from '@ehelse/shared/runtime';
import { eventually, postGraphQL, seededDatabase, TcpProxy, testConfig } from '@ehelse/test-kit';

/** Fields contributed by another subgraph are nullable, so one subgraph's outage costs only its own fields. */
const CROSS_DOMAIN = `{
  projects(first: 3) { totalCount }
  project(id: "107") { name agendaItems { number } measures { code } }
  council(id: "nasjonalt-e-helserad") { name }
  resultGoals { code }
}`;

describe('when a subgraph is down or slow', () => {
  const services: RunningService[] = [];
  let governance: RunningService;
  let governancePort: number;
  let proxy: TcpProxy;
  let gatewayUrl: string;
  let config: Awaited<ReturnType<typeof testConfig>>;

  beforeAll(async () => {
    config = await testConfig('sqljs', 'failure');
    config = { ...config, gateway: { ...config.gateway, subgraphTimeoutMs: 1500 } };
    const seeded = (subgraph: SubgraphName) => seededDatabase(config, subgraph);
    const portfolio = await startPortfolio({ config, port: 0, ...(await seeded('portfolio')) });
    const architecture = await startArchitecture({
      config,
      port: 0,
      ...(await seeded('architecture')),
    });
    governance = await startGovernance({ config, port: 0, ...(await seeded('governance')) });
    governancePort = governance.port;
    proxy = new TcpProxy({ host: '127.0.0.1', port: governancePort });
    await proxy.start();
    const gateway = await startGateway({
      config,
      port: 0,
      subgraphUrls: {
        portfolio: portfolio.url,
        architecture: architecture.url,
        governance: `http://127.0.0.1:${proxy.port}/graphql`,
      },
    });
    gatewayUrl = gateway.url;
    services.push(gateway, portfolio, architecture);
  });
  afterAll(async () => {
    await proxy.stop();
    for (const service of [...services, governance]) await service.stop().catch(() => undefined);
  });

  it('answers with the other subgraphs’ data and a clear error while one is down, and recovers by itself', async () => {
    const healthy = await postGraphQL(gatewayUrl, CROSS_DOMAIN);
    expect(healthy.errors).toBeUndefined();

    await governance.stop();
    const partial = await postGraphQL(gatewayUrl, CROSS_DOMAIN);
    expect(partial.data?.projects.totalCount).toBe(52);
    expect(partial.data?.resultGoals).toHaveLength(7);
    expect(partial.data?.project).toMatchObject({
      name: 'Helsedataprogrammet',
      agendaItems: null,
      measures: [],
    });
    expect(partial.data?.council).toBeNull();
    expect(partial.errors?.[0]).toMatchObject({
      message: 'The governance subgraph is unreachable',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'governance' },
    });

    governance = await startGovernance({
      config,
      port: governancePort,
      ...(await seededDatabase(config, 'governance')),
    });
    const recovered = await eventually(
      () => postGraphQL(gatewayUrl, CROSS_DOMAIN),
      (r) => !r.errors,
    );
    expect(recovered.errors).toBeUndefined();
    expect(recovered.data.council.name).toBe('Nasjonalt e-helseråd');
    expect(recovered.data.project.agendaItems).toEqual([{ number: '23/19' }]);
  });

  it('gives up on a hung subgraph after the timeout and still answers the rest', async () => {
    proxy.stall();
    const started = Date.now();
    const partial = await postGraphQL(gatewayUrl, CROSS_DOMAIN);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(partial.data?.projects.totalCount).toBe(52);
    expect(partial.data?.project.agendaItems).toBeNull();
    expect(partial.errors?.[0].message).toBe(
      'The governance subgraph did not answer within 1500 ms',
    );
    await proxy.cut();
    await proxy.restore();
    const recovered = await eventually(
      () => postGraphQL(gatewayUrl, CROSS_DOMAIN),
      (r) => !r.errors,
    );
    expect(recovered.errors).toBeUndefined();
  });
});

const mysqlUrl = process.env.DATABASE_URL;
(mysqlUrl ? describe : describe.skip)(
  'when a subgraph loses its database (MySQL through a proxy)',
  () => {
    let proxy: TcpProxy;
    let portfolio: RunningService;

    beforeAll(async () => {
      const target = new URL(mysqlUrl!);
      proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 3306) });
      await proxy.start();
      target.host = `127.0.0.1:${proxy.port}`;
      const config = await testConfig('mysql', 'db_failure');
      portfolio = await startPortfolio({
        config: { ...config, databaseUrl: target.toString() },
        port: 0,
      });
    });
    afterAll(async () => {
      await proxy.restore();
      await portfolio?.stop();
      await proxy.stop();
    });

    const ready = () => fetch(portfolio.url.replace('/graphql', '/ready')).then((r) => r.status);
    const query = () => postGraphQL(portfolio.url, '{ projects(first: 1) { totalCount } }');

    it('answers errors, not hangs, and recovers when the database returns', async () => {
      expect(await ready()).toBe(200);
      await proxy.cut();
      const started = Date.now();
      const failed = await query();
      expect(failed.errors?.length).toBeGreaterThan(0);
      expect(await ready()).toBe(503);
      expect(Date.now() - started).toBeLessThan(15_000);

      await proxy.restore();
      const recovered = await eventually(query, (r) => !r.errors);
      expect(recovered.data.projects.totalCount).toBe(52);
      expect(await ready()).toBe(200);
    });
  },
);
