import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationColumns } from '@ehelse/shared/db';

const { text, longText, integer, flag, decimal, key, indexOn } = migrationColumns;

const TABLES: Table[] = [
  // Felles grunnmur roadmap
  new Table({
    name: 'result_goal',
    columns: [
      key(text('code', 10)),
      text('title', 300),
      text('area', 200),
      longText('description', true),
      integer('position'),
    ],
  }),
  new Table({
    name: 'milestone',
    columns: [
      key(text('code', 10)),
      text('result_goal_code', 10),
      text('title', 300),
      integer('year'),
      integer('measures_started', true),
      integer('measures_total', true),
      text('status', 10, true),
      flag('status_derived'),
      flag('is_new'),
      text('printed_progress', 10),
      integer('position'),
    ],
    indices: [indexOn('result_goal_code')],
  }),
  new Table({
    name: 'measure',
    columns: [
      key(text('code', 20)),
      text('result_goal_code', 10),
      text('milestone_code', 10, true),
      text('title', 400),
      text('responsible_organisation_id', 100, true),
      text('responsible_text', 100),
      flag('is_new'),
      longText('note', true),
      integer('position'),
    ],
    indices: [
      indexOn('result_goal_code'),
      indexOn('milestone_code'),
      indexOn('responsible_organisation_id'),
    ],
  }),
  new Table({
    name: 'measure_organisation',
    columns: [
      key(text('measure_code', 20)),
      key(text('organisation_id', 100)),
      integer('position'),
    ],
    indices: [indexOn('organisation_id')],
  }),
  new Table({
    name: 'measure_project',
    columns: [key(text('measure_code', 20)), key(text('project_id', 20)), integer('position')],
    indices: [indexOn('project_id')],
  }),
  new Table({
    name: 'result_goal_project',
    columns: [key(text('result_goal_code', 10)), key(text('project_id', 20)), integer('position')],
  }),
  // Strategic prioritisation of the innsatsområder
  new Table({
    name: 'focus_area_priority_group',
    columns: [key(integer('year')), key(integer('priority')), text('name', 200)],
  }),
  new Table({
    name: 'focus_area_priority_member',
    columns: [key(integer('year')), key(text('focus_area_code', 10)), integer('priority')],
    indices: [indexOn('focus_area_code')],
  }),
  // Strategy, effect goals, welfare technology, target pictures
  new Table({
    name: 'strategy',
    columns: [
      key(text('id', 60)),
      text('title', 200),
      text('vision', 400),
      longText('aims'),
      longText('target_groups'),
      longText('indicator_note', true),
    ],
  }),
  new Table({
    name: 'strategy_quote',
    columns: [
      key(text('strategy_id', 60)),
      key(integer('position')),
      text('target_group', 200, true),
      text('quote', 400),
      longText('note', true),
    ],
  }),
  new Table({
    name: 'strategy_goal',
    columns: [
      key(integer('number')),
      text('strategy_id', 60),
      text('title', 300),
      text('printed_title', 300),
    ],
    indices: [indexOn('strategy_id')],
  }),
  new Table({
    name: 'indicator',
    columns: [
      key(integer('id')),
      integer('goal_number'),
      integer('position'),
      text('name', 200),
      text('unit', 20, true),
      decimal('baseline', 12, true),
      integer('baseline_year', true),
      text('printed_baseline', 20, true),
      flag('is_example'),
      integer('introduced_at_step', true),
    ],
    indices: [indexOn('goal_number')],
  }),
  new Table({
    name: 'indicator_target',
    columns: [
      key(integer('indicator_id')),
      key(integer('step')),
      integer('year', true),
      decimal('value', 12),
      text('printed', 20),
    ],
  }),
  new Table({
    name: 'effect_node',
    columns: [
      key(text('code', 10)),
      text('parent_code', 10, true),
      text('kind', 20),
      text('name', 300),
      integer('position'),
    ],
    indices: [indexOn('parent_code')],
  }),
  new Table({
    name: 'welfare_technology_programme',
    columns: [
      key(text('id', 60)),
      text('name', 200),
      text('description', 400),
      longText('definition'),
      longText('technology_categories'),
      text('directorate_role', 400),
      text('project_id', 20, true),
    ],
  }),
  new Table({
    name: 'welfare_technology_assignment',
    columns: [
      key(text('programme_id', 60)),
      key(integer('number')),
      text('title', 300),
      text('main_goal', 400),
    ],
  }),
  new Table({
    name: 'target_picture',
    columns: [
      key(integer('number')),
      text('title', 200),
      text('description', 400),
      text('description_as_printed', 400),
    ],
  }),
  // Roadmap for national e-health solutions 2023
  new Table({
    name: 'roadmap_goal',
    columns: [key(integer('number')), text('title', 300), longText('objective')],
  }),
  new Table({
    name: 'roadmap_activity',
    columns: [
      key(integer('id')),
      integer('goal_number'),
      text('sector', 100, true),
      text('actor_text', 200),
      text('organisation_id', 100, true),
      longText('activity'),
      integer('period_from', true),
      integer('period_to', true),
      text('period_text', 40, true),
    ],
    indices: [indexOn('goal_number'), indexOn('sector'), indexOn('organisation_id')],
  }),
  new Table({
    name: 'roadmap_activity_organisation',
    columns: [key(integer('activity_id')), key(text('organisation_id', 100)), integer('position')],
    indices: [indexOn('organisation_id')],
  }),
  // Prioritisation of tiltak
  new Table({
    name: 'prioritisation_round',
    columns: [
      key(text('id', 60)),
      text('title', 300),
      text('meeting_date', 10, true),
      text('meeting_number', 10, true),
      longText('score_formula'),
    ],
  }),
  new Table({
    name: 'prioritisation_criterion',
    columns: [
      key(text('round_id', 60)),
      key(text('code', 60)),
      text('parent_code', 60, true),
      text('name', 300),
      text('aggregation', 10, true),
      decimal('weight', 6, true),
      longText('description', true),
      longText('printed_variants'),
      integer('position'),
    ],
  }),
  new Table({
    name: 'prioritisation_candidate',
    columns: [
      key(integer('id')),
      text('round_id', 60),
      integer('position'),
      text('name', 200),
      text('title', 200, true),
      text('sheet', 100),
      text('sheet_column', 100),
      flag('in_summary'),
      integer('summary_order', true),
      decimal('printed_score', 6, true),
      text('printed_score_text', 40, true),
      integer('printed_rank', true),
      integer('printed_sheet_rank', true),
    ],
    indices: [indexOn('round_id', 'position')],
  }),
  new Table({
    name: 'candidate_value',
    columns: [
      key(integer('candidate_id')),
      key(text('criterion_code', 60)),
      decimal('value', 6, true),
      text('raw_text', 300, true),
      longText('note', true),
    ],
  }),
  new Table({
    name: 'candidate_printed_group_score',
    columns: [
      key(integer('candidate_id')),
      key(text('criterion_code', 60)),
      decimal('value', 6, true),
      text('printed_text', 40, true),
    ],
  }),
];

/** Written with TypeORM's schema builder so the same migration runs on sql.js and MySQL. */
export class ArchitectureInitial1732400000000 implements MigrationInterface {
  name = 'ArchitectureInitial1732400000000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TABLES) await runner.createTable(table);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await runner.dropTable(table.name);
  }
}
