import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { RequestHandler } from 'express';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import client from 'prom-client';
import {
  noteAnsweredOperation,
  type Principal,
  type ResponseCacheConfig,
} from '@ehelse/shared/runtime';
import { cdnHeadersPlugin } from './cdn-headers';
import { memoryGeneration, redisGeneration, type WriteGeneration } from './generation';
import type * as RedisConnectionModule from './redis-connection';
import type * as RedisStoreModule from './redis-store';
import { answerReplay, type ReplayTicket } from './replay';
import { sessionOf } from './session';

export interface CacheableContext {
  /** The verified caller; the cache keeps its private answers apart. */
  principal?: Principal | null;
  /** The request's ticket to have its answer replayed (replay.ts's replayTicketOf). */
  replay?: ReplayTicket;
}

export interface ResponseCache<TContext extends CacheableContext> {
  plugins: ApolloServerPlugin<TContext>[];
  /** Express middleware just before Apollo's: sends the answers replay.ts keeps. */
  replay: RequestHandler;
  close(): Promise<void>;
}

/** The gateway's metrics the cache adds to. */
export interface CacheMetrics {
  registry: client.Registry;
  countOperation(operationName: string | null, failed: boolean, seconds: number): void;
}

/**
 * Whole answers to reads, at the gateway (Apollo's response-cache plugin): the policy is what
 * the subgraphs' Cache-Control headers allowed for everything the answer touched (their
 * @cacheControl hints), the key is the operation, its variables, the write generation and,
 * for private answers, the caller. In memory (the server's bounded LRU) or, with REDIS_URL,
 * in Redis, shared by the replicas. Off (RESPONSE_CACHE=false): reads still get the CDN
 * headers, and nothing is kept. Public answers to anonymous POSTs are also kept as sent,
 * in memory, and replayed before Apollo runs (replay.ts).
 */
export function responseCache<TContext extends CacheableContext>(
  settings: ResponseCacheConfig,
  metrics: CacheMetrics,
): ResponseCache<TContext> {
  if (!settings.enabled)
    return {
      plugins: [cdnHeadersPlugin()],
      replay: (_req, _res, next) => next(),
      close: async () => undefined,
    };
  // Loaded only with REDIS_URL: the Redis client is some 0.2 s of every start's CPU.
  const redis = settings.redisUrl
    ? (require('./redis-connection') as typeof RedisConnectionModule).connectRedis(
        settings.redisUrl,
        settings.redisTimeoutMs,
      )
    : undefined;
  const generation = redis ? redisGeneration(redis) : memoryGeneration();
  const outcomes = new client.Counter({
    name: 'gateway_response_cache_requests_total',
    help: 'Reads by what the response cache did: hit, miss (answered by the subgraphs) or unavailable (Redis away, uncached)',
    labelNames: ['result'],
    registers: [metrics.registry],
  });
  // The generation each operation's key was made with; null: the cache is not used for it.
  const keyedAt = new WeakMap<GraphQLRequest, number | null>();
  const cached = (request: GraphQLRequest) => keyedAt.get(request) !== null;
  const replay = answerReplay({
    generation,
    maxBytes: settings.replayMaxBytes,
    onReplay: (req, operationName, seconds) => {
      outcomes.inc({ result: 'hit' });
      metrics.countOperation(operationName, false, seconds);
      noteAnsweredOperation(req, operationName);
    },
  });
  return {
    plugins: [
      responseCachePlugin<TContext>({
        ...(redis
          ? { cache: (require('./redis-store') as typeof RedisStoreModule).redisStore(redis) }
          : {}),
        sessionId: async ({ contextValue }) => sessionOf(contextValue.principal),
        extraCacheKeyData: async ({ request, contextValue }) => {
          // The replay already read it for this request: one Redis read, not two.
          const current = contextValue.replay?.generation ?? (await generation.current());
          keyedAt.set(request, current);
          return { generation: current };
        },
        shouldReadFromCache: async ({ request }) => cached(request),
        shouldWriteToCache: async ({ request }) => cached(request),
      }),
      replay.plugin(cached),
      invalidateOnWrite(generation),
      countOutcomes(outcomes, (request) => keyedAt.has(request) && !cached(request)),
      cdnHeadersPlugin(),
    ],
    replay: replay.middleware,
    close: async () => redis?.close(),
  };
}

/**
 * Bumps the generation after any mutation the gateway executed (planned and sent to the
 * subgraphs), before its answer is sent: whether it succeeded in part, in whole or not at all
 * cannot always be told, so every executed mutation counts as a write.
 */
const invalidateOnWrite = (generation: WriteGeneration): ApolloServerPlugin => ({
  async requestDidStart() {
    let executed = false;
    return {
      async executionDidStart({ operation }) {
        executed = operation.operation === 'mutation';
      },
      async willSendResponse() {
        if (executed) await generation.bump();
      },
    };
  },
});

const countOutcomes = (
  outcomes: client.Counter<'result'>,
  unavailable: (request: GraphQLRequest) => boolean,
): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async willSendResponse({ operation, metrics, request }) {
        if (operation?.operation !== 'query') return;
        const result = metrics.responseCacheHit
          ? 'hit'
          : unavailable(request)
            ? 'unavailable'
            : 'miss';
        outcomes.inc({ result });
      },
    };
  },
});
