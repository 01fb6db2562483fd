import { In, type EntityManager } from 'typeorm';
import {
  badInput,
  forUpdate,
  isProjectId,
  mutation,
  recordAudit,
  RetryTransaction,
  type Principal,
  type WriteContext,
} from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Funder } from '../funder/funder.entity';
import { Organisation } from '../organisation/organisation.entity';
import { CostShare } from '../project/cost-share.entity';
import { syncCostShares } from '../project/cost-share-sync';
import { ProjectBudget } from '../project/project-budget.entity';
import { Project } from '../project/project.entity';
import { insertProjects } from '../seed';
import { parseCsv } from './csv';
import { restoreFormulaText } from './formula-guard';
import { readPortfolioTable, type Lookups } from './portfolio-table';

export async function tableLookups(manager: EntityManager): Promise<Lookups> {
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

/**
 * Locks the table's projects before anything else is read: the reads after it then see
 * every cost share written by whoever held them before (each writer of a project's cost
 * shares updates its row); without it a long import reads stale rows and loses to every
 * report meanwhile. In id order, so that concurrent imports wait instead of deadlocking.
 */
async function lockProjects(manager: EntityManager, rows: string[][]): Promise<void> {
  const ids = [
    ...new Set(rows.slice(1).map((cells) => restoreFormulaText(cells[1] ?? '').trim())),
  ].filter(isProjectId);
  if (ids.length)
    await manager.find(Project, {
      where: { id: In(ids) },
      select: { id: true },
      order: { id: 'ASC' },
      ...forUpdate(manager),
    });
}

export interface ImportSummary {
  year: number;
  created: number;
  updated: number;
}

/**
 * Loads a portfolio table (the documents' column layout) for a year: every row is
 * checked first and all errors are reported together; then all rows are written
 * in one transaction, or none.
 */
export async function importPortfolioTable(
  context: WriteContext,
  principal: Principal,
  csv: string,
  year: number,
): Promise<ImportSummary> {
  return mutation(context, 'importPortfolioCsv', { csv, year }, async (manager) => {
    const rows = parseCsv(csv);
    await lockProjects(manager, rows);
    const { projects, errors } = readPortfolioTable(rows, year, await tableLookups(manager));
    if (errors.length) {
      throw badInput(
        'csv',
        `The table has ${errors.length} error(s); nothing was imported. First: row ${errors[0].row}, ${errors[0].column}: ${errors[0].message}`,
        { rowErrors: errors },
      );
    }
    const ids = projects.map((p) => p.id);
    const versions = new Map(
      (
        await manager.find(Project, { where: { id: In(ids) }, select: { id: true, version: true } })
      ).map((p) => [p.id, p.version]),
    );
    const fresh = projects.filter((p) => !versions.has(p.id));
    const known = projects.filter((p) => versions.has(p.id));
    const currentShares = known.length
      ? await manager.findBy(CostShare, { projectId: In(known.map((p) => p.id)), year })
      : [];
    await insertProjects(manager, fresh);
    for (const { budgets, ...project } of known) {
      const version = versions.get(project.id)!;
      const updated = await manager
        .createQueryBuilder()
        .update(Project)
        .set({ ...project, version: version + 1 })
        .where('id = :id AND version = :version', { id: project.id, version })
        .execute();
      // Changed since this transaction read it: its cost shares as read may be stale too.
      if (updated.affected !== 1)
        throw new RetryTransaction(`Project ${project.id} changed during the import`);
      await manager.upsert(
        ProjectBudget,
        { projectId: project.id, year, amount: budgets[0].amount },
        ['projectId', 'year'],
      );
      await syncCostShares(
        manager,
        project.id,
        year,
        currentShares.filter((share) => share.projectId === project.id),
        budgets[0].costShares,
      );
    }
    const summary = { year, created: fresh.length, updated: known.length };
    await recordAudit(manager, principal, {
      action: 'importPortfolioCsv',
      entityType: 'PortfolioTable',
      entityId: String(year),
      before: null,
      after: { ...summary, projectIds: ids },
    });
    return summary;
  });
}
