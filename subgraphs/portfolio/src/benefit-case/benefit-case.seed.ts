import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  BenefitCase,
  BenefitCaseBaselineRow,
  BenefitCaseBenefit,
  BenefitCaseFigure,
  type PrintedColumn,
} from './benefit-case.entity';

interface BenefitCaseFile extends Omit<
  BenefitCase,
  'baselineHeading' | 'baselineLine' | 'baselineColumns'
> {
  figures: Omit<BenefitCaseFigure, 'caseId' | 'position' | 'id'>[];
  benefits: Omit<BenefitCaseBenefit, 'caseId' | 'position' | 'id'>[];
  baseline: {
    heading: string;
    line: number;
    columns: PrintedColumn[];
    rows: Omit<BenefitCaseBaselineRow, 'caseId' | 'position' | 'id'>[];
  };
}

/** Document 004, Sak 23/19: the Helsedataprogrammet benefit case (data/helsedata-benefit-case.json). */
export async function seedBenefitCases(manager: EntityManager) {
  const { figures, benefits, baseline, ...benefitCase } = dataFile<BenefitCaseFile>(
    'helsedata-benefit-case.json',
  );
  await manager.insert(BenefitCase, {
    ...benefitCase,
    baselineHeading: baseline.heading,
    baselineLine: baseline.line,
    baselineColumns: baseline.columns,
  });
  const caseId = benefitCase.id;
  const numbered = <T>(rows: T[]) =>
    rows.map((row, index) => ({ ...row, caseId, position: index + 1 }));
  await manager.insert(BenefitCaseFigure, numbered(figures));
  await manager.insert(BenefitCaseBenefit, numbered(benefits));
  await manager.insert(BenefitCaseBaselineRow, numbered(baseline.rows));
}
