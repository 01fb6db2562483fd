import type { DataSource, EntityManager } from 'typeorm';
import { seedOnce } from '@ehelse/shared/db';
import { seedEffectGoals } from './effect-goal/effect-goal.seed';
import { seedFocusAreaPriorities } from './focus-area-priority/focus-area-priority.seed';
import { seedPrioritisation } from './prioritisation/prioritisation.seed';
import { seedResultGoals } from './result-goal/result-goal.seed';
import { seedSolutionRoadmap } from './solution-roadmap/solution-roadmap.seed';
import { seedStrategy } from './strategy/strategy.seed';
import { seedTargetPictures } from './target-picture/target-picture.seed';
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

/** Seeds the documents' data once per database. */
export const seedArchitecture = (dataSource: DataSource) =>
  seedOnce(dataSource, 'architecture-documents', loadDocuments);
