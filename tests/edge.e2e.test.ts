import { startArchitecture } from '@ehelse/architecture';
import { startGateway } from '@ehelse/gateway';
import { startGovernance } from '@ehelse/governance';
import { startPortfolio } from '@ehelse/portfolio';
import {
  loadConfig,
  SIGNATURE_HEADER,
  signBody,
  type Config,
  type RunningService,
  type SubgraphName,
} from '@ehelse/shared/runtime';
import { BACKENDS, postGraphQL, seededDatabase, testConfig } from '@ehelse/test-kit';

/**
 * The edges of the API as outsiders meet them: subgraphs that answer only the gateway,
 * errors that name the caller's mistake with HTTP 400, and the browser conventions.
 */
const SECRET = 'edge-test-subgraph-secret';
const SDL_QUERY = JSON.stringify({ query: '{ _service { sdl } }' });
const DATE_QUERY = `query($d: Date) { councils { memberships(activeOn: $d) { role } } }`;
const CROSS_DOMAIN = `{
  project(id: "107") { name agendaItems { number } measures { code } }
  council(id: "nasjonalt-e-helserad") { name }
}`;

/** A response body as JSON, loosely typed like the rest of the tests' GraphQL answers. */
const json = (response: Response): Promise<any> => response.json();

const postRaw = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe.each(BACKENDS)('edges of the API with SUBGRAPH_SECRET set (%s)', (backend) => {
  const services: RunningService[] = [];
  let config: Config;
  let portfolio: RunningService;
  let gatewayUrl: string;
  let gatewayOrigin: string;

  beforeAll(async () => {
    config = { ...(await testConfig(backend, 'edge')), subgraphSecret: SECRET };
    const seeded = (subgraph: SubgraphName) => seededDatabase(config, subgraph);
    portfolio = await startPortfolio({ config, port: 0, ...(await seeded('portfolio')) });
    const governance = await startGovernance({ config, port: 0, ...(await seeded('governance')) });
    const architecture = await startArchitecture({
      config,
      port: 0,
      ...(await seeded('architecture')),
    });
    const gateway = await startGateway({
      config,
      port: 0,
      subgraphUrls: {
        portfolio: portfolio.url,
        governance: governance.url,
        architecture: architecture.url,
      },
    });
    services.push(gateway, portfolio, governance, architecture);
    gatewayUrl = gateway.url;
    gatewayOrigin = new URL(gateway.url).origin;
  });
  afterAll(async () => {
    for (const service of services) await service.stop().catch(() => undefined);
  });

  describe('a subgraph', () => {
    it('listens on 127.0.0.1 by default', () => {
      expect(portfolio.address).toBe('127.0.0.1');
    });

    it('answers a request the gateway signed, `_service { sdl }` included', async () => {
      const response = await postRaw(portfolio.url, SDL_QUERY, {
        [SIGNATURE_HEADER]: signBody(SECRET, SDL_QUERY),
      });
      expect(response.status).toBe(200);
      expect((await json(response)).data._service.sdl).toMatch(/type Project/);
    });

    it.each([
      ['unsigned', undefined],
      ['signed with another secret', signBody('not-the-secret', SDL_QUERY)],
      ['signed more than 5 minutes ago', signBody(SECRET, SDL_QUERY, Date.now() / 1000 - 600)],
      ['signed over another body', signBody(SECRET, SDL_QUERY.replace('sdl', 'sdl '))],
      ['with a garbled signature', 't=1,v1=deadbeef'],
    ])('refuses a request %s with 401 GATEWAY_SIGNATURE_INVALID', async (_case, signature) => {
      const response = await postRaw(
        portfolio.url,
        SDL_QUERY,
        signature ? { [SIGNATURE_HEADER]: signature } : {},
      );
      expect(response.status).toBe(401);
      const body = await json(response);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('GATEWAY_SIGNATURE_INVALID');
    });

    it('refuses an unsigned GET too', async () => {
      const response = await fetch(
        `${portfolio.url}?query=${encodeURIComponent('{ __typename }')}`,
        {
          headers: { 'apollo-require-preflight': 'true' },
        },
      );
      expect(response.status).toBe(401);
    });

    it('answers malformed JSON with a JSON GraphQL error and 400, not an HTML page', async () => {
      const response = await postRaw(portfolio.url, '{"query": "{ projects ');
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect((await json(response)).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('the gateway', () => {
    it('signs its subgraph requests, so cross-domain queries work end to end', async () => {
      const result = await postGraphQL(gatewayUrl, CROSS_DOMAIN);
      expect(result.errors).toBeUndefined();
      expect(result.data.project.name).toBe('Helsedataprogrammet');
      expect(result.data.council.name).toBeTruthy();
    });

    it('refuses an impossible Date variable with BAD_USER_INPUT and 400, naming the variable', async () => {
      const response = await postRaw(
        gatewayUrl,
        JSON.stringify({ query: DATE_QUERY, variables: { d: '2022-02-30' } }),
      );
      const text = await response.text();
      expect(response.status).toBe(400);
      expect(text).not.toMatch(/https?:\/\//);
      const { errors } = JSON.parse(text);
      expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors[0].message).toMatch(/\$d/);
      // A valid date still works.
      const valid = await postGraphQL(gatewayUrl, DATE_QUERY, { d: '2022-02-28' });
      expect(valid.errors).toBeUndefined();
    });

    it.each([
      ['garbled', 'garbage'],
      ['huge-offset', Buffer.from('offset:99999999999999999999').toString('base64url')],
    ])('refuses a %s cursor with BAD_USER_INPUT and 400', async (_case, after) => {
      const response = await postRaw(
        gatewayUrl,
        JSON.stringify({
          query: 'query($after: String) { projects(first: 2, after: $after) { totalCount } }',
          variables: { after },
        }),
      );
      const body = await json(response);
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(response.status).toBe(400);
      expect(JSON.stringify(body)).not.toMatch(/https?:\/\//);
    });

    it.each([
      ['missing', undefined],
      ['unknown', 'Nowhere'],
    ])(
      'answers an operationName that is %s, in a document of several operations, with 400 and a code',
      async (_case, operationName) => {
        const query = 'query A { focusAreas { code } } query B { funders { code } }';
        const response = await postRaw(gatewayUrl, JSON.stringify({ query, operationName }));
        expect(response.status).toBe(400);
        const body = await json(response);
        expect(body.errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
        expect(body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
      },
    );

    it('sends a browser opening /graphql to the playground', async () => {
      const response = await fetch(gatewayUrl, {
        headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
        redirect: 'manual',
      });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/');
      expect(await response.text()).not.toMatch(/apollo/i);
    });

    it('still answers GraphQL over GET for a client', async () => {
      const response = await fetch(
        `${gatewayUrl}?query=${encodeURIComponent('{ focusAreas { code } }')}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      );
      expect(response.status).toBe(200);
      expect((await json(response)).data.focusAreas.length).toBeGreaterThan(0);
    });

    it('allows Apollo Client’s headers in a CORS preflight', async () => {
      const response = await fetch(gatewayUrl, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:3000',
          'access-control-request-method': 'POST',
          'access-control-request-headers':
            'content-type,apollographql-client-name,apollographql-client-version',
        },
      });
      expect(response.status).toBe(204);
      const allowed = response.headers.get('access-control-allow-headers') ?? '';
      expect(allowed).toMatch(/apollographql-client-name/);
      expect(allowed).toMatch(/apollographql-client-version/);
      expect(allowed).toMatch(/content-type/);
    });

    it('answers SUBGRAPH_UNAVAILABLE, without an internal URL, when the gateway’s secret is wrong', async () => {
      // A gateway with the wrong secret: every subgraph answers 401 with a GraphQL error.
      const misconfigured = await startGateway({
        config: { ...config, subgraphSecret: 'a-wrong-secret' },
        port: 0,
        subgraphUrls: { portfolio: portfolio.url },
      });
      try {
        const response = await postRaw(
          misconfigured.url,
          JSON.stringify({ query: '{ focusAreas { code } }' }),
        );
        const text = await response.text();
        expect(text).not.toMatch(/https?:\/\//);
        expect(text).not.toMatch(/401: Unauthorized/);
        expect(JSON.parse(text).errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
      } finally {
        await misconfigured.stop();
      }
    });
  });
});

describe('production without SUBGRAPH_SECRET', () => {
  const production = loadConfig({ ...process.env, NODE_ENV: 'production', SUBGRAPH_SECRET: '' });

  it('a subgraph refuses to start, naming the variable', async () => {
    await expect(
      startPortfolio({ config: production, port: 0, embeddedLocation: ':memory:' }),
    ).rejects.toThrow(/SUBGRAPH_SECRET/);
  });

  it('the gateway refuses to start, naming the variable', async () => {
    await expect(startGateway({ config: production, port: 0 })).rejects.toThrow(/SUBGRAPH_SECRET/);
  });
});

describe('development without SUBGRAPH_SECRET', () => {
  it('a subgraph answers unsigned requests, as `npm start` and the tests expect', async () => {
    const config = { ...(await testConfig('sqljs', 'edge_unsigned')), subgraphSecret: undefined };
    const architecture = await startArchitecture({
      config,
      port: 0,
      ...(await seededDatabase(config, 'architecture')),
    });
    try {
      const response = await postRaw(architecture.url, SDL_QUERY);
      expect(response.status).toBe(200);
      expect((await json(response)).data._service.sdl).toMatch(/ResultGoal/);
    } finally {
      await architecture.stop();
    }
  });
});
