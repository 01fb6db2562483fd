import type { EntityManager } from 'typeorm';
import type { Principal } from '@ehelse/shared/runtime';
import { CostShare } from '../project/cost-share.entity';
import { costShareChanges } from '../project/cost-share-sync';
import { requireNonNegativeNet } from '../project/transfer-limits';
import { ProjectBudget } from '../project/project-budget.entity';
import { Project } from '../project/project.entity';
import { recordStatusReport } from '../project/status-report.writes';
import { insertProjects } from '../seed';
import type { PlannedUpdate } from './import-plan';
import { chunks } from './import-state';

/** Rows per multi-row statement: a few thousand parameters, fine on MySQL and SQLite alike. */
const WRITE_CHUNK = 250;
/** Cost shares per statement: four parameters each, under SQLite's old limit of 999. */
const SHARE_CHUNK = 200;
const IMPORT_COMMENT = 'Status from an imported portfolio table (importPortfolioCsv).';

/**
 * Writes the changed projects with a handful of multi-row statements per chunk, never one
 * per row: the projects (each at its read version + 1, safe because they are locked or, on
 * sql.js, written one transaction at a time), their budgets, and their cost shares, each
 * share by its full key as `syncCostShares` does (no range deletes: gap locks on MariaDB).
 */
export async function writeUpdates(
  manager: EntityManager,
  principal: Principal,
  year: number,
  updates: PlannedUpdate[],
): Promise<void> {
  for (const chunk of chunks(updates, WRITE_CHUNK)) {
    await manager.upsert(
      Project,
      chunk.map(({ row, stored }) => ({
        id: row.id,
        name: row.name,
        responsibleOrganisationId: row.responsibleOrganisationId,
        leader: row.leader,
        phase: row.phase,
        // A blank colour in the table is "not reported": the stored one stays.
        status: row.status ?? stored.project.status,
        priorityCategory: row.priorityCategory,
        focusAreaCode: row.focusAreaCode,
        version: stored.project.version + 1,
      })),
      ['id'],
    );
    const budgets = chunk.filter((update) => update.fields.includes('budget'));
    if (budgets.length)
      await manager.upsert(
        ProjectBudget,
        budgets.map(({ row }) => ({ projectId: row.id, year, amount: row.budgets[0].amount })),
        ['projectId', 'year'],
      );
    await writeCostShares(manager, year, chunk);
    // A colour changes only through the history: each change is a status report, audited.
    for (const update of chunk.filter((u) => u.statusChange))
      await reportColour(manager, principal, year, update);
  }
  // Lowered cost shares must still cover the year's transfers (the net is never negative).
  if (updates.length) await requireNonNegativeNet(manager, year);
}

async function writeCostShares(manager: EntityManager, year: number, chunk: PlannedUpdate[]) {
  const gone: { projectId: string; funderCode: string }[] = [];
  const written: { projectId: string; year: number; funderCode: string; amount: number }[] = [];
  for (const { row, stored, fields } of chunk) {
    if (!fields.includes('costShares')) continue;
    const changes = costShareChanges(stored.shares, row.budgets[0].costShares);
    gone.push(...changes.gone.map((s) => ({ projectId: row.id, funderCode: s.funderCode })));
    for (const share of [...changes.changed, ...changes.added])
      written.push({ projectId: row.id, year, funderCode: share.funder, amount: share.amount });
  }
  for (const keys of chunks(gone, SHARE_CHUNK))
    await manager
      .createQueryBuilder()
      .delete()
      .from(CostShare)
      .where('year = :year', { year })
      .andWhere(
        `(${keys.map((_, i) => `(project_id = :p${i} AND funder_code = :f${i})`).join(' OR ')})`,
        Object.fromEntries(
          keys.flatMap((s, i) => [
            [`p${i}`, s.projectId],
            [`f${i}`, s.funderCode],
          ]),
        ),
      )
      .execute();
  for (const rows of chunks(written, SHARE_CHUNK))
    await manager.upsert(CostShare, rows, ['projectId', 'year', 'funderCode']);
}

async function reportColour(
  manager: EntityManager,
  principal: Principal,
  year: number,
  { row, stored }: PlannedUpdate,
) {
  const version = stored.project.version + 1;
  const [budget] = row.budgets;
  await recordStatusReport(
    manager,
    principal,
    {
      projectId: row.id,
      year,
      status: row.status!,
      phase: row.phase,
      comment: IMPORT_COMMENT,
      budget: budget.amount,
      costShares: budget.costShares.length ? budget.costShares : null,
      projectVersion: version,
    },
    {
      before: { project: stored.project, budget: stored.budget ?? null, costShares: stored.shares },
      after: {
        status: row.status,
        phase: row.phase,
        version,
        year,
        budget: budget.amount,
        costShares: budget.costShares,
        comment: IMPORT_COMMENT,
      },
    },
  );
}

/** New projects, with their budget and cost shares, in multi-row INSERTs. */
export const writeCreates = insertProjects;
