import type { Context } from '@ehelse/shared/graphql';

// The summary's grouped totals, each one SQL statement over the year's rows; the scalar
// totals and the funder columns, shared by several fields, are a loader (summary.loaders.ts).

/** Money at the columns' precision, so float sums on SQLite read as MySQL's exact ones. */
export const num = (value: unknown) => Math.round(Number(value ?? 0) * 100) / 100;

export async function focusAreaTotals({ dataSource }: Context, year: number) {
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT area.code AS code,
            COALESCE(SUM(budget.amount), 0) AS amount,
            COUNT(budget.project_id) AS project_count,
            published.amount AS published_amount
       FROM focus_area area
       LEFT JOIN project ON project.focus_area_code = area.code
       LEFT JOIN project_budget budget ON budget.project_id = project.id AND budget.year = ?
       LEFT JOIN published_total published
              ON published.year = ? AND published.dimension = 'FOCUS_AREA' AND published.item_key = area.code
      GROUP BY area.code, published.amount
      ORDER BY area.code`,
    [year, year],
  );
  return rows.map((row) => ({
    focusAreaCode: String(row.code),
    amount: num(row.amount),
    projectCount: num(row.project_count),
    publishedAmount: row.published_amount === null ? null : num(row.published_amount),
  }));
}

const GROUP_COLUMNS = {
  status: 'project.status',
  phase: 'project.phase',
  organisationId: 'project.responsible_organisation_id',
} as const;

type GroupKey = keyof typeof GROUP_COLUMNS;

/** Budget sum and project count of the year's projects, grouped by one project column. */
export async function budgetTotalsBy<K extends GroupKey>(
  { dataSource }: Context,
  year: number,
  key: K,
) {
  const column = GROUP_COLUMNS[key];
  const rows: Record<string, unknown>[] = await dataSource.query(
    `SELECT ${column} AS group_key,
            COALESCE(SUM(budget.amount), 0) AS amount,
            COUNT(*) AS project_count
       FROM project_budget budget
       JOIN project ON project.id = budget.project_id
      WHERE budget.year = ?
      GROUP BY ${column}
      ORDER BY amount DESC, group_key`,
    [year],
  );
  return rows.map((row) => ({
    [key]: row.group_key ?? null,
    amount: num(row.amount),
    projectCount: num(row.project_count),
  })) as ({ [P in K]: string } & { amount: number; projectCount: number })[];
}
