import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';

/*
 * The run the seeded templates belong to (see seeded-database.ts). Imports nothing of the
 * project: the kit's globalSetup and globalTeardown load it outside jest's module mapping.
 */

/** The run's directory, set by the kit's globalSetup for the workers. */
export const RUN_DIRECTORY_ENV = 'EHELSE_TEST_KIT_RUN';
/** Templates of every run are named `ehelse_tpl_<time>_<random>_<server hash>_<subgraph>`. */
export const TEMPLATE_DATABASE_PREFIX = 'ehelse_tpl_';

export interface Run {
  directory: string;
  /** Unique to the run, in database names: `<time base 36>_<random>`. */
  id: string;
}

/** A new run: its directory and id (globalSetup). */
export function createRun(): Run {
  const id = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), `ehelse-test-kit-${id}-`));
  fs.writeFileSync(path.join(directory, 'run-id'), id);
  return { directory, id };
}

export function currentRun(): Run | undefined {
  const directory = process.env[RUN_DIRECTORY_ENV];
  if (!directory || process.env.TEST_KIT_MIGRATE_EACH_SUITE === '1') return undefined;
  return { directory, id: fs.readFileSync(path.join(directory, 'run-id'), 'utf8') };
}

export const templatePrefix = (run: Run) => `${TEMPLATE_DATABASE_PREFIX}${run.id}_`;

/** Drops the MySQL templates of this run, and those of runs older than `staleAfterMs`. */
export async function dropTemplates(
  databaseUrl: string,
  run: Run | undefined,
  staleAfterMs: number,
) {
  const connection = await mysql.createConnection(databaseUrl);
  try {
    const [databases] = await connection.query<mysql.RowDataPacket[]>(
      `SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'ehelse\\_tpl\\_%'`,
    );
    for (const { name } of databases as { name: string }[]) {
      const time = parseInt(name.slice(TEMPLATE_DATABASE_PREFIX.length).split('_')[0], 36);
      const ours = run !== undefined && name.startsWith(templatePrefix(run));
      if (ours || !(Date.now() - time < staleAfterMs))
        await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    }
  } finally {
    await connection.end();
  }
}
