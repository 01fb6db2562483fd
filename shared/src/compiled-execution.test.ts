import { ApolloServer } from '@apollo/server';
import {
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  execute,
  parse,
} from 'graphql';
import * as jit from 'graphql-jit';
import { compiledExecution } from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileQuery = jit.compileQuery as jest.Mock;

const Item = new GraphQLObjectType({
  name: 'Item',
  fields: {
    n: { type: new GraphQLNonNull(GraphQLInt) },
    // Async, like a loader-backed field.
    label: { type: GraphQLString, resolve: async (item: { n: number }) => `item ${item.n}` },
    refused: {
      type: GraphQLString,
      resolve: () => {
        throw new GraphQLError('not for you', { extensions: { code: 'FORBIDDEN' } });
      },
    },
    missing: { type: new GraphQLNonNull(GraphQLString), resolve: () => null },
  },
});
const Direction = new GraphQLEnumType({ name: 'Direction', values: { ASC: {}, DESC: {} } });
// Like ProjectOrder: a required field with a default, which a variable may leave out.
const Order = new GraphQLInputObjectType({
  name: 'Order',
  fields: { direction: { type: new GraphQLNonNull(Direction), defaultValue: 'ASC' } },
});
let resolved = 0;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) }, order: { type: Order } },
        resolve: (_root, args: { first: number; order?: { direction: string } }, context) => {
          resolved += 1;
          const items = Array.from({ length: args.first }, (_, i) => ({
            n: i + (context as { offset: number }).offset,
          }));
          return args.order?.direction === 'DESC' ? items.reverse() : items;
        },
      },
    },
  }),
});

const MAX_SOURCE_LENGTH = 200;
const server = new ApolloServer<{ offset: number }>({
  gateway: compiledExecution(schema, { maxSourceLength: MAX_SOURCE_LENGTH, sourceBudget: 1_000 }),
});
beforeAll(() => server.start());
afterAll(() => server.stop());

async function respond(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const response = await server.executeOperation(
    { query, variables, operationName },
    { contextValue: { offset: 10 } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { status: response.http.status, result: response.body.singleResult };
}
const run = async (query: string, variables?: Record<string, unknown>) =>
  (await respond(query, variables)).result;
/** Twice: a document is compiled the second time it is seen. */
async function runCompiled(query: string, variables?: Record<string, unknown>) {
  await run(query, variables);
  return run(query, variables);
}

/** The answer graphql-js gives, as Apollo Server would serialise it. */
async function reference(query: string, variables?: Record<string, unknown>) {
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: { offset: 10 },
  });
  return JSON.parse(JSON.stringify(result));
}

beforeEach(() => compileQuery.mockClear());

describe('compiled execution (graphql-jit behind Apollo Server)', () => {
  const query = 'query Items($first: Int!) { items(first: $first) { n label } }';

  it('answers as graphql-js does, with the context and variables of the request', async () => {
    const result = await runCompiled(query, { first: 3 });
    expect(compileQuery).toHaveBeenCalledTimes(1);
    expect(result.data).toEqual({
      items: [
        { n: 10, label: 'item 10' },
        { n: 11, label: 'item 11' },
        { n: 12, label: 'item 12' },
      ],
    });
    expect(result).toEqual(await reference(query, { first: 3 }));
  });

  it('keeps a resolver’s error code and path, and nulls a non-null violation’s parent as the spec says', async () => {
    const result = await runCompiled('{ items(first: 1) { n refused } }');
    expect(result.data).toEqual({ items: [{ n: 10, refused: null }] });
    expect(result.errors).toMatchObject([
      { message: 'not for you', path: ['items', 0, 'refused'], extensions: { code: 'FORBIDDEN' } },
    ]);
    const broken = await runCompiled('{ items(first: 1) { n missing } }');
    expect(compileQuery).toHaveBeenCalledTimes(2);
    expect(broken.data).toEqual({ items: [null] });
    expect(broken.errors?.[0]).toMatchObject({
      path: ['items', 0, 'missing'],
      locations: [{ line: 1, column: 23 }],
    });
  });

  it('refuses variables that do not fit with graphql-js’s message, a client error, and runs nothing', async () => {
    await runCompiled(query, { first: 1 });
    const before = resolved;
    const { status, result } = await respond(query, { first: 'three' });
    expect(status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message:
        'Variable "$first" got invalid value "three"; Int cannot represent non-integer value: "three"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(resolved).toBe(before);
  });

  it('refuses an operation name the document does not have, without running its only operation', async () => {
    await runCompiled(query, { first: 1 });
    const before = resolved;
    const { status, result } = await respond(query, { first: 1 }, 'Nope');
    expect(status).toBe(400);
    expect(result.errors?.[0].message).toBe('Unknown operation named "Nope".');
    expect(resolved).toBe(before);
  });

  it('gives input object fields their defaults when a variable leaves them out (interpreted)', async () => {
    const ordered = 'query Ordered($order: Order) { items(first: 2, order: $order) { n } }';
    const result = await runCompiled(ordered, { order: {} });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ items: [{ n: 10 }, { n: 11 }] });
    expect(await runCompiled(ordered, { order: { direction: 'DESC' } })).toMatchObject({
      data: { items: [{ n: 11 }, { n: 10 }] },
    });
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('compiles a document the second time it is seen, once, and reuses it after', async () => {
    const text = '{ items(first: 2) { a: n } }';
    await run(text);
    expect(compileQuery).not.toHaveBeenCalled();
    for (let i = 0; i < 5; i++) await run(text);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('interprets a document too long to be worth compiled code', async () => {
    const long = `{ items(first: 1) { ${Array.from({ length: 40 }, (_, i) => `n${i}: n`).join(' ')} } }`;
    expect(long.length).toBeGreaterThan(MAX_SOURCE_LENGTH);
    const result = await runCompiled(long);
    expect(result.data?.items).toEqual([
      Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`n${i}`, 10])),
    ]);
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('compiles nothing when told not to (tracing on: OpenTelemetry wraps graphql-js)', async () => {
    const interpreted = new ApolloServer<{ offset: number }>({
      gateway: compiledExecution(schema, { compile: false }),
    });
    await interpreted.start();
    try {
      const text = '{ items(first: 2) { n } }';
      for (let i = 0; i < 3; i++) {
        const response = await interpreted.executeOperation(
          { query: text },
          { contextValue: { offset: 10 } },
        );
        expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({
          items: [{ n: 10 }, { n: 11 }],
        });
      }
      expect(compileQuery).not.toHaveBeenCalled();
    } finally {
      await interpreted.stop();
    }
  });

  it('keeps compiled code within its budget of text, dropping the least recently used', async () => {
    const first = '{ items(first: 1) { first: n } }';
    await runCompiled(first);
    // 40 documents of some 30 characters each are more than the budget of 1 000.
    for (let i = 0; i < 40; i++) await runCompiled(`{ items(first: 1) { n${i}: n } }`);
    compileQuery.mockClear();
    await run(first);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });
});
