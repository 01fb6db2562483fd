import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The key projects are listed by (orderProjects in project.queries.ts): LENGTH(id), then id,
 * so "11" comes before "107". MariaDB has no index on an expression, so the length is a
 * generated column (`id_length`) and the index is on (id_length, id): a page of 20 reads 20
 * index entries instead of every project and a sort (MariaDB at 5 200 projects: 1.4 ms of
 * server CPU per page, 0.12 ms with the index; benchmark). sql.js gets the same column and
 * index, so the page's SQL is the same on both.
 *
 * Written in SQL rather than with TypeORM's column API: TypeORM writes `NULL`/`NOT NULL` after
 * a generated column for the mysql driver, which MariaDB refuses. The entity does not declare
 * the column (nothing writes or reads it; TypeORM would read it back after every update).
 * A later migration that changes `project` must do so in SQL too: TypeORM's Table API
 * (getTable, createIndex, addColumn …) looks every generated column up in its own
 * `typeorm_metadata` table, which these databases do not have, and fails.
 */
const isMysqlRunner = (runner: QueryRunner) =>
  ['mysql', 'mariadb'].includes(runner.connection.options.type);

export class ProjectIdOrder1733400000001 implements MigrationInterface {
  name = 'ProjectIdOrder1733400000001';

  async up(runner: QueryRunner): Promise<void> {
    if (isMysqlRunner(runner)) {
      // MariaDB commits each DDL statement at once: a start killed between the two leaves the
      // column without the migration's row, so the next start runs both again (IF NOT EXISTS).
      await runner.query(
        'ALTER TABLE `project` ADD COLUMN IF NOT EXISTS `id_length` int GENERATED ALWAYS AS (LENGTH(`id`)) STORED',
      );
      await runner.query(
        'CREATE INDEX IF NOT EXISTS `IDX_project_id_order` ON `project` (`id_length`, `id`)',
      );
    } else {
      // SQLite adds only VIRTUAL generated columns to an existing table; the index stores the values.
      await runner.query(
        'ALTER TABLE "project" ADD COLUMN "id_length" integer GENERATED ALWAYS AS (LENGTH("id")) VIRTUAL',
      );
      await runner.query('CREATE INDEX "IDX_project_id_order" ON "project" ("id_length", "id")');
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (isMysqlRunner(runner)) {
      await runner.query('DROP INDEX `IDX_project_id_order` ON `project`');
      await runner.query('ALTER TABLE `project` DROP COLUMN `id_length`');
    } else {
      await runner.query('DROP INDEX "IDX_project_id_order"');
      await runner.query('ALTER TABLE "project" DROP COLUMN "id_length"');
    }
  }
}
