import { rowBy, rowsBy } from '@ehelse/shared/graphql';
import {
  RoadmapActivity,
  RoadmapActivityOrganisation,
  RoadmapGoal,
} from './solution-roadmap.entity';

/** A roadmap goal by its number; null where none exists. */
export const roadmapGoalByNumber = rowBy<RoadmapGoal, number>(RoadmapGoal, 'number');

/** The activities of each roadmap goal, by goal number, in printed order. */
export const activitiesByGoal = rowsBy<RoadmapActivity, number>(RoadmapActivity, 'goalNumber', {
  order: { id: 'ASC' },
});

/** The links to the organisations each activity's actor cell names, in printed order. */
export const organisationLinksByActivity = rowsBy<RoadmapActivityOrganisation, number>(
  RoadmapActivityOrganisation,
  'activityId',
  { order: { position: 'ASC' } },
);
