import {
  requireAllExist,
  connectionFromQuery,
  requireId,
  validate,
  type Context,
  type PageArgs,
} from '@ehelse/shared/graphql';
import { MeasureOrganisation } from './measure-links.entity';
import { Measure } from './measure.entity';
import { resultGoalByCode } from './result-goal.loaders';
import type { MeasureFilter } from './result-goal.types';

/**
 * A missing id inside a filter is the caller's mistake, not an empty result: an unknown
 * resultatmål is BAD_USER_INPUT naming the entry. Organisations belong to portfolio, so
 * only their form is checked here.
 */
async function checkMeasureFilter(context: Context, filter: MeasureFilter | undefined) {
  if (filter?.responsibleOrganisationId) {
    validate.organisationId('filter.responsibleOrganisationId', filter.responsibleOrganisationId);
  }
  const codes = filter?.resultGoalCodes ?? [];
  if (codes.length === 0) return;
  codes.forEach((code, index) => requireId('code', `filter.resultGoalCodes[${index}]`, code));
  await requireAllExist(
    context.loaders.of(resultGoalByCode),
    'filter.resultGoalCodes',
    'resultatmål',
    codes,
  );
}

/** The filtered tiltak in plan order, built afresh for the count and for the page. */
function filteredMeasures({ dataSource }: Context, filter: MeasureFilter) {
  const query = dataSource
    .getRepository(Measure)
    .createQueryBuilder('measure')
    .orderBy('measure.position', 'ASC')
    .addOrderBy('measure.code', 'ASC');
  if (filter.resultGoalCodes?.length) {
    query.andWhere('measure.result_goal_code IN (:...codes)', { codes: filter.resultGoalCodes });
  }
  if (filter.responsibleOrganisationId) {
    const responsible = query
      .subQuery()
      .select('link.measure_code')
      .from(MeasureOrganisation, 'link')
      .where('link.organisation_id = :organisationId')
      .getQuery();
    query.andWhere(`measure.code IN ${responsible}`, {
      organisationId: filter.responsibleOrganisationId,
    });
  }
  if (filter.unassigned !== undefined && filter.unassigned !== null) {
    query.andWhere(
      filter.unassigned
        ? 'measure.responsible_organisation_id IS NULL'
        : 'measure.responsible_organisation_id IS NOT NULL',
    );
  }
  return query;
}

/** A page of the filtered tiltak, in plan order, with the count over all pages. */
export async function measuresPage(
  context: Context,
  pageArgs: PageArgs,
  filter: MeasureFilter | undefined,
) {
  await checkMeasureFilter(context, filter);
  return connectionFromQuery(
    pageArgs,
    () => filteredMeasures(context, filter ?? {}),
    context.config.maxPageSize,
  );
}
