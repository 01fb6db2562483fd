import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Meetings become writable: a version for optimistic concurrency (bumped by every change
 * to the meeting or its agenda) and one number per body, guarded by the database too.
 */
export class MeetingVersion1732500000002 implements MigrationInterface {
  name = 'MeetingVersion1732500000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumn(
      'meeting',
      new TableColumn({ name: 'version', type: 'int', isNullable: false, default: 1 }),
    );
    await runner.createIndex(
      'meeting',
      new TableIndex({
        name: 'UQ_meeting_council_number',
        columnNames: ['council_id', 'number'],
        isUnique: true,
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropIndex('meeting', 'UQ_meeting_council_number');
    await runner.dropColumn('meeting', 'version');
  }
}
