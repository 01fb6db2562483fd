import { BACKENDS, graphqlRequest, seededDatabase, testConfig } from '@ehelse/test-kit';
import { startGovernance } from './main';

describe.each(BACKENDS)('governance service on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startGovernance>>;

  beforeAll(async () => {
    const config = await testConfig(backend, 'governance_service');
    service = await startGovernance({
      config,
      port: 0,
      ...(await seededDatabase(config, 'governance')),
    });
  });
  afterAll(() => service?.stop());

  const base = () => `http://127.0.0.1:${service.port}`;

  it('answers GraphQL over HTTP and reports its SQL statements per request', async () => {
    const { body, headers } = await graphqlRequest(
      `${base()}/graphql`,
      `{ meeting(id: "nasjonalt-e-helserad-5-22") { number agenda { number presenter { name } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.meeting.agenda).toHaveLength(8);
    // meeting by id, agenda, presenters
    expect(headers.get('x-sql-statements')).toBe('3');
  });

  it('serves health, readiness and metrics', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    expect(await (await fetch(`${base()}/ready`)).json()).toEqual({
      status: 'ready',
      service: 'governance',
    });
    expect(await (await fetch(`${base()}/metrics`)).text()).toContain('graphql_requests_total');
  });
});
