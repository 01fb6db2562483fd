import { defineLoader, findRows, groupBy, rowsBy } from '@ehelse/shared/graphql';
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

/** The cities of each rollout wave, keyed "programme:wave", in printed order. */
export const citiesByWave = defineLoader<string, WelfareTechnologyRolloutCity[]>(
  'WelfareTechnologyRolloutCity rows by wave',
  async (keys, dataSource) => {
    const programmeIds = [...new Set(keys.map((key) => key.split(':')[0]))];
    const rows = await findRows(dataSource, WelfareTechnologyRolloutCity, {
      column: 'programmeId',
      keys: programmeIds,
      order: { waveNumber: 'ASC', position: 'ASC' },
    });
    return groupBy(rows, keys, (row) => waveKey(row.programmeId, row.waveNumber));
  },
);

/** The key of a rollout wave for citiesByWave. */
export const waveKey = (programmeId: string, waveNumber: number) => `${programmeId}:${waveNumber}`;
