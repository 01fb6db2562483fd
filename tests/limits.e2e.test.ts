import { graphqlRequest, type Stack, startStack } from '@ehelse/test-kit';

/** Each protection of the gateway refuses an abusive request with its own code. */
describe('gateway protection', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack('sqljs', 'limits');
  });
  afterAll(() => stack?.stop());

  const post = (
    body: string,
    headers: Record<string, string> = { 'content-type': 'application/json' },
  ) => fetch(stack.gatewayUrl, { method: 'POST', headers, body });

  it('answers an ordinary cross-domain dashboard query', async () => {
    const result = await stack.query(
      `{ projects(first: 100) { edges { node { name agendaItems { number } measures { code } } } } }`,
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses a query nested too deep', async () => {
    const deep = `{ councils { ${'parent { '.repeat(16)}name${' }'.repeat(16)} } }`;
    const result = await stack.query(deep);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a query whose lists multiply beyond the cost limit', async () => {
    const costly = `{ projects(first: 100) { edges { node { responsibleOrganisation { responsibleForConnection(first: 100) { edges { node { budgets { costShares { funder { name } } } } } } } } } } }`;
    const result = await stack.query(costly);
    expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const { cost, field } = result.errors![0].extensions!;
    expect(cost.requested).toBeGreaterThan(cost.limit);
    // The refusal names the outermost list that multiplies, and every size along the branch.
    expect(field).toBe('projects');
    expect(result.errors![0].message).toMatch(
      /projects \(100\) › .*responsibleForConnection \(100\) › .*budgets \(5\)/,
    );
  });

  it('refuses a page larger than the maximum page size before asking any subgraph', async () => {
    const result = await stack.query(`query($n: Int) { projects(first: $n) { totalCount } }`, {
      n: 5000,
    });
    expect(result.errors?.[0].extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
  });

  it('refuses a body over the size limit', async () => {
    const response = await post(
      JSON.stringify({ query: `{ projects { totalCount } }`, padding: 'x'.repeat(200_000) }),
    );
    expect(response.status).toBe(413);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a small batch and refuses a large one', async () => {
    const operation = { query: '{ focusAreas { code } }' };
    const small = await post(JSON.stringify([operation, operation]));
    expect(small.status).toBe(200);
    expect(await small.json()).toHaveLength(2);
    const large = await post(JSON.stringify(Array.from({ length: 11 }, () => operation)));
    expect(large.status).toBe(400);
    expect(((await large.json()) as any).errors[0].extensions.code).toBe('BATCH_TOO_LARGE');
  });

  it('prevents CSRF: a simple cross-site GET without a preflight header is refused', async () => {
    const response = await fetch(
      `${stack.gatewayUrl}?query=${encodeURIComponent('{ focusAreas { code } }')}`,
    );
    expect(response.status).toBe(400);
    const allowed = await fetch(
      `${stack.gatewayUrl}?query=${encodeURIComponent('{ focusAreas { code } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    expect(allowed.status).toBe(200);
  });

  it('answers CORS preflights for the configured origins', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://analyst.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://analyst.example');
  });

  it('gives malformed JSON a coded error', async () => {
    const response = await post('{ not json');
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('reports the request id it was given', async () => {
    const response = await graphqlRequest(stack.gatewayUrl, '{ focusAreas { code } }', undefined, {
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('abc-123');
  });
});
