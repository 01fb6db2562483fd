import { In } from 'typeorm';
import {
  requireAllExist,
  connectionFromQuery,
  defineLoader,
  groupBy,
  requireId,
  rowBy,
  rowsBy,
  validate,
  type Context,
  type PageArgs,
} from '@ehelse/shared/graphql';
import { MeasureOrganisation, MeasureProject, ResultGoalProject } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';
import type { MeasureFilter } from './result-goal.types';

const inPlanOrder = { order: { position: 'ASC' } } as const;

/** A resultatmål by its code, e.g. "RM3"; null where none exists. */
export const resultGoalByCode = rowBy(ResultGoal, 'code');

/** A tiltak by its code, e.g. "RM3-T4"; null where none exists. */
export const measureByCode = rowBy(Measure, 'code');

/** A milestone by its code; null where none exists. */
export const milestoneByCode = rowBy(Milestone, 'code');

/** The milestones of each resultatmål, in plan order. */
export const milestonesByResultGoal = rowsBy(Milestone, 'resultGoalCode', inPlanOrder);

/** The tiltak of each resultatmål, in plan order. */
export const measuresByResultGoal = rowsBy(Measure, 'resultGoalCode', inPlanOrder);

/** The links to the portfolio projects that carry a resultatmål as a whole. */
export const projectLinksByResultGoal = rowsBy(ResultGoalProject, 'resultGoalCode', inPlanOrder);

/** The links to the organisations named responsible for a tiltak, in printed order. */
export const organisationLinksByMeasure = rowsBy(MeasureOrganisation, 'measureCode', inPlanOrder);

/** The links to the portfolio projects that carry out a tiltak. */
export const projectLinksByMeasure = rowsBy(MeasureProject, 'measureCode', inPlanOrder);

/**
 * Tiltak per linked key (project or organisation), in plan order: the link table is
 * joined to its tiltak, so one statement serves every key of the request.
 */
function measuresByLink<T extends MeasureProject | MeasureOrganisation>(
  link: new () => T,
  column: 'projectId' | 'organisationId',
) {
  return defineLoader<string, Measure[]>(
    `Measure rows by ${link.name}.${column}`,
    async (keys, dataSource) => {
      const rows = (await dataSource.getRepository(link).find({
        where: { [column]: In([...keys]) } as never,
        relations: { measure: true } as never,
        order: { measure: { position: 'ASC' } } as never,
      })) as T[];
      return groupBy(rows, keys, (row) => (row as unknown as Record<string, unknown>)[column]).map(
        (links) => links.map((row) => row.measure),
      );
    },
  );
}

/** The tiltak each portfolio project carries out, in plan order. */
export const measuresByProject = measuresByLink(MeasureProject, 'projectId');

/** The tiltak each organisation is named responsible for, in plan order. */
export const measuresByOrganisation = measuresByLink(MeasureOrganisation, 'organisationId');

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
