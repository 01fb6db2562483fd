import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { ProjectStatusReport } from './status-report.entity';
import { ReportProjectStatusInput } from './status-report.types';
import { reportProjectStatus } from './status-report.writes';

@Resolver()
export class StatusReportMutations {
  @Authorized('reporter', 'admin')
  @Mutation(() => ProjectStatusReport, {
    description:
      'Reports a project’s status for a year (statusrapportering): keeps the report in the history and updates the current view, in one transaction. Reporters write only their own organisation’s projects.',
  })
  reportProjectStatus(
    @Arg('input', () => ReportProjectStatusInput) input: ReportProjectStatusInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'reportProjectStatus', input, reportProjectStatus);
  }
}
