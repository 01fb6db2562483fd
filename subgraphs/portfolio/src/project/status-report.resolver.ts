import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { listAndConnection, listSize, type Context } from '@ehelse/shared/graphql';
import { Organisation } from '../organisation/organisation.entity';
import { organisationById } from '../organisation/organisation.loaders';
import { COST_SHARES_SIZE, CostShare } from './cost-share.entity';
import { Project } from './project.entity';
import { projectById, statusReportsByProject } from './project.loaders';
import { ProjectStatusReport, REDACTED_SUBJECT } from './status-report.entity';
import { ProjectStatusReportConnection } from './status-report.types';

@Resolver(() => ProjectStatusReport)
export class StatusReportResolver {
  @FieldResolver(() => Project, { description: 'The project reported on.' })
  project(@Root() report: ProjectStatusReport, @Ctx() { loaders }: Context) {
    return loaders.of(projectById).load(report.projectId);
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
  reportingOrganisation(@Root() report: ProjectStatusReport, @Ctx() { loaders }: Context) {
    return report.reportingOrganisationId
      ? loaders.of(organisationById).load(report.reportingOrganisationId)
      : null;
  }

  /**
   * A token subject identifies a person or a machine client at an RHF: admins see it, and
   * so does whoever acts for the project's organisation or for the organisation that
   * reported. The field is non-null in the published schema, so others get a neutral
   * value, not null. The description is the entity field's (type-graphql keeps that one).
   */
  @FieldResolver(() => String)
  async reportedBy(@Root() report: ProjectStatusReport, @Ctx() context: Context) {
    const caller = context.principal;
    if (caller?.role === 'admin') return report.reportedBy;
    // Reporters of the organisation, not readers who merely carry its org claim.
    const organisationId = caller?.role === 'reporter' ? caller.organisationId : null;
    if (!organisationId) return REDACTED_SUBJECT;
    if (organisationId === report.reportingOrganisationId) return report.reportedBy;
    const project = await context.loaders.of(projectById).load(report.projectId);
    return project?.responsibleOrganisationId === organisationId
      ? report.reportedBy
      : REDACTED_SUBJECT;
  }
}

/** A project's status reports, newest first: one statement for all parents. */
const reportsOf = ({ loaders }: Context, project: Project) =>
  loaders.of(statusReportsByProject).load(project.id);

export const ProjectHistoryResolver = listAndConnection({
  root: () => Project,
  name: 'statusReports',
  list: {
    type: () => ProjectStatusReport,
    description: 'Status reports on the project (rapporteringshistorikk), newest first.',
    deprecationReason: 'Use statusReportsConnection, which pages and counts.',
    // The history grows with every report; the documents hold none, a year brings a few.
    listSize: 20,
  },
  connection: {
    type: () => ProjectStatusReportConnection,
    description:
      'Status reports on the project (rapporteringshistorikk), newest first, paged (Relay).',
  },
  load: (project, context) => reportsOf(context, project),
});
