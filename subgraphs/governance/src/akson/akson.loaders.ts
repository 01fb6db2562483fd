import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import {
  AksonAssessment,
  AksonOwnershipCriterion,
  AksonOwnershipModel,
  AksonRisk,
  AksonTask,
  AksonTaskList,
} from './akson.entity';

/** An Akson assessment by id; null where none exists. */
export const aksonAssessmentById = rowBy(AksonAssessment, 'id');

/** The ministry's additional tasks (tilleggsoppgaver) by assessment id, by number. */
export const additionalTasksByAssessment = rowsBy(AksonTask, 'assessmentId', {
  where: { list: AksonTaskList.ADDITIONAL },
  order: { number: 'ASC' },
});

/** The requirements on dependencies (avhengigheter) by assessment id, by number. */
export const dependencyRequirementsByAssessment = rowsBy(AksonTask, 'assessmentId', {
  where: { list: AksonTaskList.DEPENDENCY },
  order: { number: 'ASC' },
});

/** The risk table's rows by assessment id, in table order. */
export const risksByAssessment = rowsBy(AksonRisk, 'assessmentId', {
  order: { position: 'ASC' },
});

/** The ownership models by assessment id, by number. */
export const ownershipModelsByAssessment = rowsBy(AksonOwnershipModel, 'assessmentId', {
  order: { number: 'ASC' },
});

/** The criteria for choosing an ownership model by assessment id, in table order. */
export const ownershipCriteriaByAssessment = rowsBy(AksonOwnershipCriterion, 'assessmentId', {
  order: { position: 'ASC' },
});
