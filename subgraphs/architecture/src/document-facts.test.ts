import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { openSubgraphDatabase } from '@ehelse/shared/graphql';
import { BACKENDS, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from './main';
import { ArchitectureDocumentFacts1733200000004 } from './migrations/1733200000004-architecture-document-facts';
import { seedArchitecture, seedFirstDocuments } from './seed';

const datasets = async (dataSource: DataSource) =>
  (await dataSource.query(`SELECT dataset FROM seed_state ORDER BY dataset`)).map(
    (row: { dataset: string }) => row.dataset,
  );
const count = async (dataSource: DataSource, table: string) =>
  Number((await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

/** The subgraph as it was before the document-facts migration and its dataset. */
const migrations = architectureSubgraph.migrations as Function[];
const beforeDocumentFacts = {
  ...architectureSubgraph,
  migrations: migrations.slice(0, migrations.indexOf(ArchitectureDocumentFacts1733200000004)),
  seed: seedFirstDocuments,
};

/*
 * Issue 14's facts are a second dataset ('architecture-documents-more-facts') in new
 * tables: a database seeded before them receives them on its next start, exactly once, and
 * the first dataset's rows are not inserted again.
 */
describe.each(BACKENDS)('the document facts dataset on %s', (backend) => {
  let directory: string;
  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'arch-doc-facts-'));
  });
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('reaches a database seeded before it, once, without duplicating the first dataset', async () => {
    const config = await testConfig(backend, 'arch_doc_facts');
    const embeddedLocation =
      backend === 'sqljs' ? path.join(directory, 'architecture.sqlite') : undefined;

    const old = await openSubgraphDatabase(beforeDocumentFacts, { config, embeddedLocation });
    try {
      // As an older release left it: the first dataset only.
      expect(await datasets(old)).toEqual(['architecture-documents']);
      expect(await count(old, 'measure')).toBe(25);
      // Proves below that the upgrade opened this very database, not a fresh one.
      await old.query(`INSERT INTO seed_state (dataset, seeded_at) VALUES ('a-marker', 'test')`);
    } finally {
      await old.destroy();
    }

    const upgraded = await openSubgraphDatabase(architectureSubgraph, { config, embeddedLocation });
    try {
      expect(await datasets(upgraded)).toEqual([
        'a-marker',
        'architecture-documents',
        'architecture-documents-more-facts',
      ]);
      expect(await count(upgraded, 'measure')).toBe(25);
      expect(await count(upgraded, 'target_picture')).toBe(4);
      expect(await count(upgraded, 'action_plan_risk_factor')).toBe(9);
      expect(await count(upgraded, 'action_plan_measure')).toBe(6);
      expect(await count(upgraded, 'white_paper_goal')).toBe(3);
      expect(await count(upgraded, 'system_area')).toBe(10);
      expect(await count(upgraded, 'welfare_technology_rollout_city')).toBe(4);
      expect(await count(upgraded, 'felles_grunnmur_needs_measure')).toBe(25);
      expect(await count(upgraded, 'felles_grunnmur_implementation_model')).toBe(4);
      // A restart loads nothing again.
      expect(await seedArchitecture(upgraded)).toBe(false);
      expect(await count(upgraded, 'action_plan_risk_factor')).toBe(9);
    } finally {
      await upgraded.destroy();
    }
  });

  it('loads both datasets in turn into a fresh database', async () => {
    const config = await testConfig(backend, 'arch_doc_facts_fresh');
    const embeddedLocation = backend === 'sqljs' ? ':memory:' : undefined;
    const fresh = await openSubgraphDatabase(architectureSubgraph, { config, embeddedLocation });
    try {
      expect(await datasets(fresh)).toHaveLength(2);
      expect(await count(fresh, 'welfare_technology_assignment')).toBe(5);
      expect(await count(fresh, 'welfare_technology_rollout_wave')).toBe(2);
      expect(await count(fresh, 'felles_grunnmur_needs')).toBe(1);
    } finally {
      await fresh.destroy();
    }
  });
});
