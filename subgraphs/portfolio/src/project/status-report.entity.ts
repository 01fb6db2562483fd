import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { privateField, publicData } from '@ehelse/shared/graphql';
import { MONEY } from '@ehelse/shared/db';
import { ProjectPhase, StatusColour } from './project-enums';

export interface ReportedShare {
  funderCode: string;
  amount: number;
}

/** What `reportedBy` answers to callers who may not see a reporter's token subject. */
export const REDACTED_SUBJECT = 'redacted';
const REPORTED_BY_DESCRIPTION = `Token subject of who reported (rapportert av); "${REDACTED_SUBJECT}" unless the caller is an admin or acts for the project’s organisation or the reporting one.`;

@Entity('project_status_report')
@Index(['projectId', 'id'])
@publicData()
@ObjectType({
  description:
    'One status report (statusrapport) on a project for a year, as submitted; the history is kept.',
})
export class ProjectStatusReport {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: 'Report number.' })
  id: number;

  @Column({ name: 'project_id', type: 'varchar', length: 20 })
  projectId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'The year reported on (rapporteringsår).' })
  year: number;

  @Column({ type: 'varchar', length: 10 })
  @Field(() => StatusColour, { description: 'Reported status colour.' })
  status: StatusColour;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => ProjectPhase, { description: 'Phase after the report.' })
  phase: ProjectPhase;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Comment (kommentar).' })
  comment: string | null;

  @Column({ ...MONEY, nullable: true })
  @Field(() => Float, {
    nullable: true,
    description: 'Reported budget for the year in MNOK, if reported.',
  })
  budget: number | null;

  @Column({
    name: 'cost_shares',
    type: 'text',
    nullable: true,
    transformer: {
      to: (v: ReportedShare[] | null) => (v ? JSON.stringify(v) : null),
      from: (v: string | null) => (v ? JSON.parse(v) : null),
    },
  })
  costShares: ReportedShare[] | null;

  @Column({ name: 'reported_by', type: 'varchar', length: 200 })
  @Field({ description: REPORTED_BY_DESCRIPTION })
  // Resolved by who asks (see StatusReportResolver.reportedBy): an answer with it is private.
  @privateField()
  reportedBy: string;

  @Column({ name: 'reporting_organisation_id', type: 'varchar', length: 100, nullable: true })
  reportingOrganisationId: string | null;

  @Column({ name: 'reported_at', type: 'varchar', length: 30 })
  @Field({ description: 'When (tidspunkt), ISO 8601 UTC.' })
  reportedAt: string;

  @Column({ name: 'project_version', type: 'int' })
  @Field(() => Int, { description: 'The project version this report produced.' })
  projectVersion: number;
}
