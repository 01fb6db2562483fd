import {
  allocatePorts,
  built,
  freePorts,
  isAlive,
  postGraphQL,
  startSupervisor,
  statusOf,
  type Supervisor,
  TcpProxy,
  testConfig,
} from '@ehelse/test-kit';

/**
 * `npm start` before its database: every subgraph stays alive and retries, answering /ready
 * 503 (and its fields with SUBGRAPH_UNAVAILABLE) until the database is reachable, then serves.
 * The database is MySQL behind a proxy that starts closed; without DATABASE_URL there is no
 * database to open later, so only the waiting is tested.
 */
const SUBGRAPHS = ['portfolio', 'governance', 'architecture'] as const;
const mysqlUrl = process.env.DATABASE_URL;
const CROSS_DOMAIN = `{ project(id: "161") { name measures { code } }
  council(id: "nasjonalt-e-helserad") { name } }`;

(built ? describe : describe.skip)('npm start while the database is unreachable', () => {
  let supervisor: Supervisor;
  let proxy: TcpProxy | undefined;
  let databasePort: number;

  beforeAll(async () => {
    [databasePort] = await freePorts(1); // nothing listens there until the proxy opens it
    const target = new URL(mysqlUrl ?? 'mysql://ehelse:ehelse@127.0.0.1:3306');
    proxy = mysqlUrl
      ? new TcpProxy({ host: target.hostname, port: Number(target.port || 3306) })
      : undefined;
    const unreachable = new URL(target);
    unreachable.port = String(databasePort);
    supervisor = startSupervisor(await allocatePorts(), {
      DATABASE_URL: unreachable.toString(),
      DATABASE_PREFIX: mysqlUrl
        ? (await testConfig('mysql', 'supervision_wait')).databasePrefix
        : 'ehelse_t_supervision_wait_',
      LOG_LEVEL: 'warn',
    });
  });
  afterAll(async () => {
    await supervisor?.stop();
    await proxy?.stop();
  });

  it('keeps every subgraph alive, retrying with backoff, /ready 503 and partial answers', async () => {
    for (const name of SUBGRAPHS)
      await supervisor.waitFor(
        new RegExp(`"attempt":3,[^\\n]*"msg":"${name}: database unreachable, retrying"`),
        60_000,
      );
    const { ports } = supervisor;
    for (const name of SUBGRAPHS) {
      expect(await statusOf(`http://127.0.0.1:${ports[name]}/health`)).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${ports[name]}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({
        status: 'starting',
        error: expect.stringMatching(/database unreachable \(.*ECONNREFUSED/),
      });
      // Started once, never exited: the process waits, the supervisor had nothing to restart.
      const pids = supervisor.pidsOf(name);
      expect(pids).toHaveLength(1);
      expect(isAlive(pids[0])).toBe(true);
    }
    expect(supervisor.output()).not.toMatch(/exited/);
    expect(supervisor.output()).not.toMatch(/ehelse-graph is up/);

    // The gateway does not wait for the subgraphs: it serves what it can.
    await supervisor.waitFor(/gateway ready/, 30_000);
    const partial = await postGraphQL(supervisor.gatewayUrl, CROSS_DOMAIN);
    expect(partial.data).toEqual({ project: null, council: null });
    for (const name of ['portfolio', 'governance'])
      expect(partial.errors).toContainEqual(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: name }),
        }),
      );
    expect(partial.errors?.[0].message).toMatch(/subgraph is starting: its database is not open/);
  }, 90_000);

  (mysqlUrl ? it : it.skip)(
    'serves once the database is reachable, without a restart',
    async () => {
      await proxy!.start(databasePort);
      // The retry delay is capped at 10 s; migrating and seeding takes a few more.
      await supervisor.waitFor(/ehelse-graph is up/, 60_000);
      for (const name of SUBGRAPHS) {
        expect(await statusOf(`http://127.0.0.1:${supervisor.ports[name]}/ready`)).toBe(200);
        expect(supervisor.pidsOf(name)).toHaveLength(1);
      }
      const whole = await postGraphQL(supervisor.gatewayUrl, CROSS_DOMAIN);
      expect(whole.errors).toBeUndefined();
      expect(whole.data.project.name).toBe('Heliks');
      expect(whole.data.council.name).toBe('Nasjonalt e-helseråd');
      expect(whole.data.project.measures).toEqual(expect.any(Array)); // architecture answered too
    },
    90_000,
  );
});
