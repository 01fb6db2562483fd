import { SignJWT } from 'jose';
import { loadConfig, type Config } from '@ehelse/shared/runtime';
import {
  BACKENDS,
  bearer,
  graphqlRequest,
  providerToken,
  signingKey,
  type Stack,
  startJwksServer,
  startStack,
} from '@ehelse/test-kit';

const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id status reportedBy }
}`;
const REPORT_HELIKS = { input: { projectId: '161', year: 2019, status: 'GREEN' } };
const READ = `{ project(id: "161") { id name } }`;

/** A request with its HTTP status: the status is what these rules are about. */
const post = (url: string, query: string, variables?: object, headers = {}) =>
  graphqlRequest(url, query, variables, { headers });

const serviceUrl = (graphqlUrl: string, path: string) => graphqlUrl.replace(/\/graphql$/, path);

/** auth_refusals_total{reason} as the service's /metrics reports it. */
async function refusals(graphqlUrl: string, reason: string) {
  const text = await (await fetch(serviceUrl(graphqlUrl, '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`auth_refusals_total{reason="${reason}"`));
  return Number(line?.split(' ').pop() ?? NaN);
}

describe.each(BACKENDS)('token rules through the gateway on %s', (backend) => {
  describe('with development tokens', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack(backend, 'token_rules_dev');
    });
    afterAll(() => stack?.stop());

    it('refuses a reporter whose sub is over 200 characters with 401, not a 500', async () => {
      const before = await refusals(stack.gatewayUrl, 'invalid_subject');
      const headers = await bearer({
        role: 'reporter',
        organisationId: 'helse-vest-rhf',
        subject: 's'.repeat(300),
      });
      const answer = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, headers);
      expect(answer.status).toBe(401);
      expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(answer.body.errors[0].message).toMatch(/200 characters/);
      // Counted and never the token in the label set.
      expect(await refusals(stack.gatewayUrl, 'invalid_subject')).toBe(before + 1);
      // Straight to the subgraph, the same.
      const direct = await post(stack.subgraphUrls.portfolio!, REPORT, REPORT_HELIKS, headers);
      expect(direct.status).toBe(401);
      expect(direct.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an org over 100 characters or not a slug with 401', async () => {
      for (const organisationId of ['a'.repeat(101), 'HELSE-VEST-RHF']) {
        const headers = await bearer({ role: 'reporter', organisationId });
        const answer = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, headers);
        expect(answer.status).toBe(401);
        expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    });

    it('refuses a token without exp and one signed HS512', async () => {
      const auth = loadConfig(process.env).auth;
      const secret = new TextEncoder().encode(auth.devSecret);
      const claims = { sub: 'dev-admin', role: 'admin', iss: auth.issuer, aud: auth.audience };
      const noExp = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secret);
      const hs512 = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS512' })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(secret);
      for (const token of [noExp, hs512]) {
        const answer = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, {
          authorization: `Bearer ${token}`,
        });
        expect(answer.status).toBe(401);
        expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
      expect(await refusals(stack.gatewayUrl, 'missing_exp')).toBeGreaterThanOrEqual(1);
      expect(await refusals(stack.gatewayUrl, 'algorithm_not_allowed')).toBeGreaterThanOrEqual(1);
    });
  });

  describe('with HelseID-style tokens from a JWKS', () => {
    let stack: Stack;
    let jwks: Awaited<ReturnType<typeof startJwksServer>>;
    let key: Awaited<ReturnType<typeof signingKey>>;
    beforeAll(async () => {
      key = await signingKey('helseid-1');
      jwks = await startJwksServer([key]);
      stack = await startStack(backend, 'token_rules_jwks', (config) => ({
        ...config,
        auth: {
          ...config.auth,
          jwksUrl: jwks.url,
          devSecret: undefined,
          maxTokenLifetimeSeconds: 3600,
        },
      }));
    });
    afterAll(async () => {
      await stack?.stop();
      await jwks?.stop().catch(() => undefined);
    });

    const reporterToken = (signing = key) =>
      providerToken(signing, { role: 'reporter', org: 'helse-vest-rhf' });

    it('lets a valid RS256 reporter token write', async () => {
      const answer = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, {
        authorization: `Bearer ${await reporterToken()}`,
      });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.reportProjectStatus).toMatchObject({ status: 'GREEN' });
    });

    it('accepts a rotated key at once', async () => {
      const rotated = await signingKey('helseid-2');
      jwks.publish([key, rotated]);
      const started = Date.now();
      const answer = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, {
        authorization: `Bearer ${await reporterToken(rotated)}`,
      });
      expect(answer.body.errors).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it('answers a JWKS outage within a second with 503 IDENTITY_PROVIDER_UNAVAILABLE', async () => {
      await jwks.stop();
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const before = await refusals(stack.gatewayUrl, 'identity_provider_unavailable');
      const unknown = await signingKey('helseid-3');
      const started = Date.now();
      const answer = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, {
        authorization: `Bearer ${await reporterToken(unknown)}`,
      });
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(answer.status).toBe(503);
      expect(answer.body.errors[0].extensions).toMatchObject({
        code: 'IDENTITY_PROVIDER_UNAVAILABLE',
        retryable: true,
      });
      expect(await refusals(stack.gatewayUrl, 'identity_provider_unavailable')).toBe(before + 1);
      // Known keys keep working from the cache, and anonymous reads are untouched.
      const cached = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, {
        authorization: `Bearer ${await reporterToken()}`,
      });
      expect(cached.body.errors).toBeUndefined();
      expect((await post(stack.gatewayUrl, READ)).body.data.project.id).toBe('161');
    });
  });

  describe('in production without an identity provider', () => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack(backend, 'token_rules_read_only', (config: Config) => ({
        ...config,
        production: true,
        subgraphSecret: 'read-only-test-secret-'.repeat(3),
        auth: { ...config.auth, devSecret: undefined, jwksUrl: undefined },
      }));
    });
    afterAll(() => stack?.stop());

    it('says so on /ready of the gateway and the subgraphs', async () => {
      for (const url of [stack.gatewayUrl, stack.subgraphUrls.portfolio!]) {
        const ready = (await (await fetch(serviceUrl(url, '/ready'))).json()) as any;
        expect(ready).toMatchObject({ status: 'ready', writes: 'disabled' });
        expect(ready.reason).toMatch(/AUTH_JWKS_URL/);
      }
    });

    it('refuses every mutation with WRITES_DISABLED and serves reads', async () => {
      const anonymous = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS);
      expect(anonymous.status).toBe(403);
      expect(anonymous.body.errors[0].extensions.code).toBe('WRITES_DISABLED');
      expect(anonymous.body.errors[0].message).toMatch(/AUTH_JWKS_URL/);
      const withToken = await post(stack.gatewayUrl, REPORT, REPORT_HELIKS, {
        authorization: 'Bearer whatever.a.token',
      });
      expect(withToken.body.errors[0].extensions.code).toBe('WRITES_DISABLED');
      expect((await post(stack.gatewayUrl, READ)).body.data.project.id).toBe('161');
    });
  });
});
