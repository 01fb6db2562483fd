import { rowsBy } from '@ehelse/shared/graphql';
import {
  BenefitCase,
  BenefitCaseBaselineRow,
  BenefitCaseBenefit,
  BenefitCaseFigure,
} from './benefit-case.entity';

/** The benefit cases of each project, by id. */
export const benefitCasesByProject = rowsBy<BenefitCase, string>(BenefitCase, 'projectId', {
  order: { id: 'ASC' },
});

/** The figures of each case, in printed order. */
export const figuresByCase = rowsBy<BenefitCaseFigure, string>(BenefitCaseFigure, 'caseId', {
  order: { position: 'ASC' },
});

/** The benefit cards of each case, in printed order. */
export const benefitsByCase = rowsBy<BenefitCaseBenefit, string>(BenefitCaseBenefit, 'caseId', {
  order: { position: 'ASC' },
});

/** The baseline table rows of each case, in printed order. */
export const baselineRowsByCase = rowsBy<BenefitCaseBaselineRow, string>(
  BenefitCaseBaselineRow,
  'caseId',
  { order: { position: 'ASC' } },
);
