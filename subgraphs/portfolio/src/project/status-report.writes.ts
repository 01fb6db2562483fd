import type { EntityManager } from 'typeorm';
import {
  badInput,
  notFound,
  requireWriteFor,
  type Principal,
  unknownReference,
} from '@ehelse/shared/runtime';
import { requireTargetId, validate } from '@ehelse/shared/graphql';
import { defineWrite, forUpdate, recordAudit, updateAtVersion } from '@ehelse/shared/audit';
import { Funder } from '../funder/funder.entity';
import { CostShare } from './cost-share.entity';
import { sharesAddUpTo, sumOfShares } from './cost-share-sum';
import { syncCostShares } from './cost-share-sync';
import type { ProjectPhase, StatusColour } from './project-enums';
import { ProjectBudget } from './project-budget.entity';
import { Project } from './project.entity';
import { ProjectStatusReport } from './status-report.entity';
import type { CostShareInput, ReportProjectStatusInput } from './status-report.types';
import { requireNonNegativeNet, transferredOut } from './transfer-limits';

const MAX_COMMENT = 2000;

async function validateCostShares(
  manager: EntityManager,
  shares: CostShareInput[],
  budget: number | null,
) {
  const funders = new Set((await manager.find(Funder)).map((f) => f.code));
  const seen = new Set<string>();
  shares.forEach((share, index) => {
    const field = `costShares[${index}]`;
    if (!funders.has(share.funder))
      throw unknownReference(`${field}.funder`, 'funder', share.funder);
    if (seen.has(share.funder))
      throw badInput(`${field}.funder`, `Funder "${share.funder}" appears twice`);
    seen.add(share.funder);
    validate.money(`${field}.amount`, share.amount);
  });
  const sum = sumOfShares(shares);
  if (budget === null) throw badInput('budget', 'A cost distribution needs a budget to add up to');
  if (!sharesAddUpTo(shares, budget)) {
    throw badInput(
      'costShares',
      `The cost shares add up to ${sum} MNOK, not to the budget of ${budget} MNOK`,
    );
  }
}

/** The latest year the project has a budget or a report for: what its current view shows. */
async function latestYear(manager: EntityManager, projectId: string): Promise<number> {
  const [row] = await manager.query(
    `SELECT MAX(year) AS year FROM (
       SELECT year FROM project_budget WHERE project_id = ?
       UNION ALL SELECT year FROM project_status_report WHERE project_id = ?) years`,
    [projectId, projectId],
  );
  return row?.year === null || row?.year === undefined ? -Infinity : Number(row.year);
}

/**
 * Reports a project's status for a year (statusrapportering): keeps the report in the
 * history and updates the current view. A reporter writes only its own organisation's
 * projects.
 */
export const reportProjectStatus = defineWrite({
  check(_caller, input: ReportProjectStatusInput) {
    requireTargetId('project', 'Project', input.projectId);
    validate.year('year', input.year);
    validate.text('comment', input.comment, MAX_COMMENT);
    validate.money('budget', input.budget);
  },
  async run(manager, caller, input): Promise<ProjectStatusReport> {
    // Locked first: the reads below then see what the project's previous writer committed.
    const project = await manager.findOne(Project, {
      where: { id: input.projectId },
      ...forUpdate(manager),
    });
    if (!project) throw notFound('Project', input.projectId);
    requireWriteFor(caller, project.responsibleOrganisationId);

    const existingBudget = await manager.findOneBy(ProjectBudget, {
      projectId: project.id,
      year: input.year,
    });
    const budget = input.budget ?? existingBudget?.amount ?? null;
    // Money already passed on stays passed on: a budget below it would make totals negative.
    if (input.budget !== undefined && input.budget !== null) {
      const passedOn = await transferredOut(manager, project.id, input.year);
      if (input.budget < passedOn)
        throw badInput(
          'budget',
          `Project "${project.id}" already transferred ${passedOn} MNOK in ${input.year}: its budget cannot be less (an admin can reverse a transfer)`,
        );
    }
    if (input.costShares) await validateCostShares(manager, input.costShares, budget);
    const beforeShares = await manager.findBy(CostShare, {
      projectId: project.id,
      year: input.year,
    });
    const before = {
      project: { ...project },
      budget: existingBudget?.amount ?? null,
      costShares: beforeShares,
    };

    if (!input.costShares && input.budget != null && beforeShares.length) {
      const sum = sumOfShares(beforeShares);
      if (!sharesAddUpTo(beforeShares, input.budget)) {
        throw badInput(
          'costShares',
          `The cost distribution adds up to ${sum} MNOK, not to the new budget of ${input.budget} MNOK: report costShares with it`,
        );
      }
    }

    // A late report on an earlier year joins the history but leaves the current view alone.
    const current = input.year >= (await latestYear(manager, project.id));
    const phase = current ? (input.phase ?? project.phase) : project.phase;
    const version = await updateAtVersion(
      manager,
      Project,
      { id: project.id },
      project,
      current ? { status: input.status, phase } : {},
      input.expectedVersion,
    );
    if (input.budget !== undefined && input.budget !== null) {
      await manager.upsert(
        ProjectBudget,
        { projectId: project.id, year: input.year, amount: input.budget },
        ['projectId', 'year'],
      );
    }
    if (input.costShares)
      await syncCostShares(manager, project.id, input.year, beforeShares, input.costShares);
    // Lower cost shares must still cover the transfers recorded for the year (net never negative).
    if (input.costShares) await requireNonNegativeNet(manager, input.year);
    return recordStatusReport(
      manager,
      caller,
      {
        projectId: project.id,
        year: input.year,
        status: input.status,
        phase,
        comment: input.comment ?? null,
        budget: input.budget ?? null,
        costShares: input.costShares ?? null,
        projectVersion: version,
      },
      {
        before,
        after: {
          status: input.status,
          phase,
          version,
          year: input.year,
          budget,
          costShares: input.costShares ?? beforeShares,
          comment: input.comment ?? null,
        },
      },
    );
  },
});

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
