import { In, type EntityManager } from 'typeorm';
import { forUpdate } from '@ehelse/shared/audit';
import { CostShare } from '../project/cost-share.entity';
import { ProjectBudget } from '../project/project-budget.entity';
import { Project } from '../project/project.entity';
import type { StoredProject } from './import-plan';

/** Ids per IN (...) list: well under every driver's parameter limit. */
const IN_CHUNK = 1000;

export function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    result.push(items.slice(start, start + size));
  return result;
}

/**
 * Locks the table's projects before anything else is read: the reads after it then see
 * every cost share written by whoever held them before (each writer of a project's cost
 * shares updates its row); without it a long import reads stale rows and loses to every
 * report meanwhile. In id order, so that concurrent imports wait instead of deadlocking.
 */
export async function lockProjects(manager: EntityManager, ids: string[]): Promise<void> {
  for (const chunk of chunks([...ids].sort(), IN_CHUNK))
    await manager.find(Project, {
      where: { id: In(chunk) },
      select: { id: true },
      order: { id: 'ASC' },
      ...forUpdate(manager),
    });
}

/** The stored projects among `ids`, with their budget and cost shares for the year: three reads per chunk of ids. */
export async function readStoredProjects(
  manager: EntityManager,
  ids: string[],
  year: number,
): Promise<Map<string, StoredProject>> {
  const stored = new Map<string, StoredProject>();
  for (const chunk of chunks(ids, IN_CHUNK)) {
    for (const project of await manager.findBy(Project, { id: In(chunk) }))
      stored.set(project.id, { project, budget: undefined, shares: [] });
    for (const budget of await manager.findBy(ProjectBudget, { projectId: In(chunk), year })) {
      const entry = stored.get(budget.projectId);
      if (entry) entry.budget = budget.amount;
    }
    for (const share of await manager.findBy(CostShare, { projectId: In(chunk), year }))
      stored.get(share.projectId)?.shares.push(share);
  }
  return stored;
}
