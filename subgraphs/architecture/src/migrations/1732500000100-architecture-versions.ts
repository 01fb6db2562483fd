import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Rows that admins update get a version for optimistic concurrency; existing rows start at 1. */
const version = () => new TableColumn({ name: 'version', type: 'int', default: 1 });
const VERSIONED_TABLES = ['milestone', 'measure'];

export class ArchitectureVersions1732500000100 implements MigrationInterface {
  name = 'ArchitectureVersions1732500000100';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) await runner.addColumn(table, version());
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) await runner.dropColumn(table, 'version');
  }
}
