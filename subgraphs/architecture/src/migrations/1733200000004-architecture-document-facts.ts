import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  compareByDefaultCollation,
  compareExactly,
  type KeyColumns,
  migrationColumns,
} from '@ehelse/shared/db';

const { text, longText, integer, flag, key, indexOn } = migrationColumns;

/** The facts of the five documents that issue 14 brought in (see data/README.md). */
const TABLES: Table[] = [
  // 000: "Handlingsplan mot 2013", its risk factors and measures
  new Table({
    name: 'action_plan',
    columns: [key(text('id', 60)), text('title', 200)],
  }),
  new Table({
    name: 'action_plan_risk_factor',
    columns: [key(text('plan_id', 60)), key(integer('number')), text('text', 400)],
  }),
  new Table({
    name: 'action_plan_measure',
    columns: [
      key(text('plan_id', 60)),
      key(integer('number')),
      text('text', 400),
      longText('note', true),
    ],
  }),
  // 001: "Én innbygger – én journal": the white paper's goals, the system areas
  new Table({
    name: 'one_citizen_one_record',
    columns: [
      key(text('id', 60)),
      text('name', 200),
      text('white_paper', 100),
      text('white_paper_statement', 400),
      text('core_system_statement', 400),
    ],
  }),
  new Table({
    name: 'white_paper_goal',
    columns: [
      key(text('initiative_id', 60)),
      key(integer('number')),
      text('text', 400),
      text('heading', 200, true),
    ],
  }),
  new Table({
    name: 'system_area',
    columns: [
      key(text('id', 100)),
      text('initiative_id', 60),
      integer('position'),
      text('name', 200),
      flag('part_of_core_system'),
      text('description', 400, true),
      longText('remark', true),
    ],
    indices: [indexOn('initiative_id')],
  }),
  new Table({
    name: 'system_area_function',
    columns: [key(text('area_id', 100)), key(text('letter', 5)), longText('text')],
  }),
  // 001: the welfare technology programme's effects and rollout
  new Table({
    name: 'welfare_technology_effect',
    columns: [
      key(text('programme_id', 60)),
      key(integer('position')),
      text('kind', 20),
      text('text', 200),
    ],
  }),
  new Table({
    name: 'welfare_technology_example',
    columns: [key(text('programme_id', 60)), key(integer('position')), text('name', 200)],
  }),
  new Table({
    name: 'welfare_technology_rollout_wave',
    columns: [key(text('programme_id', 60)), key(integer('number')), text('name', 200)],
  }),
  new Table({
    name: 'welfare_technology_rollout_city',
    columns: [
      key(text('programme_id', 60)),
      key(integer('wave_number')),
      key(integer('position')),
      text('name', 200),
      text('organisation_id', 100, true),
    ],
    indices: [indexOn('organisation_id')],
  }),
  // 004: the Felles grunnmur needs for 2020 (sak 21/19)
  new Table({
    name: 'felles_grunnmur_needs',
    columns: [
      key(text('id', 60)),
      integer('year'),
      text('heading', 200),
      longText('agenda_item_ids'),
      text('measures_statement', 400),
      integer('planned_measure_count'),
      integer('recommended_for_2019_count'),
      text('investment_statement', 400),
      { name: 'investment_need_mnok', type: 'decimal', precision: 12, scale: 2, isNullable: true },
      flag('investment_need_approximate'),
      text('investment_footnote', 400, true),
      text('investment_excluded_project_id', 20, true),
      text('implementation_statement', 400),
      text('postponement_heading', 200),
      longText('postponement_consequences'),
      text('priority_heading', 200),
      text('continued_heading', 200),
      text('portfolio_selection_heading', 200),
      longText('portfolio_selection'),
      text('portfolio_selection_question', 200),
      text('implementation_models_heading', 200),
      text('implementation_models_note', 400),
      longText('note', true),
    ],
  }),
  new Table({
    name: 'felles_grunnmur_needs_measure',
    columns: [key(text('needs_id', 60)), key(text('measure_code', 20)), integer('position')],
    indices: [indexOn('measure_code')],
  }),
  new Table({
    name: 'felles_grunnmur_priority',
    columns: [
      key(text('needs_id', 60)),
      key(integer('position')),
      text('area', 100),
      text('result_goal_code', 10, true),
      longText('items'),
    ],
  }),
  new Table({
    name: 'felles_grunnmur_continuation',
    columns: [
      key(text('needs_id', 60)),
      key(integer('position')),
      text('text', 400),
      text('project_id', 20, true),
      text('result_goal_code', 10, true),
    ],
  }),
  new Table({
    name: 'felles_grunnmur_implementation_model',
    columns: [key(text('needs_id', 60)), key(integer('number')), text('text', 400)],
  }),
];

/** Codes, ids and references to them: compared byte for byte, as in the exact-identifiers migration. */
const KEY_COLUMNS: KeyColumns = {
  action_plan: ['id'],
  action_plan_risk_factor: ['plan_id'],
  action_plan_measure: ['plan_id'],
  one_citizen_one_record: ['id'],
  white_paper_goal: ['initiative_id'],
  system_area: ['id', 'initiative_id'],
  system_area_function: ['area_id', 'letter'],
  welfare_technology_effect: ['programme_id'],
  welfare_technology_example: ['programme_id'],
  welfare_technology_rollout_wave: ['programme_id'],
  welfare_technology_rollout_city: ['programme_id', 'organisation_id'],
  felles_grunnmur_needs: ['id', 'investment_excluded_project_id'],
  felles_grunnmur_needs_measure: ['needs_id', 'measure_code'],
  felles_grunnmur_priority: ['needs_id', 'result_goal_code'],
  felles_grunnmur_continuation: ['needs_id', 'project_id', 'result_goal_code'],
  felles_grunnmur_implementation_model: ['needs_id'],
};

/**
 * New tables for the documents' remaining facts (issue 14), written with TypeORM's schema
 * builder so the same migration runs on sql.js and MySQL; their key columns compare exactly.
 */
export class ArchitectureDocumentFacts1733200000004 implements MigrationInterface {
  name = 'ArchitectureDocumentFacts1733200000004';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TABLES) await runner.createTable(table);
    await compareExactly(runner, KEY_COLUMNS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await compareByDefaultCollation(runner, KEY_COLUMNS);
    for (const table of [...TABLES].reverse()) await runner.dropTable(table.name);
  }
}
