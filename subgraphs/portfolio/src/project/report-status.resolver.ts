import { Arg, Args, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
  requireTargetId,
  CONNECTION_LIST_SIZE,
  ConnectionType,
  PageArgs,
  badInput,
  forUpdate,
  connectionFromList,
  listSize,
  notFound,
  valueObject,
  requireRole,
  requireWriteFor,
  updateAtVersion,
  validate,
  mutation,
  type Context,
  type Principal,
} from '@ehelse/shared';
import { Funder } from '../funder/funder.entity';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.resolver';
import { COST_SHARES_SIZE, CostShare } from './cost-share.entity';
import { sharesAddUpTo, sumOfShares } from './cost-share-sum';
import { syncCostShares } from './cost-share-sync';
import { requireNonNegativeNet } from './transfer-limits';
import { ProjectBudget } from './project-budget.entity';
import { Project } from './project.entity';
import { projectById } from './project.resolver';
import { ReportProjectStatusInput, type CostShareInput } from './report-status.input';
import { ProjectStatusReport } from './status-report.entity';
import { recordStatusReport } from './status-report-record';
import { transferredOut } from './transfer-limits';

export const ProjectStatusReportConnection = ConnectionType(
  'ProjectStatusReport',
  ProjectStatusReport,
  valueObject('A page of a project’s status reports (rapporteringshistorikk), newest first.'),
);

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
      throw badInput(`${field}.funder`, `Unknown funder "${share.funder}"`);
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

async function applyReport(
  manager: EntityManager,
  principal: Principal,
  input: ReportProjectStatusInput,
) {
  // Locked first: the reads below then see what the project's previous writer committed.
  const project = await manager.findOne(Project, {
    where: { id: input.projectId },
    ...forUpdate(manager),
  });
  if (!project) throw notFound('Project', input.projectId);
  requireWriteFor(principal, project.responsibleOrganisationId);

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
  const beforeShares = await manager.findBy(CostShare, { projectId: project.id, year: input.year });
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
    principal,
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
}

@Resolver(() => ProjectStatusReport)
export class ReportStatusResolver {
  @Mutation(() => ProjectStatusReport, {
    description:
      'Reports a project’s status for a year (statusrapportering): keeps the report in the history and updates the current view, in one transaction. Reporters write only their own organisation’s projects.',
  })
  async reportProjectStatus(
    @Arg('input', () => ReportProjectStatusInput) input: ReportProjectStatusInput,
    @Ctx() context: Context,
  ) {
    const caller = requireRole(context.principal, 'reporter', 'admin');
    requireTargetId('project', 'Project', input.projectId);
    validate.year('year', input.year);
    validate.text('comment', input.comment, MAX_COMMENT);
    validate.money('budget', input.budget);
    return mutation(context, 'reportProjectStatus', input, (manager) =>
      applyReport(manager, caller, input),
    );
  }

  @FieldResolver(() => Project, { description: 'The project reported on.' })
  project(@Root() report: ProjectStatusReport, @Ctx() context: Context) {
    return projectById(context, report.projectId);
  }

  @FieldResolver(() => [CostShare], { description: 'The cost distribution reported, if any.' })
  @listSize(COST_SHARES_SIZE)
  costShares(@Root() report: ProjectStatusReport): CostShare[] {
    return (report.costShares ?? []).map((s) => ({
      ...s,
      projectId: report.projectId,
      year: report.year,
      statusReportId: report.id,
    }));
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation the reporter acted for.',
  })
  reportingOrganisation(@Root() report: ProjectStatusReport, @Ctx() context: Context) {
    return report.reportingOrganisationId
      ? organisationById(context, report.reportingOrganisationId)
      : null;
  }
}

/** A project's status reports, newest first: one statement for all parents. */
const reportsOf = ({ loaders }: Context, project: Project) =>
  loaders.many(ProjectStatusReport, 'projectId', { order: { id: 'DESC' } }).load(project.id);

@Resolver(() => Project)
export class ProjectHistoryResolver {
  @FieldResolver(() => [ProjectStatusReport], {
    description: 'Status reports on the project (rapporteringshistorikk), newest first.',
    deprecationReason: 'Use statusReportsConnection, which pages and counts.',
  })
  // The history grows with every report; the documents hold none, a year brings a few.
  @listSize(20)
  statusReports(@Root() project: Project, @Ctx() context: Context) {
    return reportsOf(context, project);
  }

  @FieldResolver(() => ProjectStatusReportConnection, {
    description:
      'Status reports on the project (rapporteringshistorikk), newest first, paged (Relay).',
  })
  @Directive(CONNECTION_LIST_SIZE)
  async statusReportsConnection(
    @Root() project: Project,
    @Args() pageArgs: PageArgs,
    @Ctx() context: Context,
  ) {
    return connectionFromList(await reportsOf(context, project), pageArgs);
  }
}
