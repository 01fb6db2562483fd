export { listPolicyOf, listPolicyOfSchema, type FieldPolicy, type ListPolicy } from './list-policy';
export { scanDocument } from './document-scan';
export { estimateCost, operationOf, INTROSPECTION_COST, type CostEstimate } from './query-cost';
export { costLimitPlugin, limitValidationRules, type CostBudget } from './limits-plugin';
export { documentGuard } from './document-guard';
