import { openSubgraphDatabase, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { architectureSubgraph } from '../subgraphs/architecture/src/main';
import { governanceSubgraph } from '../subgraphs/governance/src/main';
import { portfolioSubgraph } from '../subgraphs/portfolio/src/main';
import { BACKENDS, testConfig } from '@ehelse/test-kit';

/** One seeded key per subgraph, and the near misses MySQL's unicode_ci collation matched. */
const CASES: { subgraph: SubgraphDefinition; table: string; column: string; key: string }[] = [
  { subgraph: portfolioSubgraph, table: 'organisation', column: 'id', key: 'helse-vest-rhf' },
  { subgraph: governanceSubgraph, table: 'council', column: 'id', key: 'nuit' },
  { subgraph: architectureSubgraph, table: 'measure', column: 'code', key: 'RM3-T4' },
];
const nearMisses = (key: string) => [
  key.toUpperCase(),
  key.toLowerCase(),
  `${key} `,
  `${key}\u0000`,
];

/** The subgraph as it was before the exact-identifiers migration. */
const beforeExactIds = (subgraph: SubgraphDefinition): SubgraphDefinition => {
  const migrations = subgraph.migrations as Function[];
  const exact = migrations.findIndex((m) => m.name.includes('ExactIdentifiers'));
  return { ...subgraph, migrations: migrations.slice(0, exact) };
};

describe.each(BACKENDS)('exact identifiers migration (%s)', (backend) => {
  it.each(CASES)(
    '$table $column compares exactly after the migration, on a database made by the old ones',
    async ({ subgraph, table, column, key }) => {
      const config = await testConfig(backend, `exact_ids_${subgraph.name}`);
      const embeddedLocation = backend === 'sqljs' ? ':memory:' : undefined;
      const matches = async (dataSource: Awaited<ReturnType<typeof openSubgraphDatabase>>) => {
        const found: string[] = [];
        for (const candidate of [key, ...nearMisses(key).filter((c) => c !== key)]) {
          const rows = await dataSource.query(
            `SELECT ${column} FROM ${table} WHERE ${column} = ?`,
            [candidate],
          );
          if (rows.length) found.push(candidate);
        }
        return found;
      };

      // The normal path: a database created and seeded by the migrations before this one.
      const old = await openSubgraphDatabase(beforeExactIds(subgraph), {
        config,
        embeddedLocation,
      });
      const before = await matches(old);
      if (backend === 'sqljs') {
        await old.destroy();
        // In memory: the migrations all run again on a fresh database; sql.js was exact already.
        expect(before).toEqual([key]);
        const migrated = await openSubgraphDatabase(subgraph, { config, embeddedLocation });
        expect(await matches(migrated)).toEqual([key]);
        await migrated.destroy();
        return;
      }
      await old.destroy();
      expect(before.length).toBeGreaterThan(1); // unicode_ci matched near misses

      const migrated = await openSubgraphDatabase(subgraph, { config });
      try {
        expect(await matches(migrated)).toEqual([key]);
        const [{ collation }] = await migrated.query(
          `SELECT COLLATION_NAME AS collation FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?`,
          [table, column],
        );
        expect(collation).toMatch(/^utf8mb4_(0900|nopad)_bin$/);
        const [{ keyCollation }] = await migrated.query(
          `SELECT COLLATION_NAME AS keyCollation FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'idempotency_key'
              AND COLUMN_NAME = 'idempotency_key'`,
        );
        expect(keyCollation).toBe(collation);
        // Other text keeps the database's collation (names are searched and ordered as people read them).
        const [{ nameCollation }] = await migrated.query(
          `SELECT COLLATION_NAME AS nameCollation FROM information_schema.COLUMNS
            WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'audit_event' AND COLUMN_NAME = 'action'`,
        );
        expect(nameCollation).toBe('utf8mb4_unicode_ci');
      } finally {
        await migrated.destroy();
      }
    },
  );
});
