import type http from 'node:http';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { RequestHandler } from 'express';
import { LRUCache } from 'lru-cache';
import { requestIdOf, secondsSince } from '@ehelse/shared/runtime';
import type { WriteGeneration } from './generation';

/**
 * The bytes of public answers to anonymous POSTs, replayed before Apollo runs.
 *
 * Apollo's response-cache plugin answers a hit only after the whole request pipeline (parse,
 * validation, every plugin's hooks, the cached JSON parsed and serialised again): most of a
 * hit's CPU. An anonymous POST whose body is byte for byte one that was answered at the same
 * write generation gets the same answer, since nothing else reaches it: the limits, the cost,
 * the operation and the variables are all in the body, the caller is nobody, and the
 * generation is in the key. So that answer is kept as sent (its body and the headers Apollo
 * set) and sent again, past all of that. Everything else still goes through Apollo and its
 * cache: callers with a token, GETs (CSRF rules, a CDN's revalidation), batches, other bytes.
 *
 * Written here because no library sits in front of Apollo Server's HTTP handler like this;
 * the store itself is lru-cache, bounded by the answers' size, each with its cache policy's
 * maxAge as TTL.
 */

/** A request's way to the store: the generation it was keyed with; the plugin's verdict. */
export interface ReplayTicket {
  /** Read once per request: Apollo's cache key uses the same (index.ts). */
  generation: number;
  maxAgeSeconds?: number;
  ageSeconds?: number;
  operationName?: string | null;
}

interface StoredAnswer {
  body: string;
  headers: [string, number | string | string[]][];
  storedAt: number;
  operationName: string | null;
}

export interface ReplayOptions {
  generation: WriteGeneration;
  /** Total size of the kept answers; 0: nothing is kept (every hit goes through Apollo). */
  maxBytes: number;
  /** A replayed answer, with its operation's name and the time it took. */
  onReplay(req: http.IncomingMessage, operationName: string | null, seconds: number): void;
}

/** Per request: not sent again with the answer (or Express and Node set them each time). */
const PER_REQUEST_HEADERS = new Set([
  'age',
  'connection',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'x-request-id',
]);

const RAW_BODY = Symbol('rawBody');
type WithRawBody = http.IncomingMessage & { [RAW_BODY]?: Buffer };

/** express.json's `verify` option: keeps the bytes of a JSON body beside the parsed one. */
export const keepRawBody = (req: http.IncomingMessage, _res: unknown, buffer: Buffer) => {
  (req as WithRawBody)[RAW_BODY] = buffer;
};

/**
 * What an entry costs beyond its text (the entry, its header array, lru-cache's slots): without
 * it, many small answers would hold some 4× the budget (review).
 */
const ENTRY_OVERHEAD_BYTES = 1_024;

const tickets = new WeakMap<http.IncomingMessage, ReplayTicket>();

/** The request's ticket, for its GraphQL context: undefined when it cannot be replayed. */
export const replayTicketOf = (req: http.IncomingMessage): ReplayTicket | undefined =>
  tickets.get(req);

const replayable = (req: http.IncomingMessage & { body?: unknown }) =>
  req.method === 'POST' &&
  req.headers.authorization === undefined &&
  req.headers['idempotency-key'] === undefined &&
  (req as WithRawBody)[RAW_BODY] !== undefined &&
  typeof req.body === 'object' &&
  req.body !== null &&
  !Array.isArray(req.body);

export function answerReplay(options: ReplayOptions) {
  const answers =
    options.maxBytes > 0
      ? new LRUCache<string, StoredAnswer>({
          maxSize: options.maxBytes,
          sizeCalculation: (answer, key) => answer.body.length + key.length + ENTRY_OVERHEAD_BYTES,
        })
      : undefined;
  // Bumped when the store is emptied: an answer keyed before must not be stored after.
  let epoch = 0;
  options.generation.onReset(() => {
    answers?.clear();
    epoch += 1;
  });

  const middleware: RequestHandler = async (req, res, next) => {
    if (!answers || !replayable(req)) return next();
    const started = process.hrtime.bigint();
    // Null when it cannot be known now (Redis away): nothing is replayed or kept.
    const generation = await options.generation.current();
    if (generation === null) return next();
    // Accept chooses the answer's content type, and the body's charset how its bytes read; the
    // rest of the answer is the body's.
    const key = [
      generation,
      req.headers.accept ?? '',
      req.headers['content-type'] ?? '',
      (req as WithRawBody)[RAW_BODY]!.toString('latin1'),
    ].join('\n');
    const stored = answers.get(key);
    if (stored) {
      res.statusCode = 200;
      res.setHeader('x-request-id', requestIdOf(req));
      for (const [name, value] of stored.headers) res.setHeader(name, value);
      res.setHeader('age', String(Math.round((Date.now() - stored.storedAt) / 1000)));
      res.send(stored.body);
      options.onReplay(req, stored.operationName, secondsSince(started));
      return;
    }
    const ticket: ReplayTicket = { generation };
    const keyedInEpoch = epoch;
    tickets.set(req, ticket);
    const before = new Set(res.getHeaderNames());
    const send = res.send;
    res.send = function sendAndKeep(this: typeof res, body?: unknown) {
      res.send = send;
      const { maxAgeSeconds, ageSeconds = 0 } = ticket;
      const ttl = ((maxAgeSeconds ?? 0) - ageSeconds) * 1000;
      const storable = ttl > 0 && res.statusCode === 200 && typeof body === 'string';
      if (storable && keyedInEpoch === epoch) {
        const headers = res
          .getHeaderNames()
          .filter((name) => !before.has(name) && !PER_REQUEST_HEADERS.has(name))
          .map((name): [string, number | string | string[]] => [name, res.getHeader(name)!]);
        const storedAt = Date.now() - ageSeconds * 1000;
        const operationName = ticket.operationName ?? null;
        answers.set(key, { body, headers, storedAt, operationName }, { ttl });
      }
      return send.call(this, body);
    };
    next();
  };

  /**
   * After Apollo's response-cache plugin: a query answered without errors, cacheable and
   * public, whose request the cache was used for, may be replayed until its policy's maxAge.
   */
  const plugin = (
    usedCache: (request: GraphQLRequest) => boolean,
  ): ApolloServerPlugin<{ replay?: ReplayTicket }> => ({
    async requestDidStart() {
      return {
        async willSendResponse(context) {
          const ticket = context.contextValue.replay;
          const body = context.response.body;
          if (!ticket || context.operation?.operation !== 'query' || !usedCache(context.request))
            return;
          if (body.kind !== 'single' || body.singleResult.errors) return;
          const policy = context.overallCachePolicy.policyIfCacheable();
          if (!policy || policy.scope === 'PRIVATE') return;
          ticket.maxAgeSeconds = policy.maxAge;
          // A hit in Apollo's cache is already this old (its Age header).
          ticket.ageSeconds = Number(context.response.http.headers.get('age') ?? 0) || 0;
          ticket.operationName = context.operationName;
        },
      };
    },
  });

  return { middleware, plugin };
}
