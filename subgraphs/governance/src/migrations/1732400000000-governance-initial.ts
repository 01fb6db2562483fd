import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationColumns } from '@ehelse/shared/db';

const { text, longText, integer, key, indexOn } = migrationColumns;

/** Written with TypeORM's schema builder so the same migration runs on sql.js and MySQL. */
export class GovernanceInitial1732400000000 implements MigrationInterface {
  name = 'GovernanceInitial1732400000000';

  async up(runner: QueryRunner): Promise<void> {
    const tables = [
      new Table({
        name: 'council',
        columns: [
          key(text('id', 100)),
          text('name', 200),
          text('abbreviation', 20, true),
          text('kind', 30),
          longText('mandate', true),
          integer('established', true),
          text('parent_id', 100, true),
          text('predecessor_id', 100, true),
          longText('note', true),
        ],
        indices: [indexOn('parent_id'), indexOn('predecessor_id')],
      }),
      new Table({
        name: 'person',
        columns: [
          key(text('id', 100)),
          text('name', 200),
          text('title', 200, true),
          text('search_name', 200),
        ],
        indices: [indexOn('search_name')],
      }),
      new Table({
        name: 'membership',
        columns: [
          key(text('id', 250)),
          text('council_id', 100),
          text('person_id', 100),
          text('organisation_id', 100),
          text('role', 10),
          text('valid_from', 10, true),
          text('valid_to', 10, true),
          text('replaces_membership_id', 250, true),
          integer('position'),
          longText('note', true),
        ],
        indices: [
          indexOn('council_id'),
          indexOn('person_id'),
          indexOn('organisation_id'),
          indexOn('replaces_membership_id'),
        ],
      }),
      new Table({
        name: 'meeting',
        columns: [
          key(text('id', 100)),
          text('council_id', 100),
          text('number', 20, true),
          text('held_on', 10),
          text('location', 200, true),
          longText('note', true),
        ],
        indices: [indexOn('council_id', 'held_on'), indexOn('held_on')],
      }),
      new Table({
        name: 'agenda_item',
        columns: [
          key(text('id', 100)),
          text('meeting_id', 100),
          integer('position'),
          text('number', 20, true),
          text('title', 500),
          text('kind', 30),
          text('kind_label', 50, true),
          text('presenter_organisation_id', 100, true),
          text('starts_at', 5, true),
          text('ends_at', 5, true),
          integer('duration_minutes', true),
          longText('proposed_decision', true),
          longText('decision', true),
          longText('note', true),
        ],
        indices: [indexOn('meeting_id', 'position')],
      }),
      new Table({
        name: 'agenda_item_presenter',
        columns: [
          key(text('agenda_item_id', 100)),
          key(text('person_id', 100)),
          integer('position'),
        ],
        indices: [indexOn('person_id')],
      }),
      new Table({
        name: 'agenda_item_project',
        columns: [key(text('agenda_item_id', 100)), key(text('project_id', 20))],
        indices: [indexOn('project_id')],
      }),
      new Table({
        name: 'substitution',
        columns: [
          key(text('meeting_id', 100)),
          key(text('person_id', 100)),
          text('for_person_id', 100),
          text('organisation_id', 100, true),
          integer('position'),
        ],
      }),
      new Table({
        name: 'milestone_plan',
        columns: [key(text('id', 50)), text('title', 300), text('source', 300)],
      }),
      new Table({
        name: 'plan_milestone',
        columns: [
          key(text('plan_id', 50)),
          key(text('code', 20)),
          integer('position'),
          text('title', 200),
          text('due_on', 10),
          text('date_printed', 20),
          longText('result', false),
        ],
      }),
      new Table({
        name: 'planned_body_meeting',
        columns: [
          key(text('id', 200)),
          text('plan_id', 50),
          text('council_id', 100),
          text('meets_on', 10),
          text('date_printed', 20),
        ],
        indices: [indexOn('plan_id', 'meets_on')],
      }),
      new Table({
        name: 'planned_meeting_milestone',
        columns: [
          key(text('planned_meeting_id', 200)),
          key(text('milestone_code', 20)),
          text('plan_id', 50),
        ],
        indices: [indexOn('plan_id', 'milestone_code')],
      }),
    ];
    for (const table of tables) await runner.createTable(table);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'planned_meeting_milestone',
      'planned_body_meeting',
      'plan_milestone',
      'milestone_plan',
      'substitution',
      'agenda_item_project',
      'agenda_item_presenter',
      'agenda_item',
      'meeting',
      'membership',
      'person',
      'council',
    ]) {
      await runner.dropTable(table);
    }
  }
}
