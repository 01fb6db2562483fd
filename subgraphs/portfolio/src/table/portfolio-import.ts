import { In, type DataSource, type EntityManager } from 'typeorm';
import { badInput, recordAudit, writeTransaction, type Principal } from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Funder } from '../funder/funder.entity';
import { Organisation } from '../organisation/organisation.entity';
import { CostShare } from '../project/cost-share.entity';
import { ProjectBudget } from '../project/project-budget.entity';
import { Project } from '../project/project.entity';
import { insertProjects } from '../seed';
import { parseCsv } from './csv';
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
  dataSource: DataSource,
  principal: Principal,
  csv: string,
  year: number,
): Promise<ImportSummary> {
  return writeTransaction(dataSource, async (manager) => {
    const { projects, errors } = readPortfolioTable(
      parseCsv(csv),
      year,
      await tableLookups(manager),
    );
    if (errors.length) {
      throw badInput(
        'csv',
        `The table has ${errors.length} error(s); nothing was imported. First: row ${errors[0].row}, ${errors[0].column}: ${errors[0].message}`,
        { rowErrors: errors },
      );
    }
    const ids = projects.map((p) => p.id);
    const existing = new Set(
      (await manager.find(Project, { where: { id: In(ids) }, select: { id: true } })).map(
        (p) => p.id,
      ),
    );
    const fresh = projects.filter((p) => !existing.has(p.id));
    const known = projects.filter((p) => existing.has(p.id));
    await insertProjects(manager, fresh);
    for (const { budgets, ...project } of known) {
      await manager
        .createQueryBuilder()
        .update(Project)
        .set({ ...project, version: () => 'version + 1' })
        .where('id = :id', { id: project.id })
        .execute();
      await manager.delete(CostShare, { projectId: project.id, year });
      await manager.upsert(
        ProjectBudget,
        { projectId: project.id, year, amount: budgets[0].amount },
        ['projectId', 'year'],
      );
      if (budgets[0].costShares.length) {
        await manager.insert(
          CostShare,
          budgets[0].costShares.map((s) => ({
            projectId: project.id,
            year,
            funderCode: s.funder,
            amount: s.amount,
          })),
        );
      }
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
