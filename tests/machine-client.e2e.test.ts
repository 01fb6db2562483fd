// The flow of docs/machine-clients.md against a local identity provider: an RS256 key
// published as JWKS, tokens shaped like HelseID's client-credentials tokens (no `role` or
// `org` of ours: a scope and an organisation-number claim, mapped by the configuration).
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema, type GraphQLInputObjectType } from 'graphql';
import { SignJWT } from 'jose';
import { claimMappingOf, loadConfig } from '@ehelse/shared/runtime';
import {
  BACKENDS,
  graphqlRequest,
  signingKey,
  type SigningKey,
  type Stack,
  startJwksServer,
  startStack,
  VIEWER,
} from '@ehelse/test-kit';

const ORGNR_PARENT = 'helseid://claims/client/claims/orgnr_parent';
const HELSE_VEST_RHF = '983658725';
const ISSUER = 'https://helseid-sts.test.local';
const AUDIENCE = 'ehelse:graph';

const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id status reportedBy projectVersion reportingOrganisation { id } }
}`;
const PROJECT = `query($id: ID!) { project(id: $id) { id version statusReportsConnection { totalCount } } }`;

/** The same request a client of the guide sends: a JSON POST, bearer token, Idempotency-Key. */
const post = (url: string, query: string, variables: object, headers = {}) =>
  graphqlRequest(url, query, variables, { headers });

/** A HelseID-style client-credentials access token: client_id, scope, organisation number. */
function clientCredentialsToken(key: SigningKey, claims: Record<string, unknown>) {
  return new SignJWT({ client_id: 'rhf-vest-rapportering', ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'at+jwt' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey);
}

const composed = fs
  .readFileSync(path.join(__dirname, '..', 'gateway', 'supergraph.graphql'), 'utf8')
  .includes('viewer:');

describe.each(BACKENDS)('the machine-client guide against a local JWKS on %s', (backend) => {
  let stack: Stack;
  let jwks: Awaited<ReturnType<typeof startJwksServer>>;
  let key: SigningKey;
  let reporter: Record<string, string>;

  beforeAll(async () => {
    key = await signingKey('helseid-test-1');
    jwks = await startJwksServer([key]);
    stack = await startStack(backend, 'machine_client_e2e', (config) => ({
      ...config,
      auth: {
        ...config.auth,
        jwksUrl: jwks.url,
        devSecret: undefined,
        issuer: ISSUER,
        audience: AUDIENCE,
        maxTokenLifetimeSeconds: 3600,
        claimMapping: claimMappingOf({
          AUTH_ORG_NUMBER_MAP: `{"${HELSE_VEST_RHF}": "helse-vest-rhf"}`,
          AUTH_SCOPE_ROLE_MAP: 'ehelse:graph/report=reporter,ehelse:graph/admin=admin',
        }),
      },
    }));
    const token = await clientCredentialsToken(key, {
      scope: 'ehelse:graph/report',
      [ORGNR_PARENT]: HELSE_VEST_RHF,
    });
    reporter = { authorization: `Bearer ${token}` };
  });
  afterAll(async () => {
    await stack?.stop();
    await jwks?.stop().catch(() => undefined);
  });

  it('reads the viewer: role from the scope, organisation from the organisation number', async () => {
    // On the portfolio subgraph, which owns `viewer`; through the gateway once it is composed.
    const urls = [stack.subgraphUrls.portfolio!, ...(composed ? [stack.gatewayUrl] : [])];
    for (const url of urls) {
      const { status, body } = await post(url, VIEWER, {}, reporter);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data.viewer).toMatchObject({
        subject: 'rhf-vest-rapportering',
        role: 'REPORTER',
        organisation: { id: 'helse-vest-rhf' },
        reportableProjects: { totalCount: 2 },
      });
    }
  });

  it('reports a status with an Idempotency-Key: sent twice, written once', async () => {
    const before = (await post(stack.gatewayUrl, PROJECT, { id: '161' })).body.data.project;
    const input = {
      projectId: '161',
      year: 2019,
      status: 'YELLOW',
      comment: 'Fra RHF-systemet',
      budget: 139,
      costShares: [{ funder: 'RHF', amount: 139 }],
      expectedVersion: before.version,
    };
    const headers = { ...reporter, 'idempotency-key': randomUUID() };
    const first = await post(stack.gatewayUrl, REPORT, { input }, headers);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.reportProjectStatus).toMatchObject({
      status: 'YELLOW',
      reportedBy: 'rhf-vest-rapportering',
      projectVersion: before.version + 1,
      reportingOrganisation: { id: 'helse-vest-rhf' },
    });
    // A retry after a lost answer: the same key, the same input, the same answer, no new write.
    const again = await post(stack.gatewayUrl, REPORT, { input }, headers);
    expect(again.body).toEqual(first.body);
    const after = (await post(stack.gatewayUrl, PROJECT, { id: '161' })).body.data.project;
    expect(after.version).toBe(before.version + 1);
    expect(after.statusReportsConnection.totalCount).toBe(
      before.statusReportsConnection.totalCount + 1,
    );

    // The stale version under a new key is CONFLICT with the current one: re-read, then decide.
    const stale = await post(
      stack.gatewayUrl,
      REPORT,
      { input },
      {
        ...reporter,
        'idempotency-key': randomUUID(),
      },
    );
    expect(stale.body.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: after.version,
    });
  });

  it('refuses another organisation’s project with FORBIDDEN', async () => {
    const { body } = await post(
      stack.gatewayUrl,
      REPORT,
      { input: { projectId: '107', year: 2019, status: 'GREEN' } },
      { ...reporter, 'idempotency-key': randomUUID() },
    );
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('refuses a reporter whose organisation number the map does not know', async () => {
    const token = await clientCredentialsToken(key, {
      scope: 'ehelse:graph/report',
      [ORGNR_PARENT]: '999999999',
    });
    const { status, body } = await post(
      stack.gatewayUrl,
      REPORT,
      { input: { projectId: '161', year: 2019, status: 'GREEN' } },
      { authorization: `Bearer ${token}` },
    );
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('serves the schema for code generation with what the guide sends', async () => {
    const response = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/schema.graphql'));
    expect(response.status).toBe(200);
    const sdl = await response.text();
    expect(sdl).not.toMatch(/join__|link__|_service|_entities/);
    const schema = buildSchema(sdl);
    const fields = (name: string) =>
      Object.keys((schema.getType(name) as GraphQLInputObjectType).getFields());
    expect(fields('ReportProjectStatusInput')).toEqual(
      expect.arrayContaining([
        'projectId',
        'year',
        'status',
        'comment',
        'budget',
        'costShares',
        'expectedVersion',
      ]),
    );
    expect(fields('RecordFundingTransferInput')).toEqual(
      expect.arrayContaining(['year', 'fromProjectId', 'toProjectId', 'amount', 'expectedVersion']),
    );
    const mutations = schema.getMutationType()!.getFields();
    expect(mutations.importPortfolioCsv.args.map((a) => a.name)).toEqual(
      expect.arrayContaining(['csv', 'year']),
    );
  });

  it('refuses an HS256 token, even one with the right claims, with 401', async () => {
    const secret = new TextEncoder().encode(loadConfig(process.env).auth.devSecret);
    const hs256 = await new SignJWT({
      sub: 'rhf-vest-rapportering',
      role: 'reporter',
      org: 'helse-vest-rhf',
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(secret);
    for (const url of [stack.gatewayUrl, stack.subgraphUrls.portfolio!]) {
      const { status, body } = await post(
        url,
        REPORT,
        { input: { projectId: '161', year: 2019, status: 'GREEN' } },
        { authorization: `Bearer ${hs256}`, 'idempotency-key': randomUUID() },
      );
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
