import { BACKENDS, startStack, type Stack } from '@ehelse/test-kit';

// A page that selects no totalCount is read without COUNT (shared/src/pagination.ts): its
// edges, cursors and pageInfo must be those of the same page read with the count.
const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url');
const PAGE =
  'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const VARIABLES = '$first: Int, $after: String, $orderBy: ProjectOrder, $filter: ProjectFilter';
const ARGUMENTS = 'first: $first, after: $after, orderBy: $orderBy, filter: $filter';
const UNCOUNTED = `query(${VARIABLES}) { projects(${ARGUMENTS}) { ${PAGE} } }`;
// The count asked for through an aliased named fragment, as a client or a query plan may.
const COUNTED = `query(${VARIABLES}) { projects(${ARGUMENTS}) { ...Counted ${PAGE} } }
  fragment Counted on ProjectConnection { counted: totalCount }`;

describe.each(BACKENDS)('project pages read without a count, on %s', (backend) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack(backend, 'uncounted_pages_e2e');
  }, 180_000);
  afterAll(() => stack?.stop());

  it('answer as the counted pages do, at every edge of the list', async () => {
    const total = (await stack.query('{ projects(first: 1) { totalCount } }')).data.projects
      .totalCount as number;
    expect(total).toBeGreaterThan(5);
    const cases: Record<string, unknown>[] = [{}];
    for (const first of [0, 1, 3, 20])
      for (const after of [undefined, 0, 5, total - 2, total - 1, total, total + 5])
        cases.push({ first, after: after === undefined ? undefined : cursor(after) });
    cases.push({ first: 4, after: cursor(2), orderBy: { field: 'NAME', direction: 'DESC' } });
    cases.push({ first: 5, filter: { search: 'zzzz-no-such-project' } });
    for (const variables of cases) {
      const uncounted = await stack.query(UNCOUNTED, variables);
      const counted = await stack.query(COUNTED, variables);
      expect(uncounted.errors).toBeUndefined();
      expect(counted.errors).toBeUndefined();
      const { counted: count, ...page } = counted.data.projects;
      expect(uncounted.data.projects).toEqual(page);
      expect(count).toBe(variables.filter ? 0 : total);
    }
  }, 120_000);
});
