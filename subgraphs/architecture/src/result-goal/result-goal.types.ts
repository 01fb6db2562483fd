import { Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { Measure } from './measure.entity';
import { MilestoneStatus } from './milestone.entity';

/** One connection type for every page of tiltak: the root list and an organisation's. */
export const MeasureConnection = ConnectionType(
  'Measure',
  Measure,
  valueObject('A page of Felles grunnmur tiltak.'),
);

@InputType({ description: 'Filters for the tiltak list; all given conditions must hold.' })
export class MeasureFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Resultatmål codes, e.g. ["RM3", "RM5"]; an unknown code is BAD_USER_INPUT.',
  })
  resultGoalCodes?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'Only tiltak this organisation is (co-)responsible for (ansvarlig).',
  })
  responsibleOrganisationId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only tiltak whose responsible is printed as "?"; false: only assigned ones.',
  })
  unassigned?: boolean;
}

@InputType({ description: 'A new status of a roadmap milestone (milepælstatus).' })
export class UpdateMilestoneStatusInput {
  @Field({ description: 'Code of the milestone (milepæl), e.g. "RM3-M1".' })
  milestoneCode: string;

  @Field(() => MilestoneStatus, { description: 'The status colour (statusfarge) now reported.' })
  status: MilestoneStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Tiltak started (igangsatte tiltak), 0 or more and at most the total; unchanged when omitted.',
  })
  measuresStarted?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Tiltak in the milestone (antall tiltak), 0 or more; unchanged when omitted.',
  })
  measuresTotal?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The milestone version the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number | null;
}

@InputType({ description: 'Who is responsible (ansvarlig) for a tiltak.' })
export class AssignMeasureResponsibleInput {
  @Field({ description: 'Code of the tiltak, e.g. "RM3-T4".' })
  measureCode: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Slug of the responsible organisation (virksomhet), e.g. "helse-vest-rhf"; must be given, null leaves the tiltak unassigned ("?"). ' +
      'An id not in the organisation register is BAD_USER_INPUT.',
  })
  organisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Responsible as shown (ansvarlig), at most 100 characters; when omitted "?" if unassigned, else the organisation id.',
  })
  responsibleText?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The tiltak version the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number | null;
}
