import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import client from 'prom-client';
import { responseCache, type CacheableContext } from './index';
import type { WriteGeneration } from './generation';
import { answerReplay, keepRawBody, replayTicketOf } from './replay';

const typeDefs = `#graphql
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope) on FIELD_DEFINITION
  type Query {
    hello(name: String): String @cacheControl(maxAge: 60)
    mine: String @cacheControl(maxAge: 60, scope: PRIVATE)
    brief: String @cacheControl(maxAge: 1)
    broken: String @cacheControl(maxAge: 60)
  }
  type Mutation { write: Boolean }
`;

/** An Apollo Server with the gateway's cache in front, as gateway.ts assembles it. */
async function startApp(replayMaxBytes = 1024 * 1024) {
  // Requests past the replay, Apollo's requests, resolver calls, replayed operations.
  const seen = { passed: 0, apollo: 0, resolvers: 0, operations: [] as (string | null)[] };
  const registry = new client.Registry();
  const cache = responseCache<CacheableContext>(
    { enabled: true, redisUrl: undefined, redisTimeoutMs: 100, replayMaxBytes },
    { registry, countOperation: (name) => seen.operations.push(name) },
  );
  const resolved = (value: string) => () => {
    seen.resolvers += 1;
    return value;
  };
  const server = new ApolloServer<CacheableContext>({
    typeDefs,
    resolvers: {
      Query: {
        hello: (_: unknown, { name }: { name?: string }) => resolved(`hello ${name ?? 'you'}`)(),
        mine: resolved('mine'),
        brief: resolved('brief'),
        broken: () => {
          seen.resolvers += 1;
          throw new Error('broken');
        },
      },
      Mutation: { write: () => true },
    },
    plugins: [
      { requestDidStart: async () => void (seen.apollo += 1) },
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      ...cache.plugins,
    ],
  });
  await server.start();
  const app = express();
  app.use(
    '/graphql',
    express.json({ verify: keepRawBody }),
    cache.replay,
    (_req, _res, next) => {
      seen.passed += 1;
      next();
    },
    expressMiddleware(server, {
      context: async ({ req }) => ({
        principal: req.headers.authorization
          ? { subject: 'a', role: 'reporter', organisationId: 'helse-vest-rhf' }
          : null,
        replay: replayTicketOf(req),
      }),
    }),
  );
  const httpServer = http.createServer(app);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as { port: number }).port}/graphql`;
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
  const stop = async () => {
    await server.stop();
    await new Promise((resolve) => httpServer.close(resolve));
  };
  return { seen, registry, post, url, stop };
}

const HELLO = JSON.stringify({ query: 'query Hello { hello(name: "x") }' });

describe('replayed answers', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  beforeEach(async () => {
    app = await startApp();
  });
  afterEach(() => app.stop());

  it('sends a repeated anonymous POST the same bytes and headers without Apollo running', async () => {
    const first = await app.post(HELLO);
    expect(JSON.parse(first.text)).toEqual({ data: { hello: 'hello x' } });
    const again = await app.post(HELLO);
    const third = await app.post(HELLO);
    expect(app.seen.apollo).toBe(1);
    expect(app.seen.resolvers).toBe(1);
    for (const answer of [again, third]) {
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(first.text);
      expect(answer.headers.get('content-type')).toBe(first.headers.get('content-type'));
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(answer.headers.get('age')).toBe('0');
    }
    expect(again.headers.get('x-request-id')).not.toBe(third.headers.get('x-request-id'));
    // Counted as hits, and as the gateway's operations, by name (Apollo counts the first).
    expect(app.seen.operations).toEqual(['Hello', 'Hello']);
    const metrics = await app.registry.metrics();
    expect(metrics).toMatch(/gateway_response_cache_requests_total\{result="hit"\} 2/);
    expect(metrics).toMatch(/gateway_response_cache_requests_total\{result="miss"\} 1/);
  });

  it('leaves to Apollo what is not the same anonymous POST', async () => {
    await app.post(HELLO);
    const requests = [
      () => app.post(HELLO, { authorization: 'Bearer t' }),
      () => app.post(HELLO, { 'idempotency-key': 'k-1' }),
      () => app.post(HELLO, { accept: 'application/graphql-response+json' }),
      () => app.post(` ${HELLO}`),
      () => app.post(`[${HELLO}]`),
      () =>
        fetch(`${app.url}?query=${encodeURIComponent('query Hello { hello(name: "x") }')}`, {
          headers: { 'apollo-require-preflight': 'true' },
        }),
    ];
    for (const [index, request] of requests.entries()) {
      await request();
      expect(app.seen.passed).toBe(index + 2);
    }
  });

  it('keeps no private answer, no answer with errors, no mutation', async () => {
    for (const query of ['{ mine }', '{ broken }', 'mutation { write }']) {
      const before = app.seen.apollo;
      await app.post(JSON.stringify({ query }));
      await app.post(JSON.stringify({ query }));
      expect(app.seen.apollo).toBe(before + 2);
    }
    // Uncached at all, since the caller is anonymous: the resolver ran for both.
    expect(app.seen.resolvers).toBe(4);
  });

  it('keeps nothing from before a write', async () => {
    await app.post(HELLO);
    await app.post(HELLO);
    expect(app.seen.resolvers).toBe(1);
    await app.post(JSON.stringify({ query: 'mutation { write }' }));
    const after = await app.post(HELLO);
    expect(app.seen.resolvers).toBe(2);
    expect(after.headers.get('age')).toBeNull();
  });

  it('keeps an answer no longer than its maxAge', async () => {
    const brief = JSON.stringify({ query: '{ brief }' });
    await app.post(brief);
    await app.post(brief);
    expect(app.seen.apollo).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await app.post(brief);
    expect(app.seen.apollo).toBe(2);
    expect(app.seen.resolvers).toBe(2);
  });
});

describe('replayed answers with RESPONSE_CACHE_REPLAY_MB=0', () => {
  it('keeps none: repeated reads are Apollo cache hits', async () => {
    const app = await startApp(0);
    try {
      await app.post(HELLO);
      const again = await app.post(HELLO);
      expect(app.seen.apollo).toBe(2);
      expect(app.seen.resolvers).toBe(1);
      expect(again.headers.get('age')).toBe('0');
    } finally {
      await app.stop();
    }
  });
});

describe('replayed answers when the generation resets (Redis emptied or back)', () => {
  /** The replay alone, before a handler that grants every answer 60 s and may wait. */
  async function startBare() {
    let reset = () => undefined as void;
    const generation: WriteGeneration = {
      current: async () => 7,
      bump: async () => undefined,
      onReset: (listener) => void (reset = listener),
    };
    const replay = answerReplay({ generation, maxBytes: 1024 * 1024, onReplay: () => undefined });
    const seen = { handled: 0, hold: undefined as Promise<void> | undefined };
    const app = express();
    app.use(
      '/graphql',
      express.json({ verify: keepRawBody }),
      replay.middleware,
      async (req, res) => {
        seen.handled += 1;
        const ticket = replayTicketOf(req)!;
        Object.assign(ticket, { maxAgeSeconds: 60, ageSeconds: 0, operationName: null });
        await seen.hold;
        res.type('application/json').send(`{"data":{"n":${seen.handled}}}`);
      },
    );
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
    const post = async () =>
      (
        await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: HELLO,
        })
      ).text();
    const stop = () => new Promise((resolve) => server.close(resolve));
    return { seen, post, stop, reset: () => reset() };
  }

  it('forgets every answer it kept', async () => {
    const app = await startBare();
    try {
      expect(await app.post()).toBe('{"data":{"n":1}}');
      expect(await app.post()).toBe('{"data":{"n":1}}');
      app.reset();
      expect(await app.post()).toBe('{"data":{"n":2}}');
      expect(app.seen.handled).toBe(2);
    } finally {
      await app.stop();
    }
  });

  it('keeps no answer whose request was keyed before the reset', async () => {
    const app = await startBare();
    try {
      let release = () => undefined as void;
      app.seen.hold = new Promise<void>((resolve) => (release = resolve));
      const inFlight = app.post();
      while (app.seen.handled === 0) await new Promise((resolve) => setImmediate(resolve));
      app.reset();
      release();
      expect(await inFlight).toBe('{"data":{"n":1}}');
      app.seen.hold = undefined;
      expect(await app.post()).toBe('{"data":{"n":2}}');
    } finally {
      await app.stop();
    }
  });
});
