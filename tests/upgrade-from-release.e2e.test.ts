import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { openSubgraphDatabase, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { databaseName } from '@ehelse/shared/db';
import type { Config } from '@ehelse/shared/runtime';
import { architectureSubgraph } from '../subgraphs/architecture/src/main';
import { governanceSubgraph } from '../subgraphs/governance/src/main';
import { portfolioSubgraph } from '../subgraphs/portfolio/src/main';
import { BACKENDS, testConfig, type Backend } from '@ehelse/test-kit';

/*
 * A database seeded by the last release before issue 14 (db83266), opened by today's code,
 * must hold exactly what a fresh database holds: the migrations newer than its own (issue 14's
 * and later) and the datasets added since bring it there, without duplicating what the release's seed wrote.
 *
 * The fixtures (tests/fixtures/release-db83266, see its README.md) were made by that release's
 * own code: the embedded sql.js files its `npm start` writes into DATA_DIR, and mariadb-dump
 * of the MySQL databases it creates. Each is opened with today's code, compared table by table
 * (schema and every row, all columns) with a fresh database, then opened once more: a restart
 * must change nothing.
 */

const FIXTURES = path.join(__dirname, 'fixtures', 'release-db83266');
const SUBGRAPHS: SubgraphDefinition[] = [
  portfolioSubgraph,
  governanceSubgraph,
  architectureSubgraph,
];

const fixture = (file: string) => zlib.gunzipSync(fs.readFileSync(path.join(FIXTURES, file)));

/**
 * Columns whose values legitimately differ between an upgraded and a fresh database:
 *   - seed_state.seeded_at is the wall-clock moment each dataset was loaded; the upgraded
 *     database loaded its first dataset when the release ran, the fresh one just now. Which
 *     datasets are marked (seed_state.dataset) is still compared.
 * Nothing else is excluded: the migrations table holds the same ids, timestamps (from the
 * migrations' names, not the clock) and names in both, because both ran every migration in
 * the same order, and the AUTO_INCREMENT counters follow from the same rows.
 */
const BOOKKEEPING: Record<string, string[]> = { seed_state: ['seeded_at'] };

/** A database's state: each table's definition and its rows, sorted, every column. */
interface Snapshot {
  schema: Record<string, string>;
  rows: Record<string, string[]>;
}

/** One row as text: its columns by name (not by position), excluded ones blanked. */
const rowText = (row: Record<string, unknown>, excluded: string[] = []) =>
  JSON.stringify(
    Object.fromEntries(
      Object.keys(row)
        .sort()
        .map((column) => [column, excluded.includes(column) ? '(excluded)' : row[column]]),
    ),
  );

/** The snapshot's rows with the bookkeeping columns blanked, to compare with another database. */
const withoutBookkeeping = ({ rows }: Snapshot) =>
  Object.fromEntries(
    Object.entries(rows).map(([table, texts]) => [
      table,
      texts.map((text) => rowText(JSON.parse(text), BOOKKEEPING[table])).sort(),
    ]),
  );

async function snapshot(dataSource: DataSource): Promise<Snapshot> {
  const mysqlBackend = dataSource.options.type === 'mysql';
  const quote = (name: string) => (mysqlBackend ? `\`${name}\`` : `"${name}"`);
  const schema: Record<string, string> = {};
  let tables: string[];
  if (mysqlBackend) {
    const listed: { name: string }[] = await dataSource.query(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    );
    tables = listed.map((t) => t.name);
    for (const table of tables) {
      const [created] = await dataSource.query(`SHOW CREATE TABLE ${quote(table)}`);
      schema[table] = created['Create Table'];
    }
  } else {
    // Every table, index and trigger by its definition; rootpage (where its pages lie in
    // the file) is physical layout, not schema.
    const listed: { type: string; name: string; tbl_name: string; sql: string | null }[] =
      await dataSource.query(
        'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name',
      );
    tables = listed.filter((t) => t.type === 'table').map((t) => t.name);
    for (const entry of listed)
      schema[`${entry.type} ${entry.name}`] = `${entry.tbl_name}: ${entry.sql}`;
  }
  const rows: Record<string, string[]> = {};
  for (const table of tables) {
    const found: Record<string, unknown>[] = await dataSource.query(
      `SELECT * FROM ${quote(table)}`,
    );
    rows[table] = found.map((row) => rowText(row)).sort();
  }
  return { schema, rows };
}

/** Opens the subgraph's database with today's code (migrate + seed), snapshots it, closes it. */
async function openAndSnapshot(
  subgraph: SubgraphDefinition,
  config: Config,
  embeddedLocation: string | undefined,
): Promise<Snapshot> {
  const dataSource = await openSubgraphDatabase(subgraph, { config, embeddedLocation });
  try {
    return await snapshot(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The one dataset each subgraph's seed loaded in the release. */
const RELEASE_DATASETS: Record<string, string> = {
  portfolio: 'portfolio-2019-documents',
  governance: 'governance-documents',
  architecture: 'architecture-documents',
};

/**
 * What the restored release database records, read without today's migrations and seeds: on
 * sql.js from a copy of the file in memory, so the file itself stays untouched.
 */
async function releaseState(
  subgraph: SubgraphDefinition,
  config: Config,
  location: string | undefined,
) {
  const dataSource = await openSubgraphDatabase(
    { ...subgraph, migrations: [], seed: async () => undefined },
    location
      ? { config, embeddedLocation: ':memory:', embeddedImage: fs.readFileSync(location) }
      : { config },
  );
  try {
    const datasets: { dataset: string }[] = await dataSource.query(
      'SELECT dataset FROM seed_state ORDER BY dataset',
    );
    const migrations: { name: string }[] = await dataSource.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    return { datasets: datasets.map((d) => d.dataset), migrations: migrations.map((m) => m.name) };
  } finally {
    await dataSource.destroy();
  }
}

/** Restores the release's MySQL dump of the subgraph as the database `config` opens. */
async function restoreMysqlDump(config: Config, subgraph: SubgraphDefinition) {
  const name = databaseName(config, subgraph.name);
  // The first line of a dump by MariaDB 10.11.19+ tells its own client to refuse commands
  // (sandbox mode); it is a comment to the server, and empty statements are refused.
  const dump = fixture(`${subgraph.name}.mysql.sql.gz`)
    .toString('utf8')
    .replace(/^\/\*M!999999\\- enable the sandbox mode \*\/\s*\n/, '');
  const connection = await mysql.createConnection({
    uri: config.databaseUrl!,
    multipleStatements: true,
  });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    // As the release's openDatabase created it (ensureMysqlDatabase, unchanged since).
    await connection.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await connection.query(`USE \`${name}\``);
    await connection.query(dump);
  } finally {
    await connection.end();
  }
}

describe.each(BACKENDS)('upgrade from release db83266 on %s', (backend: Backend) => {
  let upgradeConfig: Config;
  let freshConfig: Config;
  let directory: string;

  beforeAll(async () => {
    upgradeConfig = await testConfig(backend, 'upgrade_release');
    freshConfig = await testConfig(backend, 'upgrade_release_fresh');
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-upgrade-'));
  });
  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  describe.each(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph] as const))(
    '%s',
    (_name, subgraph) => {
      let release: { datasets: string[]; migrations: string[] };
      let upgraded: Snapshot;
      let fresh: Snapshot;
      let restarted: Snapshot;
      let fileAfterUpgrade: Buffer | undefined;
      let fileAfterRestart: Buffer | undefined;

      beforeAll(async () => {
        // The release's database, where the release left it: a file in DATA_DIR, or a
        // MySQL database named by the prefix.
        let location: string | undefined;
        if (backend === 'sqljs') {
          location = path.join(directory, `${subgraph.name}.sqlite`);
          fs.writeFileSync(location, fixture(`${subgraph.name}.sqlite.gz`));
        } else {
          await restoreMysqlDump(upgradeConfig, subgraph);
        }
        release = await releaseState(subgraph, upgradeConfig, location);
        upgraded = await openAndSnapshot(subgraph, upgradeConfig, location);
        if (location) fileAfterUpgrade = fs.readFileSync(location);
        fresh = await openAndSnapshot(
          subgraph,
          freshConfig,
          backend === 'sqljs' ? ':memory:' : undefined,
        );
        // The next start of the upgraded database.
        restarted = await openAndSnapshot(subgraph, upgradeConfig, location);
        if (location) fileAfterRestart = fs.readFileSync(location);
      });

      it('starts from the release: its datasets loaded, none of the migrations since', () => {
        expect(release.datasets).toEqual([RELEASE_DATASETS[subgraph.name]]);
        expect(release.migrations.length).toBeGreaterThan(0);
        // By the name TypeORM records (an instance's `name`; factory-made classes share one).
        const since = (subgraph.migrations as (new () => { name?: string })[])
          .map((Migration) => new Migration().name ?? Migration.name)
          .filter((name) => !release.migrations.includes(name));
        expect(since.length).toBeGreaterThan(0);
        // Only migrations newer than the release's newest are missing (issue 14's and later).
        const timestamp = (name: string) => Number(/(\d{13})$/.exec(name)?.[1]);
        const releaseNewest = Math.max(...release.migrations.map(timestamp));
        expect(since.filter((name) => !(timestamp(name) > releaseNewest))).toEqual([]);
      });

      it('has the tables, columns, keys and indexes of a fresh database', () => {
        expect(Object.keys(upgraded.schema).sort()).toEqual(Object.keys(fresh.schema).sort());
        for (const [table, definition] of Object.entries(fresh.schema))
          expect({ table, definition: upgraded.schema[table] }).toEqual({ table, definition });
      });

      it('holds exactly the rows of a fresh database, no more, no fewer', () => {
        const want = withoutBookkeeping(fresh);
        const got = withoutBookkeeping(upgraded);
        expect(Object.keys(got).sort()).toEqual(Object.keys(want).sort());
        for (const [table, rows] of Object.entries(want)) {
          const have = got[table] ?? [];
          // Named per table, so a failure says which rows are missing and which are extra.
          const missing = rows.filter((row) => !have.includes(row));
          const extra = have.filter((row) => !rows.includes(row));
          expect({ table, missing, extra }).toEqual({ table, missing: [], extra: [] });
          // Duplicates too: the same multiset (both sorted), not only the same set.
          expect({ table, rows: have }).toEqual({ table, rows });
        }
      });

      it('records every dataset as loaded, so the next start loads nothing', () => {
        const datasets = (s: Snapshot) =>
          s.rows.seed_state.map((text) => JSON.parse(text).dataset as string).sort();
        expect(datasets(upgraded)).toEqual(datasets(fresh));
        expect(datasets(upgraded).length).toBeGreaterThan(1);
      });

      it('changes nothing when opened again', () => {
        // Compared whole, seeded_at included: no dataset is loaded again.
        expect(restarted).toEqual(upgraded);
        // On the embedded database, not even a byte of the file: a start that finds nothing
        // to do writes nothing.
        if (backend === 'sqljs') expect(fileAfterRestart!.equals(fileAfterUpgrade!)).toBe(true);
      });
    },
  );
});
