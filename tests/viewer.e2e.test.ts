import fs from 'node:fs';
import path from 'node:path';
import { startPortfolio } from '@ehelse/portfolio';
import type { RunningService } from '@ehelse/shared/runtime';
import {
  asAdmin,
  asReader,
  asReporter,
  BACKENDS,
  postGraphQL,
  seededDatabase,
  type Stack,
  startStack,
  testConfig,
  VIEWER,
} from '@ehelse/test-kit';

const ids = (viewer: any) => viewer.reportableProjects.edges.map((e: any) => e.node.id);

/** The gateway serves `viewer` once the lead has recomposed the supergraph with it. */
const composed = fs
  .readFileSync(path.join(__dirname, '..', 'gateway', 'supergraph.graphql'), 'utf8')
  .includes('viewer:');

describe.each(BACKENDS)('viewer on the portfolio subgraph on %s', (backend) => {
  let portfolio: RunningService;
  const query = (headers: Record<string, string> = {}, variables = {}) =>
    postGraphQL(portfolio.url, VIEWER, variables, headers);

  beforeAll(async () => {
    const config = await testConfig(backend, 'viewer_e2e');
    portfolio = await startPortfolio({
      config,
      port: 0,
      ...(await seededDatabase(config, 'portfolio')),
    });
  });
  afterAll(() => portfolio?.stop());

  it('is null for an anonymous caller', async () => {
    const anonymous = await query();
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data).toEqual({ viewer: null });
  });

  it('names a reporter, its organisation and its own projects with version and latest report', async () => {
    const { data, errors } = await query(await asReporter('helse-vest-rhf'));
    expect(errors).toBeUndefined();
    expect(data.viewer).toMatchObject({
      role: 'REPORTER',
      organisation: { id: 'helse-vest-rhf', name: 'Helse Vest RHF' },
      reportableProjects: { totalCount: 2, pageInfo: { hasNextPage: false } },
    });
    expect(typeof data.viewer.subject).toBe('string');
    expect(ids(data.viewer)).toEqual(['51', '161']);
    for (const { node } of data.viewer.reportableProjects.edges) {
      expect(node.version).toEqual(expect.any(Number));
      expect(node.statusReportsConnection.edges.length).toBeLessThanOrEqual(1);
    }
  });

  it('lets an admin report on every project, paged', async () => {
    const first = await query(await asAdmin(), { first: 50 });
    expect(first.data.viewer).toMatchObject({
      subject: 'secretariat',
      role: 'ADMIN',
      organisation: null,
      reportableProjects: { totalCount: 52, pageInfo: { hasNextPage: true } },
    });
    const next = await query(await asAdmin(), {
      first: 50,
      after: first.data.viewer.reportableProjects.pageInfo.endCursor,
    });
    expect(ids(next.data.viewer)).toHaveLength(2);
    expect(new Set([...ids(first.data.viewer), ...ids(next.data.viewer)]).size).toBe(52);
  });

  it('lets a reader report on nothing', async () => {
    const { data } = await query(await asReader());
    expect(data.viewer).toMatchObject({
      role: 'READER',
      organisation: null,
      reportableProjects: { totalCount: 0, edges: [] },
    });
  });

  it('refuses an oversized page like every connection', async () => {
    const { errors } = await query(await asAdmin(), { first: 1000 });
    expect(errors?.[0].extensions?.code).toBe('PAGE_SIZE_TOO_LARGE');
  });
});

// Through the gateway: passes once gateway/supergraph.graphql is recomposed with `viewer`.
(composed ? describe.each(BACKENDS) : describe.skip.each(BACKENDS))(
  'viewer through the gateway on %s',
  (backend) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack(backend, 'viewer_gateway_e2e');
    });
    afterAll(() => stack?.stop());

    it('answers the same as the subgraph', async () => {
      expect((await stack.query(VIEWER)).data).toEqual({ viewer: null });
      const { data, errors } = await stack.query(VIEWER, {}, await asReporter('helse-vest-rhf'));
      expect(errors).toBeUndefined();
      expect(data.viewer.role).toBe('REPORTER');
      expect(ids(data.viewer)).toEqual(['51', '161']);
    });
  },
);
