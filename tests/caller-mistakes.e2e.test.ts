import { type Stack, startStack } from '@ehelse/test-kit';

/** Mistakes and tricks a client can send: each answers JSON with a code and a 4xx, never 500. */
describe('caller mistakes and limit bypasses', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('sqljs', 'mistakes');
  });
  afterAll(() => stack?.stop());

  const post = async (
    body: unknown,
    headers: Record<string, string> = {},
    url = stack.gatewayUrl,
  ) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    return { status: response.status, body: (await response.json()) as any };
  };
  const codeOf = (answer: { body: any }) => answer.body.errors?.[0]?.extensions?.code;

  it('a subscription is refused: this API has none', async () => {
    const answer = await post({ query: 'subscription { __typename }' });
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).toBe('OPERATION_NOT_SUPPORTED');
  });

  it('a persisted-query hash alone is refused with a code: documents arrive whole', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } };
    const hashOnly = await post({ extensions });
    expect(hashOnly.status).toBe(400);
    expect(codeOf(hashOnly)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const withQuery = await post({ query: '{ __typename }', extensions });
    expect(withQuery.status).toBe(400);
    expect(codeOf(withQuery)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });

  it('an alias that names another field is refused instead of answering wrong data', async () => {
    for (const query of [
      '{ project(id: "3") { id: name measures { code } } }',
      '{ project(id: "3") { __typename: name id } }',
    ]) {
      const answer = await post({ query });
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const fine = await post({ query: '{ project(id: "3") { title: name id } }' });
    expect(fine.body.data.project).toMatchObject({ id: '3' });
  });

  it('an impossible Date written in the query is BAD_USER_INPUT before anything runs', async () => {
    const answer = await post({
      query: '{ organisation(id: "helse-vest-rhf") { name memberships(activeOn: "nope") { id } } }',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'activeOn',
    });
  });

  it('a body the server cannot decode, and an unknown path, answer JSON', async () => {
    const gzip = await post('{}', { 'content-encoding': 'gzip' });
    expect(gzip.status).toBe(400);
    expect(codeOf(gzip)).toBe('BAD_REQUEST');
    for (const url of [
      stack.gatewayUrl.replace('/graphql', '/nope'),
      stack.subgraphUrls.portfolio!.replace('/graphql', '/nope'),
    ]) {
      const missing = await post({ query: '{ __typename }' }, {}, url);
      expect(missing.status).toBe(404);
      expect(codeOf(missing)).toBe('NOT_FOUND');
    }
  });

  it('a malformed entity representation sent to a subgraph is BAD_USER_INPUT', async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { name } } }';
    const url = stack.subgraphUrls.portfolio;
    for (const r of [[{ __typename: 'Nope', id: '1' }], [{ id: '107' }], [5]]) {
      const answer = await post({ query, variables: { r } }, {}, url);
      expect(answer.status).toBe(400);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
    }
    const fine = await post(
      { query, variables: { r: [{ __typename: 'Project', id: '107' }] } },
      {},
      url,
    );
    expect(fine.body.data._entities[0].name).toBeTruthy();
  });

  it('a write without a token answers 401', async () => {
    const answer = await post({
      query: 'mutation { recordDecision(input: { agendaItemId: "x", decision: "y" }) { id } }',
    });
    expect([400, 401]).toContain(answer.status);
    if (answer.status === 401) expect(codeOf(answer)).toBe('UNAUTHENTICATED');
  });

  it('a variable’s default value is costed as sent: defaults cannot hide a page size', async () => {
    const query = `query($n: Int = 100) { organisationsConnection(first: $n) { edges { node { id
      responsibleForConnection(first: $n) { edges { node { id budgets { costShares { amount } } } } } } } } }`;
    const withDefault = await post({ query });
    const sent = await post({ query, variables: { n: 100 } });
    expect(withDefault.body.extensions.cost).toEqual(sent.body.extensions.cost);
    expect(sent.body.extensions.cost.requested).toBeGreaterThan(100 * 100);
    const tooLarge = await post({
      query: 'query($n: Int = 1000) { projects(first: $n) { totalCount } }',
    });
    expect(codeOf(tooLarge)).toBe('PAGE_SIZE_TOO_LARGE');
  });

  it('the operations of a batch share one cost budget', async () => {
    const heavy = { query: '{ __schema { queryType { name } } }' };
    const one = await post([heavy]);
    expect(one.status).toBe(200);
    const many = await post(Array.from({ length: 10 }, () => heavy));
    const codes = (many.body as any[]).map((answer) => answer.errors?.[0]?.extensions?.code);
    expect(codes).toContain('QUERY_TOO_COMPLEX');
    expect(codes[0]).toBeUndefined();
  });
});
