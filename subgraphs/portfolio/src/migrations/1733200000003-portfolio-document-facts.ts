import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  compareByDefaultCollation,
  compareExactly,
  type KeyColumns,
  migrationColumns,
} from '@ehelse/shared/db';

const { text, longText, integer, flag, key, decimal } = migrationColumns;

/** The facts of the five documents that issue 14 brought in (see data/README.md). */
const TABLES: Table[] = [
  // Printed headings and sentences of the slides below (000, 001), by document and key.
  new Table({
    name: 'document_text',
    columns: [
      key(text('document', 3)),
      key(text('text_key', 60)),
      text('text', 400),
      integer('line'),
    ],
  }),
  // 000: "Noen store nasjonale satsninger på eHelse"
  new Table({
    name: 'national_initiative',
    columns: [key(integer('position')), text('name', 200), text('document', 3), integer('line')],
  }),
  // 000: "Mange aktører og interessenter"
  new Table({
    name: 'actor_group',
    columns: [
      key(integer('position')),
      text('name', 100),
      flag('continues'),
      longText('membership_note'),
      integer('line'),
    ],
  }),
  new Table({
    name: 'actor_group_member',
    columns: [
      key(integer('group_position')),
      key(integer('position')),
      text('printed_name', 200),
      text('organisation_id', 100, true),
      text('council_id', 100, true),
      longText('note', true),
      integer('line'),
    ],
    indices: [{ columnNames: ['organisation_id'] }],
  }),
  // 001: "Helsesektoren består av 17.000 aktører …"
  new Table({
    name: 'sector_key_figure',
    columns: [
      key(integer('position')),
      integer('value'),
      text('printed_value', 30),
      text('label', 200),
      integer('line'),
    ],
  }),
  // 003 / 004: where the 2019 portfolio report was presented, the risk method, the wordings
  new Table({
    name: 'portfolio_report_presentation',
    columns: [
      key(integer('year')),
      key(integer('position')),
      text('document', 3),
      text('presented_on', 10),
      text('printed_reference', 60),
      text('agenda_item_id', 100, true),
      text('source_lines', 30),
      longText('note', true),
    ],
  }),
  new Table({
    name: 'portfolio_risk_assessment',
    columns: [
      key(integer('year')),
      text('document', 3),
      text('source_lines', 30),
      text('matrix_title', 300),
      text('consequence_axis_label', 100),
      text('consequence_heading', 300),
      text('consequence_basis', 300),
      text('probability_heading', 300),
      longText('probability_method'),
      longText('matrix_labels'),
      longText('note', true),
    ],
  }),
  new Table({
    name: 'portfolio_challenge_wording',
    columns: [
      key(integer('year')),
      key(integer('challenge_rank')),
      key(text('document', 3)),
      text('worded_on', 10),
      longText('text'),
      text('source_lines', 30),
    ],
  }),
  // 004: Sak 23/19, the Helsedataprogrammet benefit case
  new Table({
    name: 'benefit_case',
    columns: [
      key(text('id', 60)),
      text('project_id', 20),
      text('document', 3),
      text('source_lines', 30),
      text('case_reference', 30),
      text('agenda_item_id', 100, true),
      text('presented_on', 10),
      text('printed_title', 200),
      longText('agenda'),
      longText('slide_headings'),
      integer('most_profitable_concept'),
      text('finding', 400),
      longText('tax_notes'),
      text('figures_heading', 300),
      integer('figures_heading_line'),
      longText('figures_placement_note'),
      integer('lives_saved'),
      text('lives_statement', 300),
      integer('lives_statement_line'),
      text('baseline_heading', 300),
      integer('baseline_line'),
      longText('baseline_columns'),
    ],
    indices: [{ columnNames: ['project_id'] }],
  }),
  new Table({
    name: 'benefit_case_figure',
    columns: [
      key(text('case_id', 60)),
      key(integer('position')),
      decimal('amount', 12),
      text('unit', 20),
      text('printed', 40),
      text('label', 300),
      integer('year'),
      integer('line'),
    ],
  }),
  new Table({
    name: 'benefit_case_benefit',
    columns: [
      key(text('case_id', 60)),
      key(integer('position')),
      longText('ratings'),
      text('description', 400),
      text('benefit_owner', 400),
      longText('indicators'),
      longText('measurement'),
      longText('contributing_deliveries'),
      text('potential', 200),
      integer('line'),
    ],
  }),
  new Table({
    name: 'benefit_case_baseline_row',
    columns: [
      key(text('case_id', 60)),
      key(integer('position')),
      text('case_number', 20),
      text('register_or_installation', 60),
      text('project_number', 30),
      text('project_name', 300),
      text('application_with', 60),
      text('application_type', 30),
      text('data_sources', 200, true),
      integer('data_source_count'),
      text('linkage_design', 60, true),
      text('delivery_type', 60, true),
      text('approval_date', 10, true),
      text('first_application_date', 10, true),
      integer('line'),
    ],
  }),
];

/** Ids, codes and references to them: compared byte for byte (see compareExactly). */
const KEY_COLUMNS: KeyColumns = {
  document_text: ['document', 'text_key'],
  actor_group_member: ['organisation_id', 'council_id'],
  portfolio_report_presentation: ['document', 'agenda_item_id'],
  portfolio_challenge_wording: ['document'],
  benefit_case: ['id', 'project_id', 'agenda_item_id'],
  benefit_case_figure: ['case_id'],
  benefit_case_benefit: ['case_id'],
  benefit_case_baseline_row: ['case_id'],
};

/**
 * New tables for the documents' remaining facts (issue 14), written with TypeORM's schema
 * builder so the same migration runs on sql.js and MySQL; their key columns compare exactly.
 * The report also gets the date its table was last updated ("Sist oppdatert").
 */
export class PortfolioDocumentFacts1733200000003 implements MigrationInterface {
  name = 'PortfolioDocumentFacts1733200000003';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of TABLES) await runner.createTable(table);
    await runner.addColumn(
      'portfolio_report',
      new TableColumn({ name: 'last_updated', type: 'varchar', length: '10', isNullable: true }),
    );
    await compareExactly(runner, KEY_COLUMNS);
  }

  async down(runner: QueryRunner): Promise<void> {
    await compareByDefaultCollation(runner, KEY_COLUMNS);
    await runner.dropColumn('portfolio_report', 'last_updated');
    for (const table of [...TABLES].reverse()) await runner.dropTable(table.name);
  }
}
