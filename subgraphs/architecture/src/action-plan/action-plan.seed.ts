import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { ActionPlan, ActionPlanMeasure, ActionPlanRiskFactor } from './action-plan.entity';

interface ActionPlanFile {
  id: string;
  title: string;
  riskFactors: string[];
  measures: { text: string; note: string | null }[];
}

/** "Handlingsplan mot 2013" (000): the plan row, its risk factors and measures in printed order. */
export async function seedActionPlan(manager: EntityManager) {
  const { riskFactors, measures, ...plan } = dataFile<ActionPlanFile>('action-plan-2013.json');
  await manager.insert(ActionPlan, plan);
  await manager.insert(
    ActionPlanRiskFactor,
    riskFactors.map((text, index) => ({ planId: plan.id, number: index + 1, text })),
  );
  await manager.insert(
    ActionPlanMeasure,
    measures.map((measure, index) => ({ planId: plan.id, number: index + 1, ...measure })),
  );
}
