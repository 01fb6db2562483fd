import net from 'node:net';
import { startGateway } from '@ehelse/gateway';
import type { RunningService } from '@ehelse/shared/runtime';
import {
  asAdmin,
  BACKENDS,
  eventually,
  graphqlRequest,
  startStack,
  TcpProxy,
  testConfig,
  type Stack,
} from '@ehelse/test-kit';
import { GENERATION_KEY } from '../gateway/src/response-cache/generation';
import { cacheOn, measured, PROJECT, RENAME } from './response-cache.requests';

/** .ci/run starts Redis and sets REDIS_TEST_URL; locally the machine's Redis, if it runs. */
const REDIS = new URL(process.env.REDIS_TEST_URL || 'redis://127.0.0.1:6379');
const required = process.env.CI === 'true' || Boolean(process.env.REDIS_TEST_URL);

/** Whether Redis answers PING at `REDIS` (raw RESP, so no client is needed to find out). */
const redisAnswers = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(Number(REDIS.port || 6379), REDIS.hostname);
    socket.setTimeout(1_000, () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
  });

/** Sends one command in RESP's inline form, e.g. FLUSHDB on the test's own database. */
const redisCommand = (db: number, command: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(REDIS.port || 6379), REDIS.hostname);
    let answer = '';
    socket.on('error', reject);
    socket.on('connect', () => socket.write(`SELECT ${db}\r\n${command}\r\n`));
    socket.on('data', (data) => {
      answer += data.toString();
      if (answer.split('\r\n').length > 2) (socket.destroy(), resolve(answer));
    });
  });

/** The write generation as Redis holds it now (a number), or null without one. */
async function storedGeneration(db: number): Promise<number | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const reply = await redisCommand(db, `GET ${GENERATION_KEY}`);
    const bulk = /\$(-?\d+)\r\n(?:(\d+)\r\n)?/.exec(reply);
    if (bulk?.[1] === '-1') return null;
    if (bulk?.[2] !== undefined) return Number(bulk[2]);
  }
  throw new Error('no answer from Redis to GET');
}

let available = false;
beforeAll(async () => {
  available = await redisAnswers();
  if (!available && required)
    throw new Error(`Redis is required here (CI) and does not answer at ${REDIS.host}`);
  if (!available)
    console.warn(`Redis does not answer at ${REDIS.host}: the shared-cache tests are skipped`);
});

describe.each(BACKENDS)('the response cache shared in Redis by two gateways, on %s', (backend) => {
  // A database of its own per backend: the two suites may run at once on the same server.
  const db = backend === 'sqljs' ? 11 : 12;
  let proxy: TcpProxy;
  let stack: Stack;
  let other: RunningService;
  const through = (url: string, id = '107') => measured(url, PROJECT, { id });
  /** Renames project 107 through gateway A (the stack's). */
  const rename = async (name: string) => {
    const write = await graphqlRequest(
      stack.gatewayUrl,
      RENAME,
      { input: { id: '107', name } },
      { headers: await asAdmin() },
    );
    expect(write.body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    if (!available) return;
    await redisCommand(db, 'FLUSHDB');
    proxy = new TcpProxy({ host: REDIS.hostname, port: Number(REDIS.port || 6379) });
    const port = await proxy.start();
    const redisUrl = `redis://127.0.0.1:${port}/${db}`;
    stack = await startStack(backend, 'response_cache_redis_e2e', cacheOn(redisUrl));
    other = await startGateway({
      config: cacheOn(redisUrl)(await testConfig(backend, 'response_cache_redis_e2e_gateway')),
      port: 0,
      subgraphUrls: stack.subgraphUrls,
    });
    // Each gateway caches once it has bumped the generation on connecting.
    for (const url of [stack.gatewayUrl, other.url])
      await eventually(
        async () => (await through(url)).age,
        (age) => age !== null,
        30_000,
      );
  }, 180_000);
  afterAll(async () => {
    await other?.stop();
    await stack?.stop();
    await proxy?.cut();
  });

  const itWithRedis = (name: string, test: () => Promise<void>) =>
    it(name, async () => {
      if (available) await test();
    });

  itWithRedis('shares answers: one gateway answers from what the other cached', async () => {
    const first = await through(stack.gatewayUrl, '161');
    expect(first.statements).toBeGreaterThan(0);
    const fromOther = await through(other.url, '161');
    expect(fromOther.statements).toBe(0);
    expect(fromOther.age).not.toBeNull();
    expect(fromOther.body).toEqual(first.body);
  });

  itWithRedis('a read through B right after a write through A sees the write', async () => {
    await through(other.url);
    expect((await through(other.url)).statements).toBe(0);
    for (const name of ['Written through A', 'Written through A again']) {
      await rename(name);
      const read = await through(other.url);
      expect(read.body.data.project.name).toBe(name);
      expect(read.statements).toBeGreaterThan(0);
    }
  });

  /** Both gateways answer the project from their memory (replayed), with `name`. */
  const replayedEverywhere = async (name: string) => {
    for (const url of [stack.gatewayUrl, other.url]) {
      const answer = await eventually(
        () => through(url),
        (read) => read.age !== null && read.statements === 0,
        30_000,
      );
      expect(answer.body.data.project.name).toBe(name);
    }
  };

  itWithRedis('never replays an answer from before Redis was emptied (FLUSHDB)', async () => {
    await rename('Before the flush');
    await replayedEverywhere('Before the flush');
    // The generation is gone; a write counted from 0 would land on one a gateway holds answers for.
    const before = (await storedGeneration(db))!;
    await redisCommand(db, 'FLUSHDB');
    await rename('After the flush');
    // It starts again from the clock, above every generation counted before.
    expect(await storedGeneration(db)).toBeGreaterThan(before);
    for (const url of [other.url, stack.gatewayUrl])
      expect((await through(url)).body.data.project.name).toBe('After the flush');
    await replayedEverywhere('After the flush');
  });

  itWithRedis('never replays an answer from before Redis restarted empty', async () => {
    await rename('Before the restart');
    await replayedEverywhere('Before the restart');
    await redisCommand(db, 'FLUSHDB');
    await proxy.cut();
    await proxy.restore();
    await replayedEverywhere('Before the restart');
    await rename('After the restart');
    for (const url of [other.url, stack.gatewayUrl])
      expect((await through(url)).body.data.project.name).toBe('After the restart');
  });

  itWithRedis(
    'answers correctly without Redis, at once, and caches again when it is back',
    async () => {
      await through(other.url);
      await proxy.cut();
      const started = Date.now();
      const without = await through(other.url);
      expect(without.body.errors).toBeUndefined();
      expect(without.statements).toBeGreaterThan(0);
      expect(without.age).toBeNull();
      // A write while Redis is away: no gateway may answer from what it cached before.
      const write = await graphqlRequest(
        stack.gatewayUrl,
        RENAME,
        { input: { id: '107', name: 'Written while Redis was away' } },
        { headers: await asAdmin() },
      );
      expect(write.body.errors).toBeUndefined();
      // Without waiting for Redis: on a loaded machine still far below the subgraph timeout.
      expect(Date.now() - started).toBeLessThan(8_000);
      for (const url of [stack.gatewayUrl, other.url]) {
        const read = await through(url);
        expect(read.body.data.project.name).toBe('Written while Redis was away');
        expect(read.statements).toBeGreaterThan(0);
      }
      const metrics = await (await fetch(other.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(
        /gateway_response_cache_requests_total\{result="unavailable",[^}]*\} [1-9]/,
      );

      await proxy.restore();
      for (const url of [other.url, stack.gatewayUrl]) {
        const cached = await eventually(
          () => through(url),
          (answer) => answer.age !== null,
          30_000,
        );
        expect(cached.statements).toBe(0);
        expect(cached.body.data.project.name).toBe('Written while Redis was away');
      }
    },
  );
});
