import type { EntityManager } from 'typeorm';
import { badInput } from '@ehelse/shared/runtime';
import { STANDING_TRANSFER } from './funding-transfer.entity';
import { ProjectBudget } from './project-budget.entity';

/** Money compared in whole øre: DECIMAL(12,2) on MySQL, floats on SQLite. */
const cents = (value: unknown) => Math.round(Number(value ?? 0) * 100);

/** What a project has already passed on that year, reversed transfers not counted. */
export async function transferredOut(
  manager: EntityManager,
  projectId: string,
  year: number,
): Promise<number> {
  const [row] = await manager.query(
    `SELECT COALESCE(SUM(amount), 0) AS total FROM funding_transfer
      WHERE year = ? AND from_project_id = ? AND ${STANDING_TRANSFER}`,
    [year, projectId],
  );
  return cents(row?.total) / 100;
}

/** What the project's cost shares for the year add up to: the money it actually has. */
async function costShareSum(manager: EntityManager, projectId: string, year: number) {
  const [row] = await manager.query(
    `SELECT COALESCE(SUM(amount), 0) AS total FROM cost_share WHERE year = ? AND project_id = ?`,
    [year, projectId],
  );
  return cents(row?.total) / 100;
}

/** The portfolio's net budget for the year as the summary computes it (gross minus transfers). */
async function portfolioNet(manager: EntityManager, year: number): Promise<number> {
  const [row] = await manager.query(
    `SELECT (SELECT COALESCE(SUM(amount), 0) FROM cost_share WHERE year = ?)
          - (SELECT COALESCE(SUM(amount), 0) FROM funding_transfer WHERE year = ? AND ${STANDING_TRANSFER}) AS net`,
    [year, year],
  );
  return cents(row?.net) / 100;
}

/**
 * Refuses a transfer of `amount` that the source project cannot pay: more than its budget
 * for the year minus what it already passed on, or more than would keep the portfolio's
 * net total at or above zero (a budget that disagrees with its cost shares cannot be used
 * to falsify the national figures either). Runs inside the transfer's transaction, after
 * the source project is locked, so concurrent transfers from it are checked one by one.
 */
export async function requireTransferable(
  manager: EntityManager,
  projectId: string,
  year: number,
  amount: number,
): Promise<void> {
  // The smaller of its budget and its cost shares: a budget reported without cost shares
  // adds nothing to the national gross, so it cannot fund a transfer either.
  const budget = await manager.findOneBy(ProjectBudget, { projectId, year });
  const funded = Math.min(
    cents(budget?.amount),
    cents(await costShareSum(manager, projectId, year)),
  );
  const left = (funded - cents(await transferredOut(manager, projectId, year))) / 100;
  if (cents(amount) > cents(left)) {
    throw badInput(
      'amount',
      `Project "${projectId}" has ${Math.max(left, 0)} MNOK left to transfer in ${year} (its budget minus what it already transferred), not ${amount} MNOK`,
      { available: Math.max(left, 0) },
    );
  }
  const net = await portfolioNet(manager, year);
  if (cents(amount) > cents(net)) {
    throw badInput(
      'amount',
      `A transfer of ${amount} MNOK would make the portfolio’s net budget for ${year} negative (it is ${net} MNOK)`,
      { available: Math.max(net, 0) },
    );
  }
}

/**
 * After a write that changes cost shares (a status report, an import): the year's net
 * budget must still be at or above zero, or the write is refused and rolled back. Runs in
 * the write's own transaction, after its rows are written.
 */
export async function requireNonNegativeNet(manager: EntityManager, year: number): Promise<void> {
  const net = await portfolioNet(manager, year);
  if (cents(net) < 0) {
    throw badInput(
      'costShares',
      `This would make the portfolio’s net budget for ${year} negative (${net} MNOK): the transfers recorded for the year exceed the cost shares`,
    );
  }
}
