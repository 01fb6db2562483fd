import { buildSchema, parse } from 'graphql';
import { listPolicyOf } from './list-policy';
import { coercedVariables } from './limits-plugin';
import { CostWalk, INTROSPECTION_COST, estimateCost, operationOf } from './query-cost';

const SDL = `
  directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
  directive @cost(weight: Int!) on FIELD_DEFINITION
  type Query {
    councils: [Council!]! @listSize(assumedSize: 30)
    meetings(first: Int, last: Int): MeetingConnection! @listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["edges"], requireOneSlicingArgument: false)
    summary: Summary! @cost(weight: 50)
    undeclared: [Council!]!
  }
  type Council { id: ID! name: String! meetings: [Meeting!]! @listSize(assumedSize: 50) parent: Council }
  type Meeting { id: ID! number: String agenda: [Item!]! @listSize(assumedSize: 40) council: Council! }
  type Item { id: ID! title: String! }
  type MeetingConnection { totalCount: Int! edges: [MeetingEdge!]! }
  type MeetingEdge { cursor: String! node: Meeting! }
  type Summary { total: Float! }
`;
const schema = buildSchema(SDL);
const policy = listPolicyOf(parse(SDL));
const limits = { maxCost: 1_000_000, maxDepth: 12, maxPageSize: 100 };
const estimate = (query: string, variables = {}, overrides = {}) => {
  const document = parse(query);
  const operation = operationOf(document)!;
  return estimateCost(
    schema,
    policy,
    operation,
    document,
    coercedVariables(schema, operation, variables),
    {
      ...limits,
      ...overrides,
    },
  );
};
const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error: any) {
    return error.extensions;
  }
  throw new Error('not refused');
};

describe('query cost from @listSize and @cost', () => {
  it('counts every field once per item of the lists it sits in', () => {
    // councils: 1 + 30 × (id 1 + meetings (1 + 50 × (number 1 + agenda (1 + 40 × title 1))))
    expect(estimate('{ councils { id meetings { number agenda { title } } } }').cost).toBe(
      1 + 30 * (1 + 1 + 50 * (1 + 1 + 40)),
    );
  });

  it('sizes a connection by first or last, and by its assumed size without them', () => {
    const page = (args: string) => `{ meetings${args} { totalCount edges { node { number } } } }`;
    // meetings 1 + totalCount 1 + edges (1 + n × node (1 + number 1))
    expect(estimate(page('(first: 5)')).cost).toBe(1 + 1 + 1 + 5 * 2);
    expect(estimate(page('(last: 7)')).cost).toBe(1 + 1 + 1 + 7 * 2);
    expect(
      estimate('query($n: Int) { meetings(first: $n) { edges { node { id } } } }', { n: 3 }).cost,
    ).toBe(1 + 1 + 3 * 2);
    expect(estimate(page('')).cost).toBe(1 + 1 + 1 + 20 * 2);
  });

  it('sizes by a variable’s default value when the variable is not sent', () => {
    const query = 'query($n: Int = 100) { meetings(first: $n) { edges { node { id } } } }';
    expect(estimate(query).cost).toBe(estimate(query, { n: 100 }).cost);
    expect(estimate(query).cost).toBe(1 + 1 + 100 * 2);
    const tooLarge = 'query($n: Int = 1000) { meetings(first: $n) { totalCount } }';
    expect(refusalOf(() => estimate(tooLarge))).toMatchObject({ code: 'PAGE_SIZE_TOO_LARGE' });
  });

  it('adds @cost weights, and prices __typename and introspection', () => {
    expect(estimate('{ summary { total } }').cost).toBe(50 + 1);
    expect(estimate('{ a: __typename b: __typename }').cost).toBe(2);
    expect(estimate('{ __schema { types { name } } }').cost).toBe(INTROSPECTION_COST.__schema);
    expect(estimate('{ __type(name: "Council") { name } }').cost).toBe(INTROSPECTION_COST.__type);
  });

  it('refuses a page larger than the maximum, naming the field', () => {
    expect(refusalOf(() => estimate('{ meetings(first: 101) { totalCount } }'))).toMatchObject({
      code: 'PAGE_SIZE_TOO_LARGE',
      field: 'meetings',
      coordinate: 'Query.meetings',
      argument: 'first',
    });
  });

  it('refuses past the limit, saying which field drove the cost', () => {
    const extensions = refusalOf(() =>
      estimate('{ councils { name meetings { agenda { title } } } }', {}, { maxCost: 10_000 }),
    );
    expect(extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(extensions.cost.limit).toBe(10_000);
    expect(extensions.field).toBe('councils');
  });

  it('does not count a connection’s edges { node } as nesting', () => {
    expect(estimate('{ meetings { edges { node { council { parent { name } } } } } }').depth).toBe(
      4,
    );
    const deep = `{ councils { ${'parent { '.repeat(12)} name ${'} '.repeat(12)} } }`;
    expect(refusalOf(() => estimate(deep))).toMatchObject({ code: 'QUERY_TOO_DEEP' });
  });

  it('measures each fragment once: a fan-out of 30 levels is refused at once', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === 0
        ? 'fragment F0 on Council { name }'
        : `fragment F${i} on Council { ...F${i - 1} parent { ...F${i - 1} } }`,
    );
    const query = `{ councils { ...F${levels - 1} } } ${fragments.join(' ')}`;
    expect(refusalOf(() => estimate(query, {}, { maxDepth: 100 }))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
    });
  });

  it('walks each fragment once, however often it is spread', () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? 'fragment F0 on Council { name }'
        : `fragment F${i} on Council { ...F${i - 1} parent { ...F${i - 1} } }`,
    );
    const document = parse(`{ councils { ...F29 } } ${fragments.join(' ')}`);
    const walk = new CostWalk(
      schema,
      policy,
      document,
      {},
      {
        maxCost: Infinity,
        maxDepth: Infinity,
        maxPageSize: 100,
      },
    );
    expect(walk.operation(operationOf(document)!).cost).toBeGreaterThan(2 ** 29);
    // 1 + 30 fragments of at most 2 fields: without the memo this would be 2^30 visits.
    expect(walk.fieldsVisited).toBeLessThan(100);
  });

  it('falls back to a default size for lists the schema does not declare', () => {
    expect(estimate('{ undeclared { id } }').cost).toBe(1 + 20);
  });
});
