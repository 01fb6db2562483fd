import { isProjectId } from '@ehelse/shared/graphql';
import { restoreFormulaText } from './formula-guard';
import { parseNorwegianNumber } from './norwegian-number';
import { ProjectPhase, StatusColour } from '../project/project-enums';
import type { ProjectRow } from '../seed';

/** Fixed columns of the portfolio table as the documents print it; the funder columns follow. */
export const FIXED_COLUMNS = [
  'Prioriteringskategori',
  'ID',
  'Prosjekt-/programnavn',
  'Ansvarlig virksomhet',
  'Prosjektleder/Programleder',
  'Fase',
  'Innsatsområde',
  'Status',
  'Budsjett (MNOK)',
] as const;

export const PHASE_LABELS: Record<ProjectPhase, string> = {
  CONCEPT: 'Konsept',
  PLANNING: 'Planlegging',
  EXECUTION: 'Gjennomføring',
  COMPLETED: 'Avsluttet',
};
export const STATUS_LABELS: Record<StatusColour, string> = {
  GREEN: 'Grønn',
  YELLOW: 'Gul',
  RED: 'Rød',
};

export interface RowError {
  row: number;
  column: string;
  message: string;
}

export interface Lookups {
  /** Any spelling (id, name, short name, lower-cased) to organisation id. */
  organisations: Map<string, string>;
  focusAreas: Map<string, string>;
  funderCodes: string[];
}

const byLabel = <T extends string>(labels: Record<T, string>) =>
  new Map(
    Object.entries(labels).map(([value, label]) => [(label as string).toLowerCase(), value as T]),
  );
const PHASES = byLabel(PHASE_LABELS);
const STATUSES = byLabel(STATUS_LABELS);
const MAX_AMOUNT = 100_000;

/** "0,5", "0.5" and "1 234,5" as a Norwegian sheet shows them; blank is "not reported". */
function amount(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const value = parseNorwegianNumber(text);
  if (value === null || value < 0 || value > MAX_AMOUNT) return 'invalid';
  return Math.round(value * 100) / 100;
}

const BUDGET_COLUMN = FIXED_COLUMNS.indexOf('Budsjett (MNOK)');
/** The budget column as the documents print it, with the year ("Budsjett 2019 (MNOK)") or without. */
const BUDGET_HEADER = /^budsjett(?:\s+(\d{4}))?\s*\(mnok\)$/i;

/**
 * The header's columns in the documents' layout, with the funder columns in table order;
 * with a year the budget column names it, as the documents do ("Budsjett 2019 (MNOK)").
 */
export function headerFor(funderCodes: string[], year?: number): string[] {
  const fixed: string[] = [...FIXED_COLUMNS];
  if (year !== undefined) fixed[BUDGET_COLUMN] = `Budsjett ${year} (MNOK)`;
  return [...fixed, ...funderCodes];
}

/** The year a table's header names ("Budsjett 2019 (MNOK)"), null when it names none. */
export function tableYear(header: string[] | undefined): number | null {
  const match = BUDGET_HEADER.exec((header?.[BUDGET_COLUMN] ?? '').trim());
  return match?.[1] ? Number(match[1]) : null;
}

/**
 * Turns the table's rows into projects, collecting every error (row numbers as a
 * spreadsheet shows them, header = 1) instead of stopping at the first.
 */
export function readPortfolioTable(
  rows: string[][],
  year: number,
  lookups: Lookups,
): { projects: ProjectRow[]; errors: RowError[]; rowOf: Map<string, number> } {
  const errors: RowError[] = [];
  const [header, ...body] = rows;
  const expected = headerFor(lookups.funderCodes);
  const normalise = (s: string) => s.trim().toLowerCase();
  if (
    !header ||
    header.length < expected.length ||
    expected.some((column, i) =>
      i === BUDGET_COLUMN
        ? !BUDGET_HEADER.test(header[i].trim())
        : normalise(header[i]) !== normalise(column),
    )
  ) {
    const layout = headerFor(lookups.funderCodes, year).join(';');
    return {
      projects: [],
      rowOf: new Map(),
      errors: [{ row: 1, column: '', message: `The header must be: ${layout}` }],
    };
  }
  // A table for another year would overwrite that year's figures with this one's.
  const fileYear = tableYear(header);
  if (fileYear !== null && fileYear !== year) {
    const column = header[BUDGET_COLUMN].trim();
    const message = `The table is for ${fileYear} ("${column}"), not ${year}: import it for ${fileYear}`;
    return { projects: [], rowOf: new Map(), errors: [{ row: 1, column, message }] };
  }
  const seen = new Map<string, number>();
  const projects: ProjectRow[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    // The export neutralised formula-like text with a leading quote: read back the original.
    const cell = (i: number) => restoreFormulaText(cells[i] ?? '').trim();
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const rowErrors = errors.length;

    const priority = cell(0) === '' ? null : Number(cell(0));
    if (priority !== null && priority !== 1 && priority !== 2)
      fail(FIXED_COLUMNS[0], `"${cell(0)}" is not 1 or 2`);
    const id = cell(1);
    if (!isProjectId(id)) fail('ID', `"${id}" is not a portfolio id (1–20 letters, digits or "-")`);
    else if (seen.has(id)) fail('ID', `ID ${id} also appears in row ${seen.get(id)}`);
    else seen.set(id, row);
    const name = cell(2);
    if (name === '' || name.length > 300)
      fail(FIXED_COLUMNS[2], 'A name of 1–300 characters is required');
    const organisationId = lookups.organisations.get(cell(3).toLowerCase());
    if (!organisationId) fail(FIXED_COLUMNS[3], `Unknown organisation "${cell(3)}"`);
    const leader = cell(4) || null;
    if (leader && leader.length > 200) fail(FIXED_COLUMNS[4], 'At most 200 characters');
    const phase = PHASES.get(cell(5).toLowerCase());
    if (!phase)
      fail('Fase', `"${cell(5)}" is not one of ${Object.values(PHASE_LABELS).join(', ')}`);
    const focusAreaCode = lookups.focusAreas.get(cell(6).split(/\s/)[0]);
    if (!focusAreaCode)
      fail('Innsatsområde', `"${cell(6)}" does not start with a known innsatsområde code`);
    const status = cell(7) === '' ? null : STATUSES.get(cell(7).toLowerCase());
    if (status === undefined)
      fail(
        'Status',
        `"${cell(7)}" is not one of ${Object.values(STATUS_LABELS).join(', ')} or blank`,
      );
    const budget = amount(cell(8));
    if (budget === 'invalid')
      fail(FIXED_COLUMNS[8], `"${cell(8)}" is not an amount in MNOK between 0 and ${MAX_AMOUNT}`);
    const costShares: { funder: string; amount: number }[] = [];
    lookups.funderCodes.forEach((funder, i) => {
      const value = amount(cell(FIXED_COLUMNS.length + i));
      if (value === 'invalid')
        fail(funder, `"${cell(FIXED_COLUMNS.length + i)}" is not an amount in MNOK`);
      else if (value !== null) costShares.push({ funder, amount: value });
    });
    if (errors.length > rowErrors) return;
    projects.push({
      id,
      name,
      responsibleOrganisationId: organisationId!,
      leader,
      phase: phase!,
      status: status ?? null,
      priorityCategory: priority,
      focusAreaCode: focusAreaCode!,
      budgets: [{ year, amount: budget as number | null, costShares }],
    });
  });
  return { projects, errors, rowOf: seen };
}
