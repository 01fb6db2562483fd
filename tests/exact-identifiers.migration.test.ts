import { openSubgraphDatabase, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { architectureSubgraph } from '../subgraphs/architecture/src/main';
import { governanceSubgraph } from '../subgraphs/governance/src/main';
import { portfolioSubgraph } from '../subgraphs/portfolio/src/main';
import { BACKENDS, testConfig } from '@ehelse/test-kit';

/**
 * One seeded key per subgraph, and the near misses MySQL's unicode_ci collation matched. `row`
 * inserts it as the old schema takes it: today's seed writes columns that later migrations add,
 * so it cannot seed a database that stops before them.
 */
const CASES: {
  subgraph: SubgraphDefinition;
  table: string;
  column: string;
  key: string;
  row: string;
}[] = [
  {
    subgraph: portfolioSubgraph,
    table: 'organisation',
    column: 'id',
    key: 'helse-vest-rhf',
    row: `INSERT INTO organisation (id, name, kind) VALUES ('helse-vest-rhf', 'Helse Vest RHF', 'REGIONAL_HEALTH_AUTHORITY')`,
  },
  {
    subgraph: governanceSubgraph,
    table: 'council',
    column: 'id',
    key: 'nuit',
    row: `INSERT INTO council (id, name, kind, mandate, note) VALUES ('nuit', 'Prioriteringsutvalg', 'COMMITTEE', '', '')`,
  },
  {
    subgraph: architectureSubgraph,
    table: 'measure',
    column: 'code',
    key: 'RM3-T4',
    row: `INSERT INTO measure (code, result_goal_code, title, responsible_text, is_new, position) VALUES ('RM3-T4', 'RM3', 'Tiltak', 'NHN', 0, 1)`,
  },
];
const nearMisses = (key: string) => [
  key.toUpperCase(),
  key.toLowerCase(),
  `${key} `,
  `${key}\u0000`,
];

/** The subgraph as it was before the exact-identifiers migration, holding the key's row. */
const beforeExactIds = (subgraph: SubgraphDefinition, row: string): SubgraphDefinition => {
  const migrations = subgraph.migrations as Function[];
  const exact = migrations.findIndex((m) => m.name.includes('ExactIdentifiers'));
  return {
    ...subgraph,
    migrations: migrations.slice(0, exact),
    seed: (dataSource) => dataSource.query(row),
  };
};
/** The same database migrated to today's schema; its data stay as the old schema held them. */
const migratedOnly = (subgraph: SubgraphDefinition): SubgraphDefinition => ({
  ...subgraph,
  seed: async () => undefined,
});

describe.each(BACKENDS)('exact identifiers migration (%s)', (backend) => {
  it.each(CASES)(
    '$table $column compares exactly after the migration, on a database made by the old ones',
    async ({ subgraph, table, column, key, row }) => {
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

      // The normal path: a database created by the migrations before this one, holding the key.
      const old = await openSubgraphDatabase(beforeExactIds(subgraph, row), {
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

      const migrated = await openSubgraphDatabase(migratedOnly(subgraph), { config });
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
