import {
  requireAllExist,
  connectionFromQuery,
  validate,
  type Context,
  type PageArgs,
} from '@ehelse/shared/graphql';
import { RoadmapActivity, RoadmapActivityOrganisation } from './solution-roadmap.entity';
import { roadmapGoalByNumber } from './solution-roadmap.loaders';
import type { RoadmapActivityFilter } from './solution-roadmap.types';

/**
 * A missing id inside a filter is the caller's mistake, not an empty result: an unknown
 * goal number is BAD_USER_INPUT naming the entry. Organisations belong to portfolio, so
 * only their form is checked here.
 */
async function checkActivityFilter(context: Context, filter: RoadmapActivityFilter | undefined) {
  if (filter?.organisationId)
    validate.organisationId('filter.organisationId', filter.organisationId);
  const numbers = filter?.goalNumbers ?? [];
  if (numbers.length === 0) return;
  await requireAllExist(
    context.loaders.of(roadmapGoalByNumber),
    'filter.goalNumbers',
    'roadmap goal',
    numbers,
  );
}

/** The filtered activities in printed order, built afresh for the count and for the page. */
function filteredActivities({ dataSource }: Context, filter: RoadmapActivityFilter) {
  const query = dataSource
    .getRepository(RoadmapActivity)
    .createQueryBuilder('activity')
    .orderBy('activity.id', 'ASC');
  if (filter.goalNumbers?.length)
    query.andWhere('activity.goal_number IN (:...goals)', { goals: filter.goalNumbers });
  if (filter.sector) query.andWhere('activity.sector = :sector', { sector: filter.sector });
  if (filter.organisationId) {
    const named = query
      .subQuery()
      .select('link.activity_id')
      .from(RoadmapActivityOrganisation, 'link')
      .where('link.organisation_id = :organisationId')
      .getQuery();
    query.andWhere(`activity.id IN ${named}`, { organisationId: filter.organisationId });
  }
  if (filter.activeIn !== undefined && filter.activeIn !== null) {
    query
      .andWhere('(activity.period_from IS NULL OR activity.period_from <= :year)', {
        year: filter.activeIn,
      })
      .andWhere('(activity.period_to IS NULL OR activity.period_to >= :year)');
  }
  return query;
}

/** A page of the filtered activities, in printed order, with the count over all pages. */
export async function roadmapActivitiesPage(
  context: Context,
  pageArgs: PageArgs,
  filter: RoadmapActivityFilter | undefined,
) {
  await checkActivityFilter(context, filter);
  return connectionFromQuery(
    pageArgs,
    () => filteredActivities(context, filter ?? {}),
    context.config.maxPageSize,
  );
}
