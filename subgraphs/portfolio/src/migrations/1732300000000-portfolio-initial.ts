import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { migrationColumns } from '@ehelse/shared/db';

const { text, integer, decimal } = migrationColumns;

/** Written with TypeORM's schema builder so the same migration runs on sql.js and MySQL. */
export class PortfolioInitial1732300000000 implements MigrationInterface {
  name = 'PortfolioInitial1732300000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: 'organisation',
        columns: [
          { ...text('id', 100), isPrimary: true },
          text('name', 200),
          text('short_name', 30, true),
          text('kind', 40),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'strategic_area',
        columns: [{ ...integer('number'), isPrimary: true }, text('name', 200)],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'focus_area',
        columns: [
          { ...text('code', 10), isPrimary: true },
          text('name', 200),
          integer('strategic_area_number'),
        ],
        indices: [{ columnNames: ['strategic_area_number'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'funder',
        columns: [
          { ...text('code', 30), isPrimary: true },
          text('name', 200),
          text('organisation_id', 100, true),
          integer('position'),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'project',
        columns: [
          { ...text('id', 20), isPrimary: true },
          text('name', 300),
          text('responsible_organisation_id', 100),
          text('leader', 200, true),
          text('phase', 20),
          text('status', 10, true),
          integer('priority_category', true),
          text('focus_area_code', 10),
          { ...integer('version'), default: 1 },
        ],
        indices: [
          'name',
          'responsible_organisation_id',
          'phase',
          'status',
          'priority_category',
          'focus_area_code',
        ].map((column) => ({ columnNames: [column] })),
      }),
    );
    await runner.createTable(
      new Table({
        name: 'project_budget',
        columns: [
          { ...text('project_id', 20), isPrimary: true },
          { ...integer('year'), isPrimary: true },
          decimal('amount', 12, true),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'cost_share',
        columns: [
          { ...text('project_id', 20), isPrimary: true },
          { ...integer('year'), isPrimary: true },
          { ...text('funder_code', 30), isPrimary: true },
          decimal('amount', 12),
        ],
        indices: [{ columnNames: ['year', 'funder_code'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'funding_transfer',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          integer('year'),
          text('from_project_id', 20),
          text('to_project_id', 20),
          decimal('amount', 12),
        ],
        indices: [{ columnNames: ['year', 'from_project_id'] }, { columnNames: ['to_project_id'] }],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'portfolio_report',
        columns: [
          { ...integer('year'), isPrimary: true },
          text('published_at', 10),
          integer('project_count'),
          integer('previous_project_count', true),
          decimal('reported_budget', 12),
          decimal('previous_reported_budget', 12, true),
          decimal('estimated_budget', 12, true),
          integer('new_projects', true),
          integer('removed_projects', true),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'published_total',
        columns: [
          { ...integer('year'), isPrimary: true },
          { ...text('dimension', 20), isPrimary: true },
          { ...text('item_key', 30), isPrimary: true },
          decimal('amount', 12, true),
        ],
      }),
    );
    await runner.createTable(
      new Table({
        name: 'portfolio_challenge',
        columns: [
          { ...integer('year'), isPrimary: true },
          { ...integer('position'), isPrimary: true },
          text('title', 300),
          { name: 'description', type: 'text', isNullable: true },
          text('probability', 40, true),
          text('consequence', 40, true),
        ],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'portfolio_challenge',
      'published_total',
      'portfolio_report',
      'funding_transfer',
      'cost_share',
      'project_budget',
      'project',
      'funder',
      'focus_area',
      'strategic_area',
      'organisation',
    ]) {
      await runner.dropTable(table);
    }
  }
}
