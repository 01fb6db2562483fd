import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { ProjectPhase, StatusColour } from './project-enums';
import { ProjectStatusReport } from './status-report.entity';

export const ProjectStatusReportConnection = ConnectionType(
  'ProjectStatusReport',
  ProjectStatusReport,
  valueObject('A page of a project’s status reports (rapporteringshistorikk), newest first.'),
);

@InputType({ description: 'One funder’s share of the reported budget (kostnadsfordeling).' })
export class CostShareInput {
  @Field({ description: 'Funder column code, e.g. "RHF".' })
  funder: string;

  @Field(() => Float, { description: 'Amount in MNOK.' })
  amount: number;
}

@InputType({ description: 'A project’s status report for a year (statusrapportering).' })
export class ReportProjectStatusInput {
  @Field(() => ID, { description: 'Portfolio id of the project.' })
  projectId: string;

  @Field(() => Int, { description: 'The year reported on.' })
  year: number;

  @Field(() => StatusColour, { description: 'Status colour.' })
  status: StatusColour;

  @Field(() => ProjectPhase, { nullable: true, description: 'New phase; unchanged when omitted.' })
  phase?: ProjectPhase;

  @Field(() => String, {
    nullable: true,
    description: 'Comment (kommentar), at most 2000 characters.',
  })
  comment?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Budget for the year in MNOK; unchanged when omitted.',
  })
  budget?: number;

  @Field(() => [CostShareInput], {
    nullable: true,
    description:
      'Full cost distribution for the year; replaces the previous one and must add up to the budget.',
  })
  costShares?: CostShareInput[];

  @Field(() => Int, {
    nullable: true,
    description: 'The project version the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number;
}
