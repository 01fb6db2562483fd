import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  compareByDefaultCollation,
  compareExactly,
  type KeyColumns,
  migrationColumns,
} from '@ehelse/shared/db';

const { text, longText, integer, key } = migrationColumns;

/** Ids and references of the new tables and columns: compared byte for byte, like every other key. */
const KEY_COLUMNS: KeyColumns = {
  membership: ['documented_meeting_id'],
  agenda_sub_item: ['agenda_item_id'],
  council_participant: ['council_id'],
  council_participant_organisation: ['council_id', 'organisation_id'],
  council_task: ['council_id'],
};

const MEMBERSHIP_DOCUMENT_INDEX = 'IDX_membership_documented_meeting_id';

/**
 * The documents' corrections (issue 14): the precision of a seat's dates and the document
 * that dates it, the numbered points of agenda items (32/22's orientations), the printed
 * participants and tasks of bodies (the 2012 bodies). Built with TypeORM's schema builder so
 * the same migration runs on sql.js and MySQL.
 */
export class GovernanceDocumentCorrections1733200000001 implements MigrationInterface {
  name = 'GovernanceDocumentCorrections1733200000001';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('membership', [
      new TableColumn(text('from_precision', 20, true)),
      new TableColumn(text('to_precision', 20, true)),
      new TableColumn(text('documented_on', 10, true)),
      new TableColumn(text('documented_meeting_id', 100, true)),
    ]);
    await runner.createIndex(
      'membership',
      new TableIndex({ name: MEMBERSHIP_DOCUMENT_INDEX, columnNames: ['documented_meeting_id'] }),
    );
    const tables = [
      new Table({
        name: 'agenda_sub_item',
        columns: [
          key(text('agenda_item_id', 100)),
          key(integer('number')),
          text('title', 500),
          longText('note', true),
        ],
      }),
      new Table({
        name: 'council_participant',
        columns: [
          key(text('council_id', 100)),
          key(integer('position')),
          text('printed_as', 300),
          text('role', 10),
          longText('note', true),
        ],
      }),
      new Table({
        name: 'council_participant_organisation',
        columns: [
          key(text('council_id', 100)),
          key(integer('position')),
          key(text('organisation_id', 100)),
          integer('ordinal'),
        ],
        indices: [{ columnNames: ['organisation_id'] }],
      }),
      new Table({
        name: 'council_task',
        columns: [
          key(text('council_id', 100)),
          key(integer('number')),
          text('kind', 20),
          text('heading', 300, true),
          text('text', 500),
          longText('details', false),
          longText('note', true),
        ],
      }),
    ];
    for (const table of tables) await runner.createTable(table);
    await compareExactly(runner, KEY_COLUMNS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await compareByDefaultCollation(runner, { membership: KEY_COLUMNS.membership });
    for (const table of [
      'council_task',
      'council_participant_organisation',
      'council_participant',
      'agenda_sub_item',
    ]) {
      await runner.dropTable(table);
    }
    await runner.dropIndex('membership', MEMBERSHIP_DOCUMENT_INDEX);
    await runner.dropColumns('membership', [
      'documented_meeting_id',
      'documented_on',
      'to_precision',
      'from_precision',
    ]);
  }
}
