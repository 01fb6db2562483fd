import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  AKSON_ASSESSMENT_ID,
  AksonAssessment,
  AksonOwnershipCriterion,
  AksonOwnershipModel,
  AksonRisk,
  AksonTask,
  AksonTaskList,
} from './akson.entity';

export interface AksonAssessmentFile {
  id: string;
  title: string;
  agendaItemId: string;
  milestonePlanId: string | null;
  assignment: string;
  assignmentDate: string;
  additionalTasks: string[];
  additionalTaskKeywords: string[][];
  dependencyRequirements: string[];
  dependencyRequirementKeywords: string[][];
  riskTableTitle: string;
  risks: { number: number | null; risk: string; mitigations: string[] }[];
  ownershipQuestion: string;
  ownershipGuidelines: string[];
  ownershipGuidelinesSource: string;
  ownershipModelsTitle: string;
  ownershipModels: string[];
  ownershipCriteriaTitle: string;
  ownershipCriteria: { name: string; description: string }[];
}

export const aksonAssessmentData = () => dataFile<AksonAssessmentFile>('akson-assessment.json');

/** The Akson assessment under 20/19 (004): one row and its bounded lists. */
export async function seedAksonAssessment(manager: EntityManager) {
  const file = aksonAssessmentData();
  const assessmentId = AKSON_ASSESSMENT_ID;
  await manager.insert(AksonAssessment, {
    id: assessmentId,
    title: file.title,
    agendaItemId: file.agendaItemId,
    milestonePlanId: file.milestonePlanId,
    assignment: file.assignment,
    assignmentDate: file.assignmentDate,
    riskTableTitle: file.riskTableTitle,
    ownershipQuestion: file.ownershipQuestion,
    ownershipGuidelines: file.ownershipGuidelines,
    ownershipGuidelinesSource: file.ownershipGuidelinesSource,
    ownershipModelsTitle: file.ownershipModelsTitle,
    ownershipCriteriaTitle: file.ownershipCriteriaTitle,
  });
  const tasks = (list: AksonTaskList, texts: string[], highlighted: string[][]) =>
    texts.map((text, index) => ({
      assessmentId,
      list,
      number: index + 1,
      text,
      highlighted: highlighted[index] ?? [],
    }));
  await manager.insert(AksonTask, [
    ...tasks(AksonTaskList.ADDITIONAL, file.additionalTasks, file.additionalTaskKeywords),
    ...tasks(
      AksonTaskList.DEPENDENCY,
      file.dependencyRequirements,
      file.dependencyRequirementKeywords,
    ),
  ]);
  await manager.insert(
    AksonRisk,
    file.risks.map((risk, index) => ({ assessmentId, position: index + 1, ...risk })),
  );
  await manager.insert(
    AksonOwnershipModel,
    file.ownershipModels.map((name, index) => ({ assessmentId, number: index + 1, name })),
  );
  await manager.insert(
    AksonOwnershipCriterion,
    file.ownershipCriteria.map((criterion, index) => ({
      assessmentId,
      position: index + 1,
      ...criterion,
    })),
  );
}
