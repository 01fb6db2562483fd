import { type Stack, startStack } from '@ehelse/test-kit';

/** The embedded database and MySQL/MariaDB give the same answers to the same queries. */
const QUERIES = {
  projects: `{ projects(first: 100) { totalCount edges { node { id name phase status responsibleOrganisation { id name }
    focusArea { code } budget(year: 2019) { amount costShares { funder { code } amount } } } } } }`,
  summary: `{ portfolioSummary(year: 2019) { projectCount netBudget grossBudget internalTransfers
    byFocusArea { focusArea { code } amount projectCount } byFunder { funder { code } amount }
    byStatus { status amount projectCount } byPhase { phase amount projectCount } byOrganisation { organisation { id } amount projectCount } } }`,
  governance: `{ meeting(id: "nasjonalt-e-helserad-5-22") { number date agenda { number title presenter { name } projects { id } } }
    council(id: "nasjonalt-e-helserad") { memberships(activeOn: "2022-09-21") { role person { name } organisation { id } } } }`,
  architecture: `{ resultGoals { code milestones { code year status } measures { code responsible { id } implementedBy { id } } }
    prioritisationRounds { candidates { name score printedScore rank } } }`,
};

(process.env.DATABASE_URL ? describe : describe.skip)(
  'sql.js and MySQL agree (needs DATABASE_URL)',
  () => {
    let embedded: Stack;
    let mysql: Stack;
    beforeAll(async () => {
      embedded = await startStack('sqljs', 'agree');
      mysql = await startStack('mysql', 'agree');
    });
    afterAll(async () => {
      await embedded?.stop();
      await mysql?.stop();
    });

    it.each(Object.entries(QUERIES))('%s', async (_name, query) => {
      const [a, b] = await Promise.all([embedded.query(query), mysql.query(query)]);
      expect(a.errors).toBeUndefined();
      expect(b.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
    });
  },
);
