import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { containsPattern } from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { ProjectPhase, StatusColour } from './project-enums';
import { Project } from './project.entity';

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

const ORDER_COLUMNS: Record<ProjectOrderField, string> = {
  ID: 'project.id',
  NAME: 'project.name',
  PHASE: 'project.phase',
  STATUS: 'project.status',
  PRIORITY_CATEGORY: 'project.priority_category',
};

/** The filtered project query, shared by the page and its total count. */
export function filteredProjects(
  dataSource: DataSource,
  filter: ProjectFilter = {},
): SelectQueryBuilder<Project> {
  const query = dataSource.getRepository(Project).createQueryBuilder('project');
  const inList = <T>(column: string, name: string, values: T[] | undefined) => {
    if (values?.length) query.andWhere(`${column} IN (:...${name})`, { [name]: values });
  };
  inList('project.focus_area_code', 'focusAreaCodes', filter.focusAreaCodes);
  inList(
    'project.responsible_organisation_id',
    'organisationIds',
    filter.responsibleOrganisationIds,
  );
  inList('project.phase', 'phases', filter.phases);
  inList('project.status', 'statuses', filter.statuses);
  inList('project.priority_category', 'priorityCategories', filter.priorityCategories);
  if (filter.strategicAreaNumbers?.length) {
    const areas = query
      .subQuery()
      .select('area.code')
      .from(FocusArea, 'area')
      .where('area.strategic_area_number IN (:...strategicAreaNumbers)')
      .getQuery();
    query.andWhere(`project.focus_area_code IN ${areas}`, {
      strategicAreaNumbers: filter.strategicAreaNumbers,
    });
  }
  if (filter.search !== undefined && filter.search !== null) {
    const pattern = containsPattern('filter.search', filter.search.toLowerCase());
    query.andWhere(`LOWER(project.name) LIKE :search ESCAPE '!'`, { search: pattern });
  }
  return query;
}

/** Orders numerically by portfolio id where ids are numbers ("11" before "107"). */
export function orderProjects(query: SelectQueryBuilder<Project>, order?: ProjectOrder) {
  if (order && order.field !== ProjectOrderField.ID) {
    query.orderBy(ORDER_COLUMNS[order.field], order.direction);
    query.addOrderBy('LENGTH(project.id)', 'ASC').addOrderBy('project.id', 'ASC');
  } else {
    const direction = order?.direction ?? OrderDirection.ASC;
    query.orderBy('LENGTH(project.id)', direction).addOrderBy('project.id', direction);
  }
  return query;
}
