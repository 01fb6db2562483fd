import { defineLoader, type Context } from '@ehelse/shared/graphql';
import { STANDING_TRANSFER } from '../project/funding-transfer.entity';
import { num } from './summary.sql';

interface ScalarTotals {
  projectCount: number;
  budgetSum: number;
  grossBudget: number;
  internalTransfers: number;
}

/**
 * The summary's scalar totals by year: one statement per year, shared by every scalar
 * field of the summary in the request.
 */
const scalarTotalsByYear = defineLoader<number, ScalarTotals>(
  'Portfolio summary scalar totals by year',
  (years, dataSource) =>
    Promise.all(
      years.map(async (year) => {
        // "SELECT" and a space: the embedded driver takes a statement whose first word is not
        // exactly SELECT for a write and saves the whole database file after it.
        // The budgets' count and sum come from one pass over the year's budgets (a derived
        // table of one row), read from the (year, amount) index like the shares' sum.
        const [row] = await dataSource.query(
          `SELECT budgets.project_count AS project_count,
             budgets.budget_sum AS budget_sum,
             (SELECT SUM(amount) FROM cost_share WHERE year = ?) AS gross_budget,
             (SELECT SUM(amount) FROM funding_transfer WHERE year = ? AND ${STANDING_TRANSFER}) AS internal_transfers
           FROM (SELECT COUNT(*) AS project_count, SUM(amount) AS budget_sum
                   FROM project_budget WHERE year = ?) budgets`,
          [year, year, year],
        );
        return {
          projectCount: num(row.project_count),
          budgetSum: num(row.budget_sum),
          grossBudget: num(row.gross_budget),
          internalTransfers: num(row.internal_transfers),
        };
      }),
    ),
);

/** The summary's scalar totals of a year. */
export const scalarTotals = (context: Context, year: number) =>
  context.loaders.of(scalarTotalsByYear).load(year);
