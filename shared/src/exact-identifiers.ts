import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Key and reference columns, by table. */
export type KeyColumns = Record<string, string[]>;

/**
 * The key columns of the tables every subgraph has (audit trail, idempotency keys): an
 * Idempotency-Key or subject that differs only in case is another key.
 */
export const SHARED_KEY_COLUMNS: KeyColumns = {
  audit_event: ['subject', 'organisation_id', 'entity_type', 'entity_id'],
  idempotency_key: ['idempotency_key', 'subject', 'operation'],
};

/**
 * Binary collations without padding, best first: MySQL 8's utf8mb4_0900_bin and MariaDB's
 * utf8mb4_nopad_bin compare byte for byte, trailing spaces included, as sql.js does.
 * utf8mb4_bin (the fallback) still ignores trailing spaces.
 */
const EXACT_COLLATIONS = ['utf8mb4_0900_bin', 'utf8mb4_nopad_bin', 'utf8mb4_bin'];
/** What the databases were created with (shared/src/database.ts). */
const DEFAULT_COLLATION = 'utf8mb4_unicode_ci';

const isMysqlRunner = (runner: QueryRunner) =>
  ['mysql', 'mariadb'].includes(runner.connection.options.type);

export async function exactCollation(runner: QueryRunner): Promise<string> {
  const rows: { name: string }[] = await runner.query(
    `SELECT COLLATION_NAME AS name FROM information_schema.COLLATIONS WHERE COLLATION_NAME IN (?)`,
    [EXACT_COLLATIONS],
  );
  const available = new Set(rows.map((row) => row.name));
  return EXACT_COLLATIONS.find((name) => available.has(name)) ?? 'utf8mb4_bin';
}

/**
 * Changes the collation of `columns`, keeping each column's type and nullability as the
 * database has them (so a later migration's change of length is kept). One ALTER per table;
 * MySQL rebuilds the primary keys and indexes on those columns with it. There are no foreign
 * keys between these tables (references are checked by the code), so nothing blocks the change.
 */
async function collate(runner: QueryRunner, columns: KeyColumns, collation: string) {
  for (const [table, names] of Object.entries(columns)) {
    const found: { name: string; type: string; nullable: string; fallback: string | null }[] =
      await runner.query(
        `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable,
                COLUMN_DEFAULT AS fallback
           FROM information_schema.COLUMNS
          WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME IN (?)`,
        [table, names],
      );
    const missing = names.filter((name) => !found.some((column) => column.name === name));
    if (missing.length) throw new Error(`${table} has no column ${missing.join(', ')}`);
    const withDefault = found.find((c) => c.fallback !== null && c.fallback !== 'NULL');
    // A key column has no default; rewriting one here would silently drop it.
    if (withDefault) throw new Error(`${table}.${withDefault.name} has a default`);
    const changes = found.map(
      (column) =>
        `MODIFY \`${column.name}\` ${column.type} CHARACTER SET utf8mb4 COLLATE ${collation} ` +
        (column.nullable === 'YES' ? 'NULL' : 'NOT NULL'),
    );
    await runner.query(`ALTER TABLE \`${table}\` ${changes.join(', ')}`);
  }
}

/** Makes `columns` compare exactly on MySQL; sql.js compares exactly already (BINARY). */
export async function compareExactly(runner: QueryRunner, columns: KeyColumns) {
  if (!isMysqlRunner(runner)) return;
  await collate(runner, columns, await exactCollation(runner));
}

/** The way back (`down`): the database's default collation again. */
export async function compareByDefaultCollation(runner: QueryRunner, columns: KeyColumns) {
  if (!isMysqlRunner(runner)) return;
  await collate(runner, columns, DEFAULT_COLLATION);
}

/**
 * The migration each subgraph runs for its own key columns (with the shared audit and
 * idempotency keys): the same up and down everywhere, only the tables differ.
 */
export function exactIdentifiersMigration(name: string, columns: KeyColumns) {
  return class ExactIdentifiers implements MigrationInterface {
    name = name;

    async up(runner: QueryRunner): Promise<void> {
      await compareExactly(runner, columns);
    }

    async down(runner: QueryRunner): Promise<void> {
      await compareByDefaultCollation(runner, columns);
    }
  };
}
