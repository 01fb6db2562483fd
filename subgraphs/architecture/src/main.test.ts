import { BACKENDS, graphqlRequest, seededDatabase, testConfig } from '@ehelse/test-kit';
import { startArchitecture } from './main';
import { seedArchitecture } from './seed';

describe.each(BACKENDS)('architecture subgraph server on %s', (backend) => {
  let service: Awaited<ReturnType<typeof startArchitecture>>;
  beforeAll(async () => {
    const config = await testConfig(backend, 'arch_server');
    service = await startArchitecture({
      config,
      port: 0,
      ...(await seededDatabase(config, 'architecture')),
    });
  });
  afterAll(() => service?.stop());

  const base = () => service.url.replace(/\/graphql$/, '');
  const post = (query: string) => graphqlRequest(service.url, query);

  it('answers health and readiness', async () => {
    expect(await (await fetch(`${base()}/health`)).json()).toEqual({
      status: 'ok',
      service: 'architecture',
    });
    expect((await fetch(`${base()}/ready`)).status).toBe(200);
  });

  it('reports the SQL statements of the CONTRACT queries in the x-sql-statements header', async () => {
    const roadmap = await post(
      `{ resultGoals { code milestones { code } measures { code responsible { id } implementedBy { id } } } }`,
    );
    expect(roadmap.body.data.resultGoals).toHaveLength(7);
    expect(roadmap.headers.get('x-sql-statements')).toBe('4');
    const rounds = await post(
      `{ prioritisationRounds { id criteria { code } candidates { name score printedScore rank } } }`,
    );
    const ranked = rounds.body.data.prioritisationRounds[0].candidates;
    expect(ranked.map((c: any) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 6, 8, 9, 10, 11]);
    expect(rounds.headers.get('x-sql-statements')).toBe('5');
  });

  it('does not seed twice on restart of the same database', async () => {
    expect(await seedArchitecture(service.dataSource)).toBe(false);
  });
});
