import { type Stack, startStack } from '@ehelse/test-kit';

/**
 * Abusive documents are refused with a code while the gateway stays responsive. The time
 * bounds are generous on purpose (shared machine): before the limits were linear, the
 * fragment fan-out blocked the event loop for seconds per level.
 */
describe('abusive queries', () => {
  let stack: Stack;
  let healthUrl: string;
  beforeAll(async () => {
    stack = await startStack('sqljs', 'attacks');
    healthUrl = stack.gatewayUrl.replace(/\/graphql$/, '/health');
  });
  afterAll(() => stack?.stop());

  const send = async (url: string, query: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as any };
  };

  /** Sends the attack and asks /health meanwhile: both must answer in time. */
  const refusedWhileResponsive = async (query: string, url = stack.gatewayUrl) => {
    const started = Date.now();
    const attack = send(url, query).then((result) => ({ ...result, ms: Date.now() - started }));
    const health = fetch(healthUrl).then((response) => ({
      ok: response.ok,
      ms: Date.now() - started,
    }));
    const [answer, alive] = await Promise.all([attack, health]);
    expect(alive.ok).toBe(true);
    expect(alive.ms).toBeLessThan(1_000);
    expect(answer.ms).toBeLessThan(2_000);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
    expect(answer.body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    return answer.body.errors[0];
  };

  it('a fragment fan-out of 30 levels (each fragment spreads the previous one twice)', async () => {
    const fragments = Array.from({ length: 30 }, (_, i) =>
      i === 0
        ? 'fragment F0 on Council { name }'
        : `fragment F${i} on Council { ...F${i - 1} parent { ...F${i - 1} } }`,
    );
    const error = await refusedWhileResponsive(`{ councils { ...F29 } } ${fragments.join('\n')}`);
    expect(['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP']).toContain(error.extensions.code);
  });

  it('5 000 aliased __typename', async () => {
    const aliases = Array.from({ length: 5_000 }, (_, i) => `a${i}: __typename`).join(' ');
    await refusedWhileResponsive(`{ ${aliases} }`);
  });

  it('3 000 nested inline fragments', async () => {
    const query = `{ ${'... on Query { '.repeat(3_000)}__typename${' }'.repeat(3_000)} }`;
    const error = await refusedWhileResponsive(query);
    expect(['QUERY_TOO_NESTED', 'QUERY_TOO_LONG']).toContain(error.extensions.code);
  });

  it('300 aliased __schema', async () => {
    const aliases = Array.from(
      { length: 300 },
      (_, i) => `s${i}: __schema { types { name fields { name } } }`,
    ).join(' ');
    await refusedWhileResponsive(`{ ${aliases} }`);
  });

  it('introspection costs something: a few aliased __schema pass the alias cap but not the cost', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `s${i}: __schema { queryType { name } }`);
    const error = await refusedWhileResponsive(`{ ${aliases.join(' ')} }`);
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('the nested organisation ↔ project cycle sent straight to the portfolio port', async () => {
    const cycle = `{ organisations { ${'responsibleFor { responsibleOrganisation { '.repeat(10)} name ${'} } '.repeat(10)} } }`;
    const error = await refusedWhileResponsive(cycle, stack.subgraphUrls.portfolio);
    expect(['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP']).toContain(error.extensions.code);
  });
});
