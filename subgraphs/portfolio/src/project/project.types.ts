import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ConnectionType, valueObject } from '@ehelse/shared/graphql';
import { ProjectPhase, StatusColour } from './project-enums';
import { Project } from './project.entity';

/** One connection type for every page of projects: the root list and the nested ones. */
export const ProjectConnection = ConnectionType(
  'Project',
  Project,
  valueObject('A page of portfolio projects.'),
);

@InputType({ description: 'Filters for the project list; all given conditions must hold.' })
export class ProjectFilter {
  @Field(() => [String], {
    nullable: true,
    description: 'Innsatsområde codes, e.g. ["1.1", "5.1"].',
  })
  focusAreaCodes?: string[];

  @Field(() => [Int], {
    nullable: true,
    description: 'Strategic area numbers (satsingsområder), 1 to 6.',
  })
  strategicAreaNumbers?: number[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Responsible organisations (ansvarlig virksomhet) by id.',
  })
  responsibleOrganisationIds?: string[];

  @Field(() => [ProjectPhase], { nullable: true, description: 'Phases (fase).' })
  phases?: ProjectPhase[];

  @Field(() => [StatusColour], { nullable: true, description: 'Status colours (status).' })
  statuses?: StatusColour[];

  @Field(() => [Int], {
    nullable: true,
    description: 'Priority categories (prioriteringskategori).',
  })
  priorityCategories?: number[];

  @Field(() => String, {
    nullable: true,
    description: 'Text the project name contains (case-insensitive).',
  })
  search?: string;
}

export enum ProjectOrderField {
  ID = 'ID',
  NAME = 'NAME',
  PHASE = 'PHASE',
  STATUS = 'STATUS',
  PRIORITY_CATEGORY = 'PRIORITY_CATEGORY',
}
registerEnumType(ProjectOrderField, {
  name: 'ProjectOrderField',
  description: 'What to order the project list by; the portfolio id breaks ties.',
});

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending.',
});

@InputType({ description: 'Ordering of the project list.' })
export class ProjectOrder {
  @Field(() => ProjectOrderField, { description: 'The field to order by.' })
  field: ProjectOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction: OrderDirection;
}

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
