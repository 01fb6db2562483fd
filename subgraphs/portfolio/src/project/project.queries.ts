import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  requireAllExist,
  connectionFromQuery,
  containsPattern,
  requireId,
  type Context,
  type PageArgs,
} from '@ehelse/shared/graphql';
import { FocusArea } from '../focus-area/focus-area.entity';
import { focusAreaByCode, strategicAreaByNumber } from '../focus-area/focus-area.loaders';
import { organisationById } from '../organisation/organisation.loaders';
import { Project } from './project.entity';
import {
  OrderDirection,
  ProjectOrderField,
  type ProjectFilter,
  type ProjectOrder,
} from './project.types';

/**
 * An unknown id in the filter is the caller's mistake (BAD_USER_INPUT naming the filter
 * field), not an empty page. The lookups go through the request's loaders, so the rows
 * they read serve the page's `focusArea` and `responsibleOrganisation` without a second read.
 */
export async function checkProjectFilter({ loaders }: Context, filter: ProjectFilter = {}) {
  // Ids that cannot exist are refused before the lookups (same error, no query); the field
  // names the entry, as architecture's filters do: "filter.focusAreaCodes[1]".
  filter.focusAreaCodes?.forEach((code, index) =>
    requireId('code', `filter.focusAreaCodes[${index}]`, code),
  );
  filter.responsibleOrganisationIds?.forEach((id, index) =>
    requireId('slug', `filter.responsibleOrganisationIds[${index}]`, id),
  );
  await requireAllExist(
    loaders.of(focusAreaByCode),
    'filter.focusAreaCodes',
    'innsatsområde',
    filter.focusAreaCodes,
  );
  await requireAllExist(
    loaders.of(organisationById),
    'filter.responsibleOrganisationIds',
    'organisation',
    filter.responsibleOrganisationIds,
  );
  await requireAllExist(
    loaders.of(strategicAreaByNumber),
    'filter.strategicAreaNumbers',
    'satsingsområde',
    filter.strategicAreaNumbers,
  );
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

/**
 * LENGTH(project.id), kept by the database in a generated column with an index on
 * (id_length, id) (migration 1733400000001): the id order reads a page from the index.
 */
const ID_LENGTH = 'project.id_length';

/** Orders numerically by portfolio id where ids are numbers ("11" before "107"). */
export function orderProjects(query: SelectQueryBuilder<Project>, order?: ProjectOrder) {
  if (order && order.field !== ProjectOrderField.ID) {
    query.orderBy(ORDER_COLUMNS[order.field], order.direction);
    query.addOrderBy(ID_LENGTH, 'ASC').addOrderBy('project.id', 'ASC');
  } else {
    const direction = order?.direction ?? OrderDirection.ASC;
    query.orderBy(ID_LENGTH, direction).addOrderBy('project.id', direction);
  }
  return query;
}

/**
 * A page of the portfolio's projects (`Query.projects`): the filter is checked first (an
 * unknown id in it is BAD_USER_INPUT), then the ordered page and its total count are read.
 */
export async function projectsPage(
  context: Context,
  pageArgs: PageArgs,
  filter: ProjectFilter | undefined,
  orderBy: ProjectOrder | undefined,
  { counted = true }: { counted?: boolean } = {},
) {
  await checkProjectFilter(context, filter);
  return connectionFromQuery(
    pageArgs,
    () => orderProjects(filteredProjects(context.dataSource, filter), orderBy),
    context.config.maxPageSize,
    { counted },
  );
}
