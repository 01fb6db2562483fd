import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

export class StatusReports1732500000001 implements MigrationInterface {
  name = 'StatusReports1732500000001';

  async up(runner: QueryRunner): Promise<void> {
    const text = (name: string, length: number, isNullable = false) => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    await runner.createTable(
      new Table({
        name: 'project_status_report',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          text('project_id', 20),
          { name: 'year', type: 'int' },
          text('status', 10),
          text('phase', 20),
          { name: 'comment', type: 'text', isNullable: true },
          { name: 'budget', type: 'decimal', precision: 12, scale: 2, isNullable: true },
          { name: 'cost_shares', type: 'text', isNullable: true },
          text('reported_by', 200),
          text('reporting_organisation_id', 100, true),
          text('reported_at', 30),
          { name: 'project_version', type: 'int' },
        ],
        indices: [{ columnNames: ['project_id', 'id'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('project_status_report');
  }
}
