import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  RoadmapActivity,
  RoadmapActivityOrganisation,
  RoadmapGoal,
} from './solution-roadmap.entity';

interface RoadmapGoalRow {
  goal: string;
  objective: string;
  activities: {
    sector: string | null;
    actorText: string;
    organisationId: string | null;
    organisationIds: string[];
    activity2023: string;
    periodFrom: number | null;
    periodTo: number | null;
    periodText: string | null;
  }[];
}

export async function seedSolutionRoadmap(manager: EntityManager) {
  const goals = dataFile<RoadmapGoalRow[]>('roadmap-2023.json');
  await manager.insert(
    RoadmapGoal,
    goals.map(({ goal, objective }, index) => ({ number: index + 1, title: goal, objective })),
  );
  const activities = goals.flatMap((goal, index) =>
    goal.activities.map((activity) => ({ goalNumber: index + 1, activity })),
  );
  await manager.insert(
    RoadmapActivity,
    activities.map(({ goalNumber, activity }, index) => ({
      id: index + 1,
      goalNumber,
      sector: activity.sector,
      actorText: activity.actorText,
      organisationId: activity.organisationId,
      activity: activity.activity2023,
      periodFrom: activity.periodFrom,
      periodTo: activity.periodTo,
      periodText: activity.periodText,
    })),
  );
  await manager.insert(
    RoadmapActivityOrganisation,
    activities.flatMap(({ activity }, index) =>
      activity.organisationIds.map((organisationId, position) => ({
        activityId: index + 1,
        organisationId,
        position,
      })),
    ),
  );
}
