import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { projectById } from './project.resolver';
import { ProjectStatusReport, REDACTED_SUBJECT } from './status-report.entity';

export { REDACTED_SUBJECT };

/**
 * A token subject identifies a person or a machine client at an RHF: admins see it, and so
 * does whoever acts for the project's organisation or for the organisation that reported.
 * The field is non-null in the published schema, so others get a neutral value, not null.
 */
@Resolver(() => ProjectStatusReport)
export class ReportedByResolver {
  // The description is the entity field's (type-graphql keeps that one).
  @FieldResolver(() => String)
  async reportedBy(@Root() report: ProjectStatusReport, @Ctx() context: Context) {
    const caller = context.principal;
    if (caller?.role === 'admin') return report.reportedBy;
    // Reporters of the organisation, not readers who merely carry its org claim.
    const organisationId = caller?.role === 'reporter' ? caller.organisationId : null;
    if (!organisationId) return REDACTED_SUBJECT;
    if (organisationId === report.reportingOrganisationId) return report.reportedBy;
    const project = await projectById(context, report.projectId);
    return project?.responsibleOrganisationId === organisationId
      ? report.reportedBy
      : REDACTED_SUBJECT;
  }
}
