import { BACKENDS, graphqlRequest, seededDatabase, testConfig } from '@ehelse/test-kit';
import { startPortfolio } from './main';

describe.each(BACKENDS)('portfolio service on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startPortfolio>>;

  beforeAll(async () => {
    const config = await testConfig(backend, 'portfolio_service');
    service = await startPortfolio({
      config,
      port: 0,
      ...(await seededDatabase(config, 'portfolio')),
    });
  });
  afterAll(() => service?.stop());

  const base = () => `http://127.0.0.1:${service.port}`;

  it('answers GraphQL over HTTP and reports its SQL statements per request', async () => {
    const { status, headers, body } = await graphqlRequest(
      `${base()}/graphql`,
      `{ project(id: "107") { name responsibleOrganisation { id } focusArea { code } budgets { year amount } } }`,
    );
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.project).toMatchObject({
      responsibleOrganisation: { id: 'direktoratet-for-e-helse' },
      budgets: [expect.objectContaining({ year: 2019 })],
    });
    // project by id, its organisation, its focus area, its budgets
    expect(headers.get('x-sql-statements')).toBe('4');
  });

  it('serves health, readiness and metrics', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    expect(await (await fetch(`${base()}/ready`)).json()).toEqual({
      status: 'ready',
      service: 'portfolio',
    });
    expect(await (await fetch(`${base()}/metrics`)).text()).toContain('graphql_requests_total');
  });
});
