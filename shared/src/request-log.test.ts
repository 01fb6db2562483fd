import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import type { DataSource } from 'typeorm';
import { loadConfig } from './config';
import { notFound } from './errors';
import * as loggerModule from './logger';
import { requestLogLevel } from './request-log';
import { startSubgraphServer } from './server';
import type { RunningService } from './service';

// Every module logs through this logger: lines are kept, and the process's own service
// (SERVICE_NAME=portfolio, as under `npm start`) is the one the request lines name too.
jest.mock('./logger', () => {
  const actual = jest.requireActual('./logger');
  const lines: string[] = [];
  const logger = actual.createLogger(
    { logLevel: 'info', serviceName: 'portfolio' },
    { write: (line: string) => lines.push(line) },
  );
  return { ...actual, logger, capturedLines: lines };
});
const lines = (loggerModule as unknown as { capturedLines: string[] }).capturedLines;

/**
 * The keys of every JSON object in `text`, innermost first, duplicates included: JSON.parse
 * keeps the last of two equal keys, and pino writes its bindings without looking at a line's.
 */
function keyLists(text: string): string[][] {
  const lists: string[][] = [];
  let i = 0;
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i += 1;
  };
  const string = (): string => {
    const start = i;
    for (i += 1; text[i] !== '"'; i += text[i] === '\\' ? 2 : 1);
    i += 1;
    return JSON.parse(text.slice(start, i));
  };
  const value = (): void => {
    space();
    const open = text[i];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      const keys: string[] = [];
      i += 1;
      space();
      if (text[i] === close) i += 1;
      else
        for (;;) {
          if (open === '{') {
            space();
            keys.push(string());
            space();
            i += 1; // the colon
          }
          value();
          space();
          if (text[i++] === close) break;
        }
      if (open === '{') lists.push(keys);
    } else if (open === '"') string();
    else while (i < text.length && !/[,\]}\s]/.test(text[i])) i += 1;
  };
  value();
  return lists;
}

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      ok: { type: GraphQLString, resolve: () => 'yes' },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw notFound('Project', '42');
        },
      },
      broken: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('the disk is on fire');
        },
      },
    },
  }),
});

describe('request log', () => {
  let service: RunningService;
  beforeAll(async () => {
    const dataSource = { query: async () => [], isInitialized: false } as unknown as DataSource;
    const config = loadConfig({ NODE_ENV: 'test' });
    service = await startSubgraphServer({ name: 'portfolio', port: 0, schema, dataSource, config });
  });
  afterAll(() => service?.stop());

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  /** The lines written for the request with this id (the answer is sent before the line). */
  async function linesOf(requestId: string) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    return lines.filter((line) => line.includes(`"${requestId}"`));
  }

  async function oneLine(requestId: string, response: Response) {
    await response.text();
    const written = await linesOf(requestId);
    expect(written).toHaveLength(1);
    for (const keys of keyLists(written[0])) expect(new Set(keys).size).toBe(keys.length);
    return JSON.parse(written[0]);
  }

  it('writes one info line for a success, with each key once', async () => {
    const response = await post(JSON.stringify({ query: 'query Fine { ok }' }), {
      'x-request-id': 'log-success',
    });
    expect(response.status).toBe(200);
    const line = await oneLine('log-success', response);
    expect(line).toMatchObject({
      level: 30,
      service: 'portfolio',
      requestId: 'log-success',
      method: 'POST',
      operation: 'Fine',
      status: 200,
      msg: 'graphql request',
    });
    expect(typeof line.durationMs).toBe('number');
    expect(line.errors).toBeUndefined();
  });

  it("logs a caller's mistakes at info: an unknown id, invalid JSON, a bad token", async () => {
    const missing = await oneLine(
      'log-not-found',
      await post(JSON.stringify({ query: 'query Find { missing }' }), {
        'x-request-id': 'log-not-found',
      }),
    );
    expect(missing).toMatchObject({ level: 30, operation: 'Find', errors: ['NOT_FOUND'] });
    expect(missing.msg).toBe('graphql request failed');

    const notJson = await oneLine(
      'log-bad-json',
      await post('{"query": ', { 'x-request-id': 'log-bad-json' }),
    );
    expect(notJson).toMatchObject({ level: 30, status: 400, errors: ['BAD_REQUEST'] });

    const badToken = await oneLine(
      'log-bad-token',
      await post(JSON.stringify({ query: '{ ok }' }), {
        'x-request-id': 'log-bad-token',
        authorization: 'Bearer not-a-token',
      }),
    );
    expect(badToken).toMatchObject({
      level: 30,
      status: 401,
      errors: ['UNAUTHENTICATED'],
      refusal: 'malformed_token',
    });

    const unparsable = await oneLine(
      'log-parse',
      await post(JSON.stringify({ query: '{ ok ' }), { 'x-request-id': 'log-parse' }),
    );
    expect(unparsable).toMatchObject({ level: 30, status: 400, errors: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('logs a fault at error, once, with the unexpected error itself', async () => {
    const response = await post(JSON.stringify({ query: 'query Boom { ok broken }' }), {
      'x-request-id': 'log-fault',
    });
    const line = await oneLine('log-fault', response);
    expect(line).toMatchObject({
      level: 50,
      operation: 'Boom',
      errors: ['INTERNAL_SERVER_ERROR'],
      err: { message: 'the disk is on fire' },
    });
  });

  it('writes no line, request or other, with a key twice', () => {
    expect(lines.some((line) => line.includes('"subgraph listening"'))).toBe(true);
    for (const line of lines)
      for (const keys of keyLists(line)) expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds duplicate keys that JSON.parse would hide', () => {
    expect(keyLists('{"service":"a","x":[{"y":1}],"service":"a"}')).toEqual([
      ['y'],
      ['service', 'x', 'service'],
    ]);
  });
});

describe('request log level', () => {
  it.each([
    [200, [], 'info'],
    [200, ['BAD_USER_INPUT', 'NOT_FOUND'], 'info'],
    [400, ['GRAPHQL_VALIDATION_FAILED'], 'info'],
    [400, ['QUERY_TOO_COMPLEX'], 'info'],
    [403, ['WRITES_DISABLED'], 'info'],
    [409, ['SOMETHING_A_CLIENT_DID'], 'info'],
    [200, ['TRANSIENT'], 'warn'],
    [503, ['TRANSIENT'], 'warn'],
    [200, ['NOT_FOUND', 'INTERNAL_SERVER_ERROR'], 'error'],
    [200, ['SUBGRAPH_UNAVAILABLE'], 'error'],
    [503, ['IDENTITY_PROVIDER_UNAVAILABLE'], 'error'],
    [500, [], 'error'],
  ])('status %d with %j is %s', (status, codes, level) => {
    expect(requestLogLevel(status, codes)).toBe(level);
  });
});
