import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from '../main';
import { seedPortfolio } from '../seed';
import { DOCUMENT_FACTS_DATASET } from './document-facts.seed';

/** The tables the new dataset fills, emptied to stand for a database seeded before it. */
const NEW_TABLES = [
  'document_text',
  'national_initiative',
  'actor_group',
  'actor_group_member',
  'sector_key_figure',
  'portfolio_report_presentation',
  'portfolio_risk_assessment',
  'portfolio_challenge_wording',
  'benefit_case',
  'benefit_case_figure',
  'benefit_case_benefit',
  'benefit_case_baseline_row',
];
const ADDED_ORGANISATIONS = [
  'sarpsborg-kommune',
  'helse-bergen-hf',
  'oslo-economics',
  'menon-economics',
];

describe.each(BACKENDS)(
  'the documents-facts dataset on a database seeded before it (%s)',
  (backend) => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await openHarness(
        portfolioSubgraph,
        await testConfig(backend, 'portfolio_document_facts'),
        backend === 'sqljs',
      );
    });
    afterAll(() => harness?.close());

    const count = async (table: string) => {
      const [row] = await harness.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
      return Number(row.n);
    };

    it('adds the missing organisations and the new facts once, and corrects the report', async () => {
      const { dataSource } = harness;
      // A database as the first dataset left it: no new facts, no marker, no added organisations.
      for (const table of NEW_TABLES) await dataSource.query(`DELETE FROM ${table}`);
      await dataSource.query(
        `DELETE FROM organisation WHERE id IN (${ADDED_ORGANISATIONS.map(() => '?').join(', ')})`,
        ADDED_ORGANISATIONS,
      );
      await dataSource.query(`UPDATE portfolio_report SET last_updated = NULL`);
      await dataSource.query(`DELETE FROM seed_state WHERE dataset = ?`, [DOCUMENT_FACTS_DATASET]);
      expect(await count('organisation')).toBe(59);

      expect(await seedPortfolio(dataSource)).toBe(true);
      expect(await count('organisation')).toBe(63);
      expect(await count('national_initiative')).toBe(10);
      expect(await count('actor_group_member')).toBe(31);
      expect(await count('portfolio_challenge_wording')).toBe(10);
      expect(await count('benefit_case_baseline_row')).toBe(26);
      const { data } = await harness.run(`{ portfolioReport(year: 2019) { lastUpdated } }`);
      expect(data.portfolioReport.lastUpdated).toBe('2019-05-23');

      // Once per database: a restart changes nothing.
      expect(await seedPortfolio(dataSource)).toBe(false);
      expect(await count('organisation')).toBe(63);
      expect(await count('national_initiative')).toBe(10);
    });
  },
);
