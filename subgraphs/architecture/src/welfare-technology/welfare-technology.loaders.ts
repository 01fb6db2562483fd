import { rowsBy } from '@ehelse/shared/graphql';
import {
  WelfareTechnologyEffect,
  WelfareTechnologyExample,
  WelfareTechnologyRolloutCity,
  WelfareTechnologyRolloutWave,
} from './welfare-technology-rollout.entity';
import { WelfareTechnologyAssignment } from './welfare-technology.entity';

/** The assignments of each programme, in order. */
export const assignmentsByProgramme = rowsBy(WelfareTechnologyAssignment, 'programmeId', {
  order: { number: 'ASC' },
});

/** The effects of each programme, in slide order. */
export const effectsByProgramme = rowsBy(WelfareTechnologyEffect, 'programmeId', {
  order: { position: 'ASC' },
});

/** The example technologies of each programme, in slide order. */
export const examplesByProgramme = rowsBy(WelfareTechnologyExample, 'programmeId', {
  order: { position: 'ASC' },
});

/** The rollout waves of each programme, in order. */
export const rolloutWavesByProgramme = rowsBy(WelfareTechnologyRolloutWave, 'programmeId', {
  order: { number: 'ASC' },
});

/**
 * The rollout cities of each programme, by wave and in printed order; a wave takes its own
 * by number (one statement for every wave of the request).
 */
export const rolloutCitiesByProgramme = rowsBy(WelfareTechnologyRolloutCity, 'programmeId', {
  order: { waveNumber: 'ASC', position: 'ASC' },
});
