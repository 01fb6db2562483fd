import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  compareByDefaultCollation,
  compareExactly,
  type KeyColumns,
  migrationColumns,
} from '@ehelse/shared/db';

const { text, longText, integer, key, indexOn } = migrationColumns;

/** Ids and references of the new tables: compared byte for byte, like every other key. */
const KEY_COLUMNS: KeyColumns = {
  meeting_mention: ['meeting_id', 'agenda_item_id'],
  agenda_item_section: ['agenda_item_id'],
  agenda_item_consultation: ['agenda_item_id'],
  akson_assessment: ['id', 'agenda_item_id', 'milestone_plan_id'],
  akson_task: ['assessment_id', 'list'],
  akson_risk: ['assessment_id'],
  akson_ownership_model: ['assessment_id'],
  akson_ownership_criterion: ['assessment_id'],
};

/**
 * The documents, complete (issue 14): meetings known only by reference (their end date, how
 * they are known, where they are mentioned), the slides and consultation under 33/22 and
 * 34/22, and the Akson assessment under 20/19. Built with TypeORM's schema builder so the
 * same migration runs on sql.js and MySQL.
 */
export class GovernanceMeetingsAndAkson1733200000002 implements MigrationInterface {
  name = 'GovernanceMeetingsAndAkson1733200000002';

  async up(runner: QueryRunner): Promise<void> {
    await runner.addColumns('meeting', [
      new TableColumn(text('ends_on', 10, true)),
      new TableColumn({ ...text('source_kind', 20), default: "'RECORDED'" }),
    ]);
    const tables = [
      new Table({
        name: 'meeting_mention',
        columns: [
          key(text('meeting_id', 100)),
          key(integer('position')),
          text('document', 10),
          integer('line'),
          text('agenda_item_id', 100, true),
          longText('printed_text', false),
          longText('note', true),
        ],
        indices: [indexOn('agenda_item_id')],
      }),
      new Table({
        name: 'agenda_item_section',
        columns: [
          key(text('agenda_item_id', 100)),
          key(integer('position')),
          text('heading', 300, true),
          integer('page', true),
          longText('points', false),
        ],
      }),
      new Table({
        name: 'agenda_item_consultation',
        columns: [
          key(text('agenda_item_id', 100)),
          text('deadline', 10, true),
          text('deadline_printed', 20, true),
          text('submission_deadline', 10, true),
          text('submission_deadline_printed', 20, true),
          integer('responses_received', true),
          longText('assignment', true),
          longText('challenges', false),
          longText('focus_areas', false),
          longText('questions', false),
          longText('respondent_groups', false),
        ],
      }),
      new Table({
        name: 'akson_assessment',
        columns: [
          key(text('id', 50)),
          text('title', 300),
          text('agenda_item_id', 100),
          text('milestone_plan_id', 50, true),
          longText('assignment', false),
          text('assignment_date', 10),
          text('risk_table_title', 300),
          longText('ownership_question', false),
          longText('ownership_guidelines', false),
          text('ownership_guidelines_source', 300),
          text('ownership_models_title', 300),
          text('ownership_criteria_title', 300),
        ],
      }),
      new Table({
        name: 'akson_task',
        columns: [
          key(text('assessment_id', 50)),
          key(text('list', 20)),
          key(integer('number')),
          longText('text', false),
          longText('highlighted', false),
        ],
      }),
      new Table({
        name: 'akson_risk',
        columns: [
          key(text('assessment_id', 50)),
          key(integer('position')),
          integer('number', true),
          text('risk', 500),
          longText('mitigations', false),
        ],
      }),
      new Table({
        name: 'akson_ownership_model',
        columns: [key(text('assessment_id', 50)), key(integer('number')), text('name', 200)],
      }),
      new Table({
        name: 'akson_ownership_criterion',
        columns: [
          key(text('assessment_id', 50)),
          key(integer('position')),
          text('name', 200),
          longText('description', false),
        ],
      }),
    ];
    for (const table of tables) await runner.createTable(table);
    await compareExactly(runner, KEY_COLUMNS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await compareByDefaultCollation(runner, KEY_COLUMNS);
    for (const table of [
      'akson_ownership_criterion',
      'akson_ownership_model',
      'akson_risk',
      'akson_task',
      'akson_assessment',
      'agenda_item_consultation',
      'agenda_item_section',
      'meeting_mention',
    ]) {
      await runner.dropTable(table);
    }
    await runner.dropColumn('meeting', 'source_kind');
    await runner.dropColumn('meeting', 'ends_on');
  }
}
