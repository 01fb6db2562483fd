import { defineLoader, rowsBy } from '@ehelse/shared/graphql';
import { TargetPicture } from '../target-picture/target-picture.entity';
import { ActionPlanMeasure, ActionPlanRiskFactor } from './action-plan.entity';

const inPrintedOrder = { order: { number: 'ASC' } } as const;

/** The risk factors of each action plan, in printed order. */
export const riskFactorsByPlan = rowsBy(ActionPlanRiskFactor, 'planId', inPrintedOrder);

/** The measures of each action plan, in printed order. */
export const measuresByPlan = rowsBy(ActionPlanMeasure, 'planId', inPrintedOrder);

/**
 * The målbilder of each action plan. The documents have one plan, and target_picture (older
 * than the plan's table) holds its målbilder without a plan column: every key gets them all.
 */
export const targetPicturesByPlan = defineLoader<string, TargetPicture[]>(
  'TargetPicture rows by action plan',
  async (keys, dataSource) => {
    const rows = await dataSource.getRepository(TargetPicture).find({ order: { number: 'ASC' } });
    return keys.map(() => rows);
  },
);
