import { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
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
import { compiledExecution, MAX_COMPILED_DOCUMENTS } from './compiled-execution';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});

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
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      items: {
        type: new GraphQLList(Item),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_root, { first }: { first: number }, context: { offset: number }) =>
          Array.from({ length: first }, (_, i) => ({ n: i + context.offset })),
      },
    },
  }),
});

const server = new ApolloServer<{ offset: number }>({ gateway: compiledExecution(schema) });
beforeAll(() => server.start());
afterAll(() => server.stop());

async function run(query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation(
    { query, variables },
    { contextValue: { offset: 10 } },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
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

describe('compiled execution (graphql-jit behind Apollo Server)', () => {
  const query = 'query Items($first: Int!) { items(first: $first) { n label } }';

  it('answers as graphql-js does, with the context and variables of the request', async () => {
    const result = await run(query, { first: 3 });
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
    const result = await run('{ items(first: 1) { n refused } }');
    expect(result.data).toEqual({ items: [{ n: 10, refused: null }] });
    expect(result.errors).toMatchObject([
      { message: 'not for you', path: ['items', 0, 'refused'], extensions: { code: 'FORBIDDEN' } },
    ]);
    const broken = await run('{ items(first: 1) { n missing } }');
    expect(broken.data).toEqual({ items: [null] });
    expect(broken.errors?.[0].path).toEqual(['items', 0, 'missing']);
  });

  it('refuses variables that do not fit, with a client error, before any resolver runs', async () => {
    const response = await server.executeOperation(
      { query, variables: { first: 'three' } },
      { contextValue: { offset: 10 } },
    );
    expect(response.http.status).toBe(400);
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('compiles an operation once and reuses it for every request with the same text', async () => {
    const text = '{ items(first: 2) { n } }';
    const compileQuery = jit.compileQuery as jest.Mock;
    compileQuery.mockClear();
    for (let i = 0; i < 5; i++) await run(text);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('keeps the compiled code of the most recent documents only, so distinct queries cannot fill the memory', async () => {
    const compileQuery = jit.compileQuery as jest.Mock;
    const first = '{ items(first: 1) { n } }';
    await run(first);
    for (let i = 0; i < MAX_COMPILED_DOCUMENTS; i++) await run(`{ items(first: 1) { n${i}: n } }`);
    compileQuery.mockClear();
    await run(first);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });
});
