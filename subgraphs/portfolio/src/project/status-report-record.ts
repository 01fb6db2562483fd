import type { EntityManager } from 'typeorm';
import { recordAudit, type Principal } from '@ehelse/shared';
import type { ProjectPhase, StatusColour } from './project-enums';
import { ProjectStatusReport } from './status-report.entity';

/** What a status report says; the project row itself is already written at `projectVersion`. */
export interface StatusReportFacts {
  projectId: string;
  year: number;
  status: StatusColour;
  phase: ProjectPhase;
  comment: string | null;
  /** The budget reported, null when the report did not report one. */
  budget: number | null;
  costShares: { funder: string; amount: number }[] | null;
  /** The project's version after the write this report belongs to. */
  projectVersion: number;
}

/**
 * Keeps a status report in the project's history and audits it as `reportProjectStatus`:
 * the one place that records a status report, whether a reporter sent one or an import
 * changed a colour. `audit` is what the caller saw before and wrote after.
 */
export async function recordStatusReport(
  manager: EntityManager,
  principal: Principal,
  facts: StatusReportFacts,
  audit: { before: object; after: object },
): Promise<ProjectStatusReport> {
  const report = manager.create(ProjectStatusReport, {
    projectId: facts.projectId,
    year: facts.year,
    status: facts.status,
    phase: facts.phase,
    comment: facts.comment,
    budget: facts.budget,
    costShares: facts.costShares?.map((s) => ({ funderCode: s.funder, amount: s.amount })) ?? null,
    reportedBy: principal.subject,
    reportingOrganisationId: principal.organisationId,
    reportedAt: new Date().toISOString(),
    projectVersion: facts.projectVersion,
  });
  await manager.save(report);
  await recordAudit(manager, principal, {
    action: 'reportProjectStatus',
    entityType: 'Project',
    entityId: facts.projectId,
    before: audit.before,
    after: audit.after,
  });
  return report;
}
