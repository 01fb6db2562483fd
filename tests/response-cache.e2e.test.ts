import { startGateway } from '@ehelse/gateway';
import type { RunningService } from '@ehelse/shared/runtime';
import {
  asAdmin,
  asReporter,
  BACKENDS,
  bearer,
  graphqlRequest,
  startStack,
  testConfig,
  VIEWER,
  type Stack,
} from '@ehelse/test-kit';
import { cacheOn, httpGet, measured, PROJECT, RENAME } from './response-cache.requests';

describe.each(BACKENDS)('the response cache at the gateway, in memory, on %s', (backend) => {
  let stack: Stack;
  let uncached: RunningService;
  const read = (headers: Record<string, string> = {}, id = '107') =>
    measured(stack.gatewayUrl, PROJECT, { id }, headers);

  beforeAll(async () => {
    stack = await startStack(backend, 'response_cache_e2e', cacheOn());
    const config = await testConfig(backend, 'response_cache_e2e_gateway');
    uncached = await startGateway({
      config: { ...config, responseCache: { ...config.responseCache, enabled: false } },
      port: 0,
      subgraphUrls: stack.subgraphUrls,
    });
  }, 180_000);
  afterAll(async () => {
    await uncached?.stop();
    await stack?.stop();
  });

  it('answers a repeated public read from its cache: no subgraph statement, an age header', async () => {
    const first = await read({}, '161');
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.project.name).toEqual(expect.any(String));
    expect(first.statements).toBeGreaterThan(0);
    expect(first.age).toBeNull();
    const again = await read({}, '161');
    expect(again.body).toEqual(first.body);
    expect(again.statements).toBe(0);
    expect(Number(again.age)).toBeGreaterThanOrEqual(0);
    // Other variables are another answer.
    const other = await read({}, '107');
    expect(other.statements).toBeGreaterThan(0);
    expect(other.body.data.project.name).not.toBe(first.body.data.project.name);

    const metrics = await (await fetch(stack.gatewayUrl.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/gateway_response_cache_requests_total\{result="hit",[^}]*\} [1-9]/);
    expect(metrics).toMatch(/gateway_response_cache_requests_total\{result="miss",[^}]*\} [1-9]/);
  });

  it('is never stale after a write: the next read sees it, from the subgraphs', async () => {
    await read();
    expect((await read()).statements).toBe(0);
    const reporter = await asReporter('helse-vest-rhf');
    const renamed = await graphqlRequest(
      stack.gatewayUrl,
      RENAME,
      { input: { id: '161', name: 'Renamed while cached' } },
      { headers: reporter },
    );
    expect(renamed.body.errors).toBeUndefined();
    const after = await read({}, '161');
    expect(after.body.data.project.name).toBe('Renamed while cached');
    expect(after.statements).toBeGreaterThan(0);
    // Every answer cached before the write is gone, not only the project's.
    expect((await read()).statements).toBeGreaterThan(0);
  });

  it('also counts a refused write as one: any executed mutation invalidates', async () => {
    await read();
    expect((await read()).statements).toBe(0);
    const refused = await graphqlRequest(
      stack.gatewayUrl,
      RENAME,
      { input: { id: '161', name: 'x', expectedVersion: 999_999 } },
      { headers: await asAdmin() },
    );
    expect(refused.body.errors?.[0].extensions.code).toEqual(expect.any(String));
    expect((await read()).statements).toBeGreaterThan(0);
  });

  it('keeps private answers per caller, and none for an anonymous caller', async () => {
    const reporter = await bearer({
      role: 'reporter',
      organisationId: 'helse-vest-rhf',
      subject: 'a',
    });
    const other = await bearer({
      role: 'reporter',
      organisationId: 'helse-nord-rhf',
      subject: 'b',
    });
    const mine = await measured(stack.gatewayUrl, VIEWER, { first: 3 }, reporter);
    expect(mine.body.data.viewer.subject).toBe('a');
    const mineAgain = await measured(stack.gatewayUrl, VIEWER, { first: 3 }, reporter);
    expect(mineAgain.body).toEqual(mine.body);
    expect(mineAgain.statements).toBe(0);
    const theirs = await measured(stack.gatewayUrl, VIEWER, { first: 3 }, other);
    expect(theirs.body.data.viewer.subject).toBe('b');
    expect(theirs.body.data.viewer.organisation.id).toBe('helse-nord-rhf');
    expect(theirs.age).toBeNull();
    for (let i = 0; i < 2; i++) {
      const anonymous = await measured(stack.gatewayUrl, VIEWER, { first: 3 });
      expect(anonymous.body.data.viewer).toBeNull();
      expect(anonymous.age).toBeNull();
    }
  });

  it('shares a public answer among callers with tokens, since it cannot differ by caller', async () => {
    const asAdminFirst = await read(await asAdmin(), '138');
    expect(asAdminFirst.statements).toBeGreaterThan(0);
    const asReporterNext = await read(await asReporter('helse-nord-rhf'), '138');
    expect(asReporterNext.statements).toBe(0);
    expect(asReporterNext.body).toEqual(asAdminFirst.body);
    // The anonymous pool is apart (Apollo's plugin keeps it so): its own first read.
    const anonymous = await read({}, '138');
    expect(anonymous.body).toEqual(asAdminFirst.body);
  });

  it('serves nothing from a cache when RESPONSE_CACHE=false', async () => {
    for (let i = 0; i < 3; i++) {
      const answer = await measured(uncached.url, PROJECT, { id: '107' });
      expect(answer.body.data.project.name).toEqual(expect.any(String));
      expect(answer.statements).toBeGreaterThan(0);
      expect(answer.age).toBeNull();
    }
  });

  it('tells a CDN to revalidate a public GET, and answers 304 when the answer is unchanged', async () => {
    const url = `${stack.gatewayUrl}?${new URLSearchParams({
      query: PROJECT,
      variables: JSON.stringify({ id: '107' }),
    })}`;
    // node:http, not fetch: fetch adds `cache-control: no-cache` to a conditional request,
    // which tells the server not to answer from what the caller holds.
    const get = (headers: Record<string, string> = {}) =>
      httpGet(url, { 'apollo-require-preflight': 'true', ...headers });
    const first = await get();
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(JSON.parse(first.text).data.project.name).toEqual(expect.any(String));

    const revalidated = await get({ 'if-none-match': etag! });
    expect(revalidated.status).toBe(304);
    expect(revalidated.text).toBe('');

    const withToken = await get(await asAdmin());
    expect(withToken.headers.get('cache-control')).toBe('private, no-cache');
    const post = await graphqlRequest(stack.gatewayUrl, PROJECT, { id: '107' });
    expect(post.headers.get('cache-control')).toBe('no-store');
    const failing = await fetch(
      `${stack.gatewayUrl}?${new URLSearchParams({ query: '{ project(id: "107") { nope } }' })}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(failing.headers.get('cache-control')).toBe('no-store');

    // A write changes the answer: the old ETag no longer matches, the new answer is sent.
    await graphqlRequest(
      stack.gatewayUrl,
      RENAME,
      { input: { id: '107', name: 'Renamed for the CDN' } },
      { headers: await asAdmin() },
    );
    const changed = await get({ 'if-none-match': etag! });
    expect(changed.status).toBe(200);
    expect(JSON.parse(changed.text).data.project.name).toBe('Renamed for the CDN');
  });
});
