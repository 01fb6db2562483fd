import type { EntityTarget } from 'typeorm';
import {
  columnOf,
  defineLoader,
  rowBy,
  rowsBy,
  rowsThroughLink,
  tableOf,
} from '@ehelse/shared/graphql';
import { MeasureOrganisation, MeasureProject, ResultGoalProject } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';

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
 * joined to its tiltak, so one statement serves every key of the request. Written out as
 * TypeORM's find with the relation builds it (a left join), without its query building and
 * hydration: the dashboard's hot path.
 */
function measuresByLink<T extends MeasureProject | MeasureOrganisation>(
  link: new () => T,
  column: 'projectId' | 'organisationId',
) {
  return defineLoader<string, Measure[]>(
    `Measure rows by ${link.name}.${column}`,
    (keys, dataSource) => {
      const linkColumn = (property: 'measureCode' | typeof column) =>
        columnOf(
          dataSource,
          link as EntityTarget<MeasureProject & MeasureOrganisation>,
          'link',
          property,
        );
      return rowsThroughLink(dataSource, keys, {
        entity: Measure,
        alias: 'measure',
        key: linkColumn(column),
        from:
          `FROM ${tableOf(dataSource, link)} link LEFT JOIN ${tableOf(dataSource, Measure)} measure` +
          ` ON ${columnOf(dataSource, Measure, 'measure', 'code')} = ${linkColumn('measureCode')}`,
        orderBy: [columnOf(dataSource, Measure, 'measure', 'position')],
      });
    },
  );
}

/** The tiltak each portfolio project carries out, in plan order. */
export const measuresByProject = measuresByLink(MeasureProject, 'projectId');

/** The tiltak each organisation is named responsible for, in plan order. */
export const measuresByOrganisation = measuresByLink(MeasureOrganisation, 'organisationId');
