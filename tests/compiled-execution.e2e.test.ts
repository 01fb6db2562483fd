import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import * as jit from 'graphql-jit';
import { examples as playgroundExamples } from '../gateway/playground/examples';
import { BACKENDS, type Stack, startStack } from '@ehelse/test-kit';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileQuery = jit.compileQuery as jest.Mock;

/*
 * A subgraph interprets a document the first time it sees it (graphql-js) and runs compiled
 * code from then on (graphql-jit): for every README and playground example, through the
 * gateway, the compiled answers must be the interpreted ones, byte for byte.
 */
const README = readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');
const readmeQueries = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1])
  .filter((text) => (parse(text).definitions[0] as { operation?: string }).operation === 'query')
  .map((query, index) => ({ title: `README example ${index + 1}`, query, variables: undefined }));
const cases = [
  ...readmeQueries,
  ...playgroundExamples.map(({ title, query, variables }) => ({
    title: `playground: ${title}`,
    query,
    variables: variables ? (JSON.parse(variables) as Record<string, unknown>) : undefined,
  })),
];

describe.each(BACKENDS)('compiled execution through the gateway on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'compiled-execution');
  });
  afterAll(() => stack?.stop());

  it.each(cases.map((example) => [example.title, example]))(
    '%s: the compiled answer is the interpreted one',
    async (_title, example) => {
      const { query, variables } = example as (typeof cases)[number];
      const interpreted = JSON.stringify(await stack.query(query, variables));
      compileQuery.mockClear();
      const compiled = JSON.stringify(await stack.query(query, variables));
      const again = JSON.stringify(await stack.query(query, variables));
      expect(compiled).toBe(interpreted);
      expect(again).toBe(interpreted);
    },
  );

  it('compiled the subgraphs’ documents: graphql-jit ran for the examples', async () => {
    compileQuery.mockClear();
    const text =
      '{ projects(first: 3) { edges { node { id name budget(year: 2019) { amount } } } } }';
    await stack.query(text);
    await stack.query(text);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });
});
