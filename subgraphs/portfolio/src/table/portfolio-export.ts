import type { DataSource } from 'typeorm';
import { formatCsv } from './csv';
import { PHASE_LABELS, STATUS_LABELS, headerFor } from './portfolio-table';
import type { ProjectPhase, StatusColour } from '../project/project-enums';

/** The year's portfolio as CSV in the documents' column layout (what the import reads). */
export async function exportPortfolioTable(dataSource: DataSource, year: number): Promise<string> {
  const funders: { code: string }[] = await dataSource.query(
    'SELECT code FROM funder ORDER BY position',
  );
  const projects: Record<string, unknown>[] = await dataSource.query(
    `SELECT project.id, project.name, project.leader, project.phase, project.status, project.priority_category,
            COALESCE(organisation.short_name, organisation.name) AS organisation,
            area.code AS area_code, area.name AS area_name, budget.amount
       FROM project_budget budget
       JOIN project ON project.id = budget.project_id
       JOIN organisation ON organisation.id = project.responsible_organisation_id
       JOIN focus_area area ON area.code = project.focus_area_code
      WHERE budget.year = ?
      ORDER BY area.code, LENGTH(project.id), project.id`,
    [year],
  );
  const shares: { project_id: string; funder_code: string; amount: number | string }[] =
    await dataSource.query(
      'SELECT project_id, funder_code, amount FROM cost_share WHERE year = ?',
      [year],
    );
  const shareOf = new Map(
    shares.map((s) => [`${s.project_id}|${s.funder_code}`, Number(s.amount)]),
  );
  // Amounts stay numbers (formatCsv writes the decimal comma): only text cells are neutralised.
  const money = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  const rows = projects.map((p) => [
    p.priority_category === null ? null : Number(p.priority_category),
    p.id as string,
    p.name as string,
    p.organisation as string,
    p.leader as string | null,
    PHASE_LABELS[p.phase as ProjectPhase],
    `${p.area_code} ${p.area_name}`,
    p.status ? STATUS_LABELS[p.status as StatusColour] : null,
    money(p.amount),
    ...funders.map((f) => money(shareOf.get(`${p.id}|${f.code}`))),
  ]);
  return formatCsv([
    headerFor(
      funders.map((f) => f.code),
      year,
    ),
    ...rows,
  ]);
}
