import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@ehelse/shared/db';
import { seedActionPlan } from './action-plan/action-plan.seed';
import { seedEffectGoals } from './effect-goal/effect-goal.seed';
import { seedFellesGrunnmurNeeds } from './felles-grunnmur-needs/felles-grunnmur-needs.seed';
import { seedFocusAreaPriorities } from './focus-area-priority/focus-area-priority.seed';
import { seedOneCitizenOneRecord } from './one-citizen-one-record/one-citizen-one-record.seed';
import { seedPrioritisation } from './prioritisation/prioritisation.seed';
import { seedResultGoals } from './result-goal/result-goal.seed';
import { seedSolutionRoadmap } from './solution-roadmap/solution-roadmap.seed';
import { seedStrategy } from './strategy/strategy.seed';
import { seedTargetPictures } from './target-picture/target-picture.seed';
import { seedWelfareTechnologyRollout } from './welfare-technology/welfare-technology-rollout.seed';
import { seedWelfareTechnology } from './welfare-technology/welfare-technology.seed';

async function loadDocuments(manager: EntityManager) {
  await seedResultGoals(manager);
  await seedFocusAreaPriorities(manager);
  await seedStrategy(manager);
  await seedEffectGoals(manager);
  await seedWelfareTechnology(manager);
  await seedTargetPictures(manager);
  await seedSolutionRoadmap(manager);
  await seedPrioritisation(manager);
}

/**
 * The documents' remaining facts (issue 14), in new tables only: a database seeded with
 * 'architecture-documents' before them receives them, and a fresh one loads both in turn.
 */
async function loadDocumentFacts(manager: EntityManager) {
  await seedActionPlan(manager);
  await seedOneCitizenOneRecord(manager);
  await seedWelfareTechnologyRollout(manager);
  await seedFellesGrunnmurNeeds(manager);
}

/** The first dataset alone: what databases seeded before issue 14's facts hold. */
export const seedFirstDocuments = (dataSource: DataSource) =>
  seedOnce(dataSource, 'architecture-documents', loadDocuments);

/** Seeds the documents' data once per database; true when it loaded anything. */
export async function seedArchitecture(dataSource: DataSource): Promise<boolean> {
  const documents = await seedFirstDocuments(dataSource);
  const facts = await seedOnce(dataSource, 'architecture-documents-more-facts', loadDocumentFacts);
  return documents || facts;
}
