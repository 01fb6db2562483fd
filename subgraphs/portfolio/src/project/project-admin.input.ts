import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ProjectPhase, StatusColour } from './project-enums';

@InputType({ description: 'A new project in the portfolio.' })
export class CreateProjectInput {
  @Field(() => ID, { description: 'Portfolio id: letters, digits and "-", at most 20.' })
  id: string;

  @Field({ description: 'Name (prosjekt-/programnavn).' })
  name: string;

  @Field(() => ID, { description: 'Responsible organisation; a reporter may only name its own.' })
  responsibleOrganisationId: string;

  @Field(() => String, { nullable: true, description: 'Project or programme leader.' })
  leader?: string;

  @Field(() => ProjectPhase, { description: 'Phase.' })
  phase: ProjectPhase;

  @Field(() => StatusColour, { nullable: true, description: 'Status colour.' })
  status?: StatusColour;

  @Field(() => Int, { nullable: true, description: 'Priority category, 1 or 2.' })
  priorityCategory?: number;

  @Field({ description: 'Innsatsområde code, e.g. "1.1".' })
  focusAreaCode: string;
}

@InputType({ description: 'Changes to a project’s master data; omitted fields stay as they are.' })
export class UpdateProjectInput {
  @Field(() => ID, { description: 'Portfolio id of the project.' })
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string;

  @Field(() => String, { nullable: true, description: 'New leader.' })
  leader?: string;

  @Field(() => Int, { nullable: true, description: 'New priority category.' })
  priorityCategory?: number;

  @Field(() => String, { nullable: true, description: 'New innsatsområde code.' })
  focusAreaCode?: string;

  @Field(() => ID, { nullable: true, description: 'New responsible organisation (admin only).' })
  responsibleOrganisationId?: string;
}

@InputType({ description: 'Money one project passes on to another (intern overføring).' })
export class RecordFundingTransferInput {
  @Field(() => Int, { description: 'Budget year.' })
  year: number;

  @Field(() => ID, { description: 'The project passing the money on.' })
  fromProjectId: string;

  @Field(() => ID, { description: 'The project receiving it.' })
  toProjectId: string;

  @Field(() => Float, {
    description:
      'Amount in MNOK, more than 0 and at most what the source project has left that year (its budget minus what it already transferred).',
  })
  amount: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the source project the client last read; a stale one is a CONFLICT. A transfer changes what the project has left, so it bumps that version.',
  })
  expectedVersion?: number;
}

@InputType({ description: 'Takes back a recorded transfer (tilbakeføring); admin only.' })
export class ReverseFundingTransferInput {
  @Field(() => ID, { description: 'Number of the transfer to reverse.' })
  transferId: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the transfer’s source project the client last read; a stale one is a CONFLICT.',
  })
  expectedVersion?: number;

  @Field({
    description: 'Why the transfer is reversed (begrunnelse), kept with it and in the audit trail.',
  })
  reason: string;
}
