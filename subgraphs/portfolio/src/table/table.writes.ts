import type { EntityManager } from 'typeorm';
import { badInput } from '@ehelse/shared/runtime';
import { isProjectId, validate } from '@ehelse/shared/graphql';
import { defineWrite, recordAudit } from '@ehelse/shared/audit';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Funder } from '../funder/funder.entity';
import { Organisation } from '../organisation/organisation.entity';
import { parseCsv } from './csv';
import { restoreFormulaText } from './formula-guard';
import { planImport, type RowDiff } from './import-plan';
import { lockProjects, readStoredProjects } from './import-state';
import { writeCreates, writeUpdates } from './import-statements';
import { readPortfolioTable, type Lookups } from './portfolio-table';

async function tableLookups(manager: EntityManager): Promise<Lookups> {
  const organisations = new Map<string, string>();
  for (const organisation of await manager.find(Organisation)) {
    for (const spelling of [organisation.id, organisation.name, organisation.shortName]) {
      if (spelling) organisations.set(spelling.toLowerCase(), organisation.id);
    }
  }
  const focusAreas = new Map((await manager.find(FocusArea)).map((area) => [area.code, area.code]));
  const funderCodes = (await manager.find(Funder, { order: { position: 'ASC' } })).map(
    (funder) => funder.code,
  );
  return { organisations, focusAreas, funderCodes };
}

export interface ImportSummary {
  year: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Colour changes recorded as status reports. */
  statusReports: number;
  dryRun: boolean;
  rows: RowDiff[];
}

const MAX_CSV_BYTES = 5_000_000;
/** Rows per request: the CLI sends larger tables in parts; the audit event stays small. */
const MAX_TABLE_ROWS = 2000;

function groupByFields(changes: [string, string[]][]): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const [id, fields] of changes) (groups[fields.join(',')] ??= []).push(id);
  return groups;
}

/** The ids the table names, read before validation so that they can be locked first. */
const tableIds = (rows: string[][]) =>
  [...new Set(rows.slice(1).map((cells) => restoreFormulaText(cells[1] ?? '').trim()))].filter(
    isProjectId,
  );

/** What an import reads: the table, its year and, for a comparison only, `dryRun`. */
export interface ImportInput {
  csv: string;
  year: number;
  /**
   * Compare only: the per-row diff, nothing written. Left out (not false) on an import, so
   * that its Idempotency-Key is bound to the table and the year, as it always was.
   */
  dryRun?: boolean;
}

/**
 * Imports a portfolio table (the documents' column layout) for a year: reads it, compares
 * every row with what is stored and, unless `dryRun`, writes only the rows that differ.
 * All row errors are reported together and then nothing is written. Reporters import
 * their own organisation's projects (other rows are row errors); admins everything.
 */
export const importPortfolioCsv = defineWrite({
  check(_caller, { csv, year }: ImportInput) {
    validate.year('year', year);
    validate.text('csv', csv, MAX_CSV_BYTES, true);
  },
  async run(manager, caller, { csv, year, dryRun = false }): Promise<ImportSummary> {
    const rows = parseCsv(csv);
    if (rows.length - 1 > MAX_TABLE_ROWS)
      throw badInput(
        'csv',
        `The table has ${rows.length - 1} rows; send at most ${MAX_TABLE_ROWS} per request (the import CLI sends large tables in parts)`,
      );
    const ids = tableIds(rows);
    if (!dryRun) await lockProjects(manager, ids);
    const table = readPortfolioTable(rows, year, await tableLookups(manager));
    const plan = planImport(
      caller,
      table.projects,
      table.rowOf,
      await readStoredProjects(manager, ids, year),
    );
    const errors = [...table.errors, ...plan.errors].sort((a, b) => a.row - b.row);
    if (errors.length) {
      throw badInput(
        'csv',
        `The table has ${errors.length} error(s); nothing was imported. First: row ${errors[0].row}, ${errors[0].column}: ${errors[0].message}`,
        { rowErrors: errors },
      );
    }
    const summary: ImportSummary = {
      year,
      created: plan.creates.length,
      updated: plan.updates.length,
      unchanged: plan.diffs.length - plan.creates.length - plan.updates.length,
      statusReports: plan.updates.filter((update) => update.statusChange).length,
      dryRun,
      rows: plan.diffs,
    };
    // An unchanged table writes nothing at all: no version moves, no audit event.
    if (dryRun || (!summary.created && !summary.updated)) return summary;
    await writeCreates(manager, plan.creates);
    await writeUpdates(manager, caller, year, plan.updates);
    await recordAudit(manager, caller, {
      action: 'importPortfolioCsv',
      entityType: 'PortfolioTable',
      entityId: String(year),
      before: null,
      after: {
        year,
        unchanged: summary.unchanged,
        // Ids, the updated grouped by what changed: compact enough for the audit column at MAX_TABLE_ROWS.
        created: plan.creates.map((row) => row.id),
        updated: groupByFields(plan.updates.map(({ row, fields }) => [row.id, fields])),
      },
    });
    return summary;
  },
});
