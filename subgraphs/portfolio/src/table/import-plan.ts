import type { Principal } from '@ehelse/shared/runtime';
import { sharesAddUpTo, sumOfShares } from '../project/cost-share-sum';
import { costShareChanges } from '../project/cost-share-sync';
import type { StatusColour } from '../project/project-enums';
import type { ProjectRow } from '../seed';
import { FIXED_COLUMNS, type RowError } from './portfolio-table';

export type RowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

/** What importing one row does (or, in a dry run, would do). */
export interface RowDiff {
  row: number;
  projectId: string;
  outcome: RowOutcome;
  /** The fields that differ from what is stored (every field for a new project). */
  changedFields: string[];
}

/** A project as stored, with its budget row and cost shares for the imported year. */
export interface StoredProject {
  project: {
    id: string;
    name: string;
    responsibleOrganisationId: string;
    leader: string | null;
    phase: string;
    status: StatusColour | null;
    priorityCategory: number | null;
    focusAreaCode: string;
    version: number;
  };
  /** undefined: the project has no budget row for the year (it is not in that year's table). */
  budget: number | null | undefined;
  shares: { funderCode: string; amount: number }[];
}

/** An existing project the import changes. */
export interface PlannedUpdate {
  row: ProjectRow;
  stored: StoredProject;
  fields: string[];
  /** The table's colour differs from the stored one: recorded as a status report. */
  statusChange: boolean;
}

export interface ImportPlan {
  diffs: RowDiff[];
  errors: RowError[];
  creates: ProjectRow[];
  updates: PlannedUpdate[];
}

const MASTER_DATA = [
  ['name', 'name'],
  ['responsibleOrganisationId', 'responsibleOrganisation'],
  ['leader', 'leader'],
  ['phase', 'phase'],
  ['priorityCategory', 'priorityCategory'],
  ['focusAreaCode', 'focusArea'],
] as const;
const ALL_FIELDS = [...MASTER_DATA.map(([, field]) => field), 'status', 'budget', 'costShares'];

const cents = (amount: number | null | undefined) =>
  amount === null || amount === undefined ? amount : Math.round(amount * 100);

/** Which of the row's fields differ from what is stored; a blank status changes nothing. */
function changedFields(row: ProjectRow, stored: StoredProject): string[] {
  const changed: string[] = MASTER_DATA.filter(([key]) => row[key] !== stored.project[key]).map(
    ([, field]) => field,
  );
  if (row.status !== null && row.status !== stored.project.status) changed.push('status');
  const [budget] = row.budgets;
  if (stored.budget === undefined || cents(stored.budget) !== cents(budget.amount))
    changed.push('budget');
  const shares = costShareChanges(stored.shares, budget.costShares);
  if (shares.gone.length || shares.changed.length || shares.added.length)
    changed.push('costShares');
  return changed;
}

/** A reporter imports its own organisation's projects only; admins everything. */
function refusal(caller: Principal, row: ProjectRow, stored?: StoredProject): RowError | null {
  if (caller.role === 'admin') return null;
  const own = caller.organisationId;
  if (stored && stored.project.responsibleOrganisationId !== own)
    return {
      row: 0,
      column: 'ID',
      message: `Project ${row.id} belongs to ${stored.project.responsibleOrganisationId}: a reporter for ${own} imports only its own projects`,
    };
  if (row.responsibleOrganisationId !== own)
    return {
      row: 0,
      column: FIXED_COLUMNS[3],
      message: `A reporter for ${own} cannot write for ${row.responsibleOrganisationId}`,
    };
  return null;
}

/** The same rule as reportProjectStatus: a cost distribution adds up to its budget. */
function costShareError(row: ProjectRow): RowError | null {
  const [{ amount, costShares }] = row.budgets;
  if (!costShares.length) return null;
  if (amount === null)
    return { row: 0, column: FIXED_COLUMNS[8], message: 'A cost distribution needs a budget' };
  if (sharesAddUpTo(costShares, amount)) return null;
  return {
    row: 0,
    column: FIXED_COLUMNS[8],
    message: `The cost shares add up to ${Math.round(sumOfShares(costShares) * 100) / 100} MNOK, not to the budget of ${amount} MNOK`,
  };
}

/**
 * Compares the table's rows with what is stored, row by row: nothing here writes, so a dry
 * run and a real import report the same diff.
 */
export function planImport(
  caller: Principal,
  rows: ProjectRow[],
  rowOf: Map<string, number>,
  stored: Map<string, StoredProject>,
): ImportPlan {
  const plan: ImportPlan = { diffs: [], errors: [], creates: [], updates: [] };
  for (const row of rows) {
    const number = rowOf.get(row.id)!;
    const current = stored.get(row.id);
    const error = refusal(caller, row, current) ?? costShareError(row);
    if (error) {
      plan.errors.push({ ...error, row: number });
      continue;
    }
    if (!current) {
      plan.creates.push(row);
      plan.diffs.push({
        row: number,
        projectId: row.id,
        outcome: 'CREATED',
        changedFields: ALL_FIELDS,
      });
      continue;
    }
    const fields = changedFields(row, current);
    plan.diffs.push({
      row: number,
      projectId: row.id,
      outcome: fields.length ? 'UPDATED' : 'UNCHANGED',
      changedFields: fields,
    });
    if (fields.length)
      plan.updates.push({ row, stored: current, fields, statusChange: fields.includes('status') });
  }
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
}
