import type { DataSource } from 'typeorm';
import {
  columnOf,
  defineLoader,
  findRows,
  groupBy,
  plainColumns,
  rowBy,
  rowsBy,
  tableOf,
  type Context,
} from '@ehelse/shared/graphql';
import { Funder } from '../funder/funder.entity';
import { CostShare } from './cost-share.entity';
import { FundingTransfer } from './funding-transfer.entity';
import { ProjectBudget } from './project-budget.entity';
import { Project } from './project.entity';
import { ProjectStatusReport } from './status-report.entity';

/** A project by portfolio id; null where none exists. */
export const projectById = rowBy(Project, 'id');

/** The projects organisations are responsible for, by organisation id, by portfolio id. */
export const projectsByOrganisation = rowsBy(Project, 'responsibleOrganisationId', {
  order: { id: 'ASC' },
});

/** The projects of innsatsområder, by code, by portfolio id. */
export const projectsByFocusArea = rowsBy(Project, 'focusAreaCode', { order: { id: 'ASC' } });

/** Projects' yearly budgets, by project id, oldest first. */
export const budgetsByProject = rowsBy(ProjectBudget, 'projectId', { order: { year: 'ASC' } });

/** Projects' status reports (rapporteringshistorikk), by project id, newest first. */
export const statusReportsByProject = rowsBy(ProjectStatusReport, 'projectId', {
  order: { id: 'DESC' },
});

/** A loader key of one project in one year. */
type ProjectYear = [projectId: string, year: number];
const projectYear = (projectId: string, year: number) =>
  JSON.stringify([projectId, year] satisfies ProjectYear);

/**
 * Rows of projects in a year, keyed by project and year: one statement per year asked
 * for in a request, for all its projects.
 */
function byProjectInYear<T>(
  description: string,
  projectOf: (row: T) => string,
  read: (dataSource: DataSource, year: number, projectIds: string[]) => Promise<T[]>,
) {
  return defineLoader<string, T[]>(description, async (keys, dataSource) => {
    const wanted = keys.map((key) => JSON.parse(key) as ProjectYear);
    const found = new Map<string, T[]>();
    await Promise.all(
      [...new Set(wanted.map(([, year]) => year))].map(async (year) => {
        const projectIds = [...new Set(wanted.filter(([, y]) => y === year).map(([id]) => id))];
        const groups = groupBy(await read(dataSource, year, projectIds), projectIds, projectOf);
        groups.forEach((rows, index) => found.set(projectYear(projectIds[index], year), rows));
      }),
    );
    return keys.map((key) => found.get(key) ?? []);
  });
}

const budgetsByProjectInYear = byProjectInYear(
  'ProjectBudget rows by project and year',
  (budget: ProjectBudget) => budget.projectId,
  (dataSource, year, projectIds) =>
    findRows(dataSource, ProjectBudget, { where: { year }, column: 'projectId', keys: projectIds }),
);

const costSharesByProjectInYear = byProjectInYear(
  'CostShare rows by project and year, in funder column order',
  (share: CostShare) => share.projectId,
  // Written out rather than built and hydrated by TypeORM: every budget of a list reads it.
  async (dataSource, year, projectIds) => {
    const share = plainColumns(dataSource, CostShare, 'share');
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT ${share.columns} FROM ${tableOf(dataSource, CostShare)} share` +
        ` INNER JOIN ${tableOf(dataSource, Funder)} funder ON ${columnOf(dataSource, Funder, 'funder', 'code')} = ${columnOf(dataSource, CostShare, 'share', 'funderCode')}` +
        ` WHERE ${columnOf(dataSource, CostShare, 'share', 'year')} = ?` +
        ` AND ${columnOf(dataSource, CostShare, 'share', 'projectId')} IN (${projectIds.map(() => '?').join(', ')})` +
        ` ORDER BY ${columnOf(dataSource, Funder, 'funder', 'position')} ASC`,
      [year, ...projectIds],
    );
    return rows.map((row) => share.hydrate(row)!);
  },
);

const transfersFromProjectInYear = byProjectInYear(
  'FundingTransfer rows by source project and year',
  (transfer: FundingTransfer) => transfer.fromProjectId,
  (dataSource, year, projectIds) =>
    findRows(dataSource, FundingTransfer, {
      where: { year },
      column: 'fromProjectId',
      keys: projectIds,
    }),
);

const transfersToProjectInYear = byProjectInYear(
  'FundingTransfer rows by receiving project and year',
  (transfer: FundingTransfer) => transfer.toProjectId,
  (dataSource, year, projectIds) =>
    findRows(dataSource, FundingTransfer, {
      where: { year },
      column: 'toProjectId',
      keys: projectIds,
    }),
);

/** A project's budget for one year; null when it has none. */
export async function budgetOf(context: Context, project: Project, year: number) {
  const [budget] = await context.loaders
    .of(budgetsByProjectInYear)
    .load(projectYear(project.id, year));
  return budget ?? null;
}

/** A yearly budget's cost distribution, in funder column order. */
export const costSharesOf = (context: Context, budget: ProjectBudget) =>
  context.loaders.of(costSharesByProjectInYear).load(projectYear(budget.projectId, budget.year));

/** What the budget's project passes on to others that year. */
export const transfersOutOf = (context: Context, budget: ProjectBudget) =>
  context.loaders.of(transfersFromProjectInYear).load(projectYear(budget.projectId, budget.year));

/** What others pass on to the budget's project that year. */
export const transfersInto = (context: Context, budget: ProjectBudget) =>
  context.loaders.of(transfersToProjectInYear).load(projectYear(budget.projectId, budget.year));
