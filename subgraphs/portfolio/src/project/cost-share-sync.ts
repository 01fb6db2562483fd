import { In, type EntityManager } from 'typeorm';
import { CostShare } from './cost-share.entity';

const cents = (amount: number) => Math.round(amount * 100);

/** Which of a project's cost shares for a year go, change amount or are added to become `wanted`. */
export function costShareChanges(
  current: { funderCode: string; amount: number }[],
  wanted: { funder: string; amount: number }[],
) {
  const wantedByFunder = new Map(wanted.map((share) => [share.funder, share.amount]));
  const currentByFunder = new Map(current.map((share) => [share.funderCode, share.amount]));
  return {
    gone: current.filter((share) => !wantedByFunder.has(share.funderCode)),
    changed: wanted.filter((share) => {
      const was = currentByFunder.get(share.funder);
      return was !== undefined && cents(was) !== cents(share.amount);
    }),
    added: wanted.filter((share) => !currentByFunder.has(share.funder)),
  };
}

/**
 * Makes a project's cost shares for a year exactly `wanted`, writing only the rows that
 * change, each by its full primary key. A DELETE of (project, year) that matches no rows
 * (a new year) takes gap locks on MariaDB, and concurrent INSERTs into those gaps deadlock;
 * a key lookup on a row that exists locks just that row. `current` is what this
 * transaction read, after the project's version check: every writer of cost shares bumps
 * the project's version, so a check that passed means no one changed them since.
 */
export async function syncCostShares(
  manager: EntityManager,
  projectId: string,
  year: number,
  current: CostShare[],
  wanted: { funder: string; amount: number }[],
): Promise<void> {
  const { gone, changed, added } = costShareChanges(current, wanted);
  if (gone.length) {
    await manager.delete(CostShare, {
      projectId,
      year,
      funderCode: In(gone.map((share) => share.funderCode)),
    });
  }
  for (const { funder, amount } of changed)
    await manager.update(CostShare, { projectId, year, funderCode: funder }, { amount });
  if (added.length) {
    await manager.insert(
      CostShare,
      added.map((share) => ({ projectId, year, funderCode: share.funder, amount: share.amount })),
    );
  }
}
