import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { CACHE_CONTROL_DEFINITION } from './cache-control';
import { staticCachePolicyPlugin } from './static-cache-policy';

// A subgraph with every kind of hint the real ones use: public types, a private type, a
// private field of a public type, unhinted types (roots, a write result), entities, a union.
const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@inaccessible"])
  ${CACHE_CONTROL_DEFINITION}
  type Query {
    project(id: ID!): Project
    projects: [Project!]!
    viewer: Viewer
    version: String
    importRun: ImportRun
    found(id: ID!): Found
  }
  type Mutation { rename(id: ID!): Project }
  type Project @key(fields: "id") @cacheControl(maxAge: 900) {
    id: ID!
    name: String!
    organisation: Organisation
    reportedBy: String @cacheControl(scope: PRIVATE)
    recent: [Report!]! @cacheControl(maxAge: 60)
  }
  type Organisation @key(fields: "id") @cacheControl(maxAge: 900) { id: ID! name: String! }
  type Report @cacheControl(maxAge: 900) { note: String! }
  type Viewer @cacheControl(maxAge: 900, scope: PRIVATE) { name: String! }
  type ImportRun { rows: Int! }
  union Found = Project | Organisation
`);
const project = (id: string) => ({ id, name: `p${id}`, organisationId: 'o1' });
const resolvers = {
  Query: {
    project: (_: unknown, { id }: { id: string }) => (id === 'none' ? null : project(id)),
    projects: () => [project('1'), project('2')],
    viewer: () => ({ name: 'v' }),
    version: () => '1',
    importRun: () => ({ rows: 1 }),
    found: (_: unknown, { id }: { id: string }) => (id === 'o1' ? { id, name: 'o' } : project(id)),
  },
  Mutation: { rename: (_: unknown, { id }: { id: string }) => project(id) },
  Project: {
    __resolveReference: ({ id }: { id: string }) => project(id),
    organisation: () => ({ id: 'o1', name: 'o' }),
    reportedBy: () => 'someone',
    recent: () => [{ note: 'n' }],
  },
  Organisation: { __resolveReference: ({ id }: { id: string }) => ({ id, name: 'o' }) },
  Found: {
    __resolveType: (value: { organisationId?: string }) =>
      value.organisationId ? 'Project' : 'Organisation',
  },
};
const schema = buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);

const apollos = new ApolloServer({ schema, plugins: [ApolloServerPluginInlineTraceDisabled()] });
const ours = new ApolloServer({
  schema,
  plugins: [
    ApolloServerPluginInlineTraceDisabled(),
    ApolloServerPluginCacheControlDisabled(),
    staticCachePolicyPlugin(),
  ],
});
beforeAll(() => Promise.all([apollos.start(), ours.start()]));
afterAll(() => Promise.all([apollos.stop(), ours.stop()]));

async function cacheControlOf(server: ApolloServer, query: string) {
  const response = await server.executeOperation({ query });
  return response.http.headers.get('cache-control');
}
const entities = (selection: string) =>
  `{ _entities(representations: [{ __typename: "Project", id: "1" }, { __typename: "Organisation", id: "o1" }]) { ${selection} } }`;

describe('the static cache policy of a subgraph answer', () => {
  it.each([
    [
      'a public entity and its public fields',
      '{ project(id: "1") { name organisation { name } } }',
      'max-age=900, public',
    ],
    ['a list of them', '{ projects { id name } }', 'max-age=900, public'],
    [
      'a field with its own shorter maxAge',
      '{ project(id: "1") { recent { note } } }',
      'max-age=60, public',
    ],
    [
      'a private field of a public type',
      '{ project(id: "1") { name reportedBy } }',
      'max-age=900, private',
    ],
    ['a private type', '{ viewer { name } }', 'max-age=900, private'],
    ['a root scalar without a hint', '{ version }', 'no-store'],
    ['an object without a hint', '{ importRun { rows } }', 'no-store'],
    [
      'public data beside an unhinted root scalar',
      '{ version project(id: "1") { name } }',
      'no-store',
    ],
    // Cacheable by its hints, as in Apollo; no cache keeps a mutation's answer.
    ['a mutation', 'mutation { rename(id: "1") { name } }', 'max-age=900, public'],
    [
      'a union without a hint of its own',
      '{ found(id: "1") { ... on Project { name } } }',
      'no-store',
    ],
    [
      'entities of hinted types',
      entities('... on Project { name } ... on Organisation { name }'),
      'max-age=900, public',
    ],
    [
      'entities with a private field',
      entities('... on Project { reportedBy }'),
      'max-age=900, private',
    ],
    [
      'a named fragment',
      'query { project(id: "1") { ...P } } fragment P on Project { name reportedBy }',
      'max-age=900, private',
    ],
    ['__typename only', '{ project(id: "1") { __typename } }', 'max-age=900, public'],
    ['introspection', '{ __schema { queryType { name } } }', 'no-store'],
    ['an answer with errors', '{ project(id: "1") { nope } }', 'no-store'],
  ])('%s: as Apollo’s plugin computes it', async (_case, query, expected) => {
    expect(await cacheControlOf(ours, query)).toBe(expected);
    expect(await cacheControlOf(apollos, query)).toBe(expected);
  });

  it('counts what it cannot know is left unresolved, so it is never less restrictive', async () => {
    // The private field sits under a project that does not exist: Apollo's plugin never
    // reaches it and shares the answer; the static policy keeps it private.
    const query = '{ project(id: "none") { name reportedBy } }';
    expect(await cacheControlOf(apollos, query)).toBe('max-age=900, public');
    expect(await cacheControlOf(ours, query)).toBe('max-age=900, private');
  });

  it('refuses at start a hint it does not implement rather than mis-computing it', async () => {
    const inherit = buildSubgraphSchema([
      {
        typeDefs: parse(
          `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@inaccessible"])
          ${CACHE_CONTROL_DEFINITION} type Query { a: A } type A @cacheControl(inheritMaxAge: true) { b: Int }`,
        ),
        resolvers: { Query: { a: () => ({ b: 1 }) } } as never,
      },
    ]);
    const server = new ApolloServer({
      schema: inherit,
      plugins: [ApolloServerPluginCacheControlDisabled(), staticCachePolicyPlugin()],
    });
    await expect(server.start()).rejects.toThrow('inheritMaxAge');
  });
});
