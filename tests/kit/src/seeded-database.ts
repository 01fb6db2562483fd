import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import {
  loadConfig,
  type Config,
  type RunningService,
  type SubgraphName,
} from '@ehelse/shared/runtime';
import { type StartOptions } from '@ehelse/shared/graphql';
import { databaseName } from '@ehelse/shared/db';
import { buildOnce } from './build-once';
import { currentRun, templatePrefix, type Run } from './template-run';

/*
 * A seeded database built once per run and copied per suite.
 *
 * Migrating and seeding a subgraph at each suite's start costs about 0.1 s on sql.js and
 * 0.2–0.4 s on MariaDB (warm, on an idle machine); a copy about half that. The jest
 * globalSetup (global-setup.ts) opens a directory for the run; the first suite that needs a
 * subgraph's database builds its template there, under a lock file, by starting the subgraph
 * as production does (migrate + seed); every other suite waits for it, then opens a copy:
 *
 *   - sql.js: the template is the database image (sqlite file bytes), written once; each
 *     suite opens a fresh in-memory database from those bytes.
 *   - MySQL/MariaDB: the template is a database `ehelse_tpl_<run>_<server>_<subgraph>`
 *     (`<server>` a hash of the database URL, so suites on another server or URL never share
 *     it); each suite's database (named by its config's prefix, as before) is created with
 *     the template's character set, and each table copied with the template's own `SHOW CREATE
 *     TABLE` (keys, foreign keys and the AUTO_INCREMENT counter included) and `INSERT …
 *     SELECT`: TypeORM's `migrations` table and the seed marker too, so opening it runs no
 *     migration and no seed.
 *
 * Both are exactly what migrate + seed leaves. Templates are built inside a test worker, not
 * in globalSetup itself, because globalSetup runs outside jest's moduleNameMapper: there
 * `@ehelse/*` would resolve to the compiled dist, not the sources the tests run. Without the
 * run directory (jest started with another config), or with TEST_KIT_MIGRATE_EACH_SUITE=1
 * (to compare), every suite migrates and seeds its own database as before.
 */

/** Start options that open a subgraph's database for one suite, as migrate + seed leaves it. */
export type SeededOptions = Pick<StartOptions, 'embeddedLocation' | 'embeddedImage'>;

type Start = (options: StartOptions) => Promise<RunningService & { dataSource: DataSource }>;

/** How each subgraph starts, loaded only when its template is built. */
const STARTS: Record<SubgraphName, () => Promise<Start>> = {
  portfolio: async () => (await import('@ehelse/portfolio')).startPortfolio,
  governance: async () => (await import('@ehelse/governance')).startGovernance,
  architecture: async () => (await import('@ehelse/architecture')).startArchitecture,
};

/** The neutral configuration templates are built with: the test environment's, on `databaseUrl`. */
const templateConfig = (databaseUrl: string | undefined, databasePrefix: string): Config => ({
  ...loadConfig({ ...process.env, DATABASE_URL: databaseUrl ?? '' }),
  databasePrefix,
});

/** Starts the subgraph as production does (migrate + seed), hands its database to `use`, stops. */
async function migratedAndSeeded(
  subgraph: SubgraphName,
  options: Omit<StartOptions, 'port'>,
  use: (dataSource: DataSource) => Promise<void> | void,
): Promise<void> {
  const service = await (await STARTS[subgraph]())({ ...options, port: 0 });
  try {
    await use(service.dataSource);
  } finally {
    await service.stop();
  }
}

/** A short name for a database URL, in lock keys and template names (the URL holds a password). */
const server = (databaseUrl: string) =>
  createHash('sha256').update(databaseUrl).digest('hex').slice(0, 8);

const images = new Map<SubgraphName, Buffer>();

/** The subgraph's migrated, seeded sql.js image, built once per run. */
async function sqljsImage(run: Run, subgraph: SubgraphName): Promise<Uint8Array> {
  let image = images.get(subgraph);
  if (!image) {
    const file = path.join(run.directory, `sqljs-${subgraph}.sqlite`);
    await buildOnce(run.directory, `sqljs-${subgraph}`, () =>
      migratedAndSeeded(
        subgraph,
        { config: templateConfig(undefined, ''), embeddedLocation: ':memory:' },
        (dataSource) => {
          const bytes = (dataSource.driver as unknown as { export(): Uint8Array }).export();
          fs.writeFileSync(`${file}.tmp`, bytes);
          fs.renameSync(`${file}.tmp`, file);
        },
      ),
    );
    image = fs.readFileSync(file);
    images.set(subgraph, image);
  }
  // sql.js copies the bytes in; a copy of our own keeps the cached image untouched anyway.
  return new Uint8Array(image);
}

/**
 * Creates `target` as a copy of the `template` database: same character set, each table by
 * its own CREATE TABLE (indexes, foreign keys, AUTO_INCREMENT) and all its rows.
 */
async function copyMysqlDatabase(databaseUrl: string, template: string, target: string) {
  const connection = await mysql.createConnection(databaseUrl);
  try {
    const [existing] = await connection.query<mysql.RowDataPacket[]>(
      'SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [target],
    );
    // Opened before in this suite: keep what it holds, as reopening the database would.
    if (existing.length > 0) return;
    const [[schema]] = await connection.query<mysql.RowDataPacket[]>(
      'SELECT DEFAULT_CHARACTER_SET_NAME AS charset, DEFAULT_COLLATION_NAME AS collation FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?',
      [template],
    );
    if (!schema) throw new Error(`template database ${template} is missing`);
    const [tables] = await connection.query<mysql.RowDataPacket[]>(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
      [template],
    );
    await connection.query(
      `CREATE DATABASE \`${target}\` CHARACTER SET ${schema.charset} COLLATE ${schema.collation}`,
    );
    try {
      await connection.query('SET SESSION foreign_key_checks = 0');
      await connection.query(`USE \`${target}\``);
      for (const { name } of tables) {
        const [[created]] = await connection.query<mysql.RowDataPacket[]>(
          `SHOW CREATE TABLE \`${template}\`.\`${name}\``,
        );
        await connection.query(created['Create Table']);
        // Generated columns (project.id_length) are computed by the copy; strict mode refuses values for them.
        const [columns] = await connection.query<mysql.RowDataPacket[]>(
          "SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION",
          [template, name],
        );
        const list = columns.map((column) => `\`${column.name}\``).join(', ');
        await connection.query(
          `INSERT INTO \`${target}\`.\`${name}\` (${list}) SELECT ${list} FROM \`${template}\`.\`${name}\``,
        );
      }
    } catch (error) {
      await connection.query(`DROP DATABASE IF EXISTS \`${target}\``).catch(() => undefined);
      throw error;
    }
  } finally {
    await connection.end();
  }
}

/**
 * Prepares the subgraph's database for one suite as migrate + seed leaves it, and answers
 * the start options that open it (pass them to `startPortfolio` and the like, or to
 * `openSubgraphDatabase`). On sql.js (no `config.databaseUrl`): an in-memory copy of the run's
 * seeded image. On MySQL: the suite's database (`config.databasePrefix` + subgraph, which
 * `testConfig` dropped) copied from the run's template, unless it exists already.
 */
export async function seededDatabase(
  config: Config,
  subgraph: SubgraphName,
): Promise<SeededOptions> {
  const run = currentRun();
  if (!config.databaseUrl) {
    if (!run) return { embeddedLocation: ':memory:' };
    return { embeddedLocation: ':memory:', embeddedImage: await sqljsImage(run, subgraph) };
  }
  if (!run) return {};
  // Per server: suites on another URL (another server, or the same through a proxy) neither
  // wait for nor copy a template built elsewhere, nor build into the same database.
  const at = server(config.databaseUrl);
  const prefix = `${templatePrefix(run)}${at}_`;
  const template = `${prefix}${subgraph}`;
  await buildOnce(run.directory, `mysql-${at}-${subgraph}`, () =>
    migratedAndSeeded(
      subgraph,
      { config: templateConfig(config.databaseUrl, prefix) },
      () => undefined,
    ),
  );
  await copyMysqlDatabase(config.databaseUrl, template, databaseName(config, subgraph));
  return {};
}
