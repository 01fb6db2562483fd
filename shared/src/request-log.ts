import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { RequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { refusalReasonOf } from './auth/refusals';
import { logger } from './logger';

/**
 * One log line per HTTP request to /graphql, written when the answer has gone out: refused
 * by a guard before Apollo (body, batch, document limits, signature), by the token, or
 * answered by Apollo, each request says once which service answered it, how, and how fast.
 *
 *   {"level":30,"time":"…","service":"gateway","requestId":"…","method":"POST",
 *    "operation":"Projects","status":200,"durationMs":12.3,"msg":"graphql request"}
 *
 * The caller's mistakes are logged at info, a transient refusal (TRANSIENT) at warn, and
 * only what the operator must look at (INTERNAL_SERVER_ERROR, 5xx, a subgraph or the
 * identity provider out of reach) at error, with the unexpected error itself as `err`.
 */

const MAX_LOGGED_NAME = 100;
const MAX_LOGGED_ERRORS = 10;

/** Codes that say the request was the caller's mistake, or not the caller's to make. */
const CALLER_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'WRITES_DISABLED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  // Limits (limits/, http-guards.ts, express.json): the request asked for too much.
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_LONG',
  'QUERY_TOO_NESTED',
  'PAGE_SIZE_TOO_LARGE',
  'PAYLOAD_TOO_LARGE',
  'BATCH_TOO_LARGE',
  // A subgraph reached without the gateway's signature (the gateway logs its own side).
  'GATEWAY_SIGNATURE_INVALID',
]);

/** Nothing broke: the database was busy with other writes, and the same request may succeed. */
const TRANSIENT_CODES = new Set(['TRANSIENT']);

export type RequestLogLevel = 'info' | 'warn' | 'error';

/**
 * The level of a request's line, from its HTTP status and its errors' codes: any fault makes
 * it error, a transient refusal warn, and the caller's mistakes (and 4xx answers) info.
 */
export function requestLogLevel(status: number, codes: readonly string[]): RequestLogLevel {
  const transientOnly = codes.length > 0 && codes.every((code) => TRANSIENT_CODES.has(code));
  if (status >= 500) return transientOnly ? 'warn' : 'error';
  let level: RequestLogLevel = 'info';
  for (const code of codes) {
    if (CALLER_CODES.has(code)) continue;
    if (TRANSIENT_CODES.has(code)) level = 'warn';
    // A code this list does not know: the caller's when the answer says so (4xx), else a fault.
    else if (!(status >= 400 && status < 500)) return 'error';
  }
  return level;
}

/** What a request's line says, gathered while it is served. */
interface RequestLogEntry {
  service: string;
  requestId: string;
  method: string;
  started: bigint;
  operations: string[];
  codes: string[];
  refusal?: string;
  fault?: unknown;
  /** Whether Apollo (the plugin) or the context saw the request: their codes, not the body's. */
  seen: boolean;
}

const entries = new WeakMap<http.IncomingMessage, RequestLogEntry>();
/** On the context, so the plugin finds the request's entry (a batch's operations share it). */
const ENTRY = Symbol('requestLogEntry');

/**
 * A caller's id is kept only as a short token of safe characters: it goes into every log
 * line and on to the subgraphs, so anything longer or odder is replaced by a fresh one.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
const requestIds = new WeakMap<http.IncomingMessage, string>();

/** The request's id: the caller's x-request-id when safe, else a fresh one, the same on every call. */
export const requestIdOf = (req: http.IncomingMessage): string => {
  const known = requestIds.get(req);
  if (known !== undefined) return known;
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : randomUUID();
  requestIds.set(req, id);
  return id;
};

const boundedName = (name: string | null | undefined) =>
  (name ?? 'anonymous').slice(0, MAX_LOGGED_NAME);

const codeOf = (error: { extensions?: Record<string, unknown> } | null | undefined) =>
  String(error?.extensions?.code ?? 'ERROR').slice(0, MAX_LOGGED_NAME);

const errorsIn = (body: unknown): GraphQLFormattedError[] => {
  const errors = (body as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? errors : [];
};

function addCodes(entry: RequestLogEntry, codes: string[]) {
  for (const code of codes) if (entry.codes.length < MAX_LOGGED_ERRORS) entry.codes.push(code);
}

interface LineFields {
  service: string;
  requestId: string | undefined;
  method: string | undefined;
  operation: string;
  status: number | undefined;
  durationMs: number;
  codes: string[];
  batch?: number;
  refusal?: string;
  aborted?: boolean;
  fault?: unknown;
}

function writeLine(fields: LineFields) {
  const status = fields.status ?? 200;
  const { codes, batch, refusal, aborted, fault } = fields;
  const line = {
    service: fields.service,
    requestId: fields.requestId,
    method: fields.method,
    operation: fields.operation,
    status,
    durationMs: fields.durationMs,
    ...(batch !== undefined && batch > 1 ? { batch } : {}),
    ...(codes.length ? { errors: codes } : {}),
    ...(refusal ? { refusal } : {}),
    ...(aborted ? { aborted } : {}),
    ...(fault !== undefined ? { err: fault } : {}),
  };
  const failed = codes.length > 0 || status >= 400;
  logger[requestLogLevel(status, codes)](
    line,
    failed ? 'graphql request failed' : 'graphql request',
  );
}

const millisecondsSince = (started: bigint) =>
  Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;

/**
 * Express middleware, first on /graphql: writes the request's one line when its answer is
 * sent (or the caller went away). Refusals sent as JSON before Apollo lend it their codes.
 */
export function requestLog(service: string): RequestHandler {
  return (req, res, next) => {
    const entry: RequestLogEntry = {
      service,
      requestId: requestIdOf(req),
      method: req.method,
      started: process.hrtime.bigint(),
      operations: [],
      codes: [],
      seen: false,
    };
    entries.set(req, entry);
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      if (!entry.seen) addCodes(entry, errorsIn(body).map(codeOf));
      return json(body);
    };
    res.once('close', () => {
      const named = (req.body as { operationName?: unknown } | undefined)?.operationName;
      writeLine({
        service,
        requestId: entry.requestId,
        method: entry.method,
        operation: entry.operations.length
          ? entry.operations.join(',')
          : boundedName(typeof named === 'string' ? named : undefined),
        status: res.statusCode,
        durationMs: millisecondsSince(entry.started),
        codes: entry.codes,
        batch: entry.operations.length,
        refusal: entry.refusal,
        aborted: !res.writableFinished || undefined,
        fault: entry.fault,
      });
    });
    next();
  };
}

/** An operation of the request, named on its line (a batch's several, up to a bound). */
function addOperation(entry: RequestLogEntry, operationName: string | null | undefined) {
  if (entry.operations.length < MAX_LOGGED_ERRORS)
    entry.operations.push(boundedName(operationName));
}

/** A request answered before Apollo (a replayed cached answer): its operation, for its line. */
export function noteAnsweredOperation(req: http.IncomingMessage, operationName: string | null) {
  const entry = entries.get(req);
  if (!entry) return;
  entry.seen = true;
  addOperation(entry, operationName);
}

/**
 * Builds the request's GraphQL context with its log entry attached, so that Apollo's plugin
 * adds to the line; a context that fails (a refused token) gives the line its code and reason.
 */
export async function withRequestLog<T extends object>(
  req: http.IncomingMessage,
  build: () => Promise<T>,
): Promise<T> {
  const entry = entries.get(req);
  try {
    const context = await build();
    if (entry) Object.assign(context, { [ENTRY]: entry });
    return context;
  } catch (error) {
    if (entry) {
      entry.seen = true;
      addCodes(entry, [codeOf(error as { extensions?: Record<string, unknown> })]);
      entry.refusal = refusalReasonOf(error);
    }
    throw error;
  }
}

/** The first error the caller sees as INTERNAL_SERVER_ERROR, as thrown (for the line's `err`). */
function faultOf(
  raw: readonly unknown[] | undefined,
  formatted: readonly GraphQLFormattedError[] | undefined,
): unknown {
  const index = formatted?.findIndex((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? -1;
  return index >= 0 && raw?.[index] !== undefined ? unwrapResolverError(raw[index]) : undefined;
}

/**
 * Adds each operation's name and error codes (as the caller sees them, after formatError) to
 * its request's line; served without `requestLog` in front, it writes the line itself.
 */
export function requestLogPlugin(service: string): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ request, contextValue }) {
      const entry = (contextValue as { [ENTRY]?: RequestLogEntry })[ENTRY];
      if (entry) entry.seen = true;
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors, response }) {
          const body = response.body;
          const formatted =
            body.kind === 'single' ? body.singleResult.errors : body.initialResult.errors;
          const codes = (formatted ?? []).slice(0, MAX_LOGGED_ERRORS).map(codeOf);
          const fault = faultOf(errors, formatted);
          if (entry) {
            addOperation(entry, operationName);
            addCodes(entry, codes);
            entry.fault ??= fault;
            return;
          }
          writeLine({
            service,
            requestId:
              (contextValue as { requestId?: string }).requestId ??
              request.http?.headers.get('x-request-id'),
            method: request.http?.method,
            operation: boundedName(operationName),
            status: response.http.status,
            durationMs: millisecondsSince(started),
            codes,
            fault,
          });
        },
      };
    },
  };
}
