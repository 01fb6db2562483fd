import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  WelfareTechnologyEffect,
  WelfareTechnologyExample,
  type WelfareTechnologyEffectKind,
  WelfareTechnologyRolloutCity,
  WelfareTechnologyRolloutWave,
} from './welfare-technology-rollout.entity';

interface EffectsRolloutFile {
  programmeId: string;
  effects: { kind: WelfareTechnologyEffectKind; text: string }[];
  exampleTechnologies: string[];
  rolloutWaves: {
    number: number;
    name: string;
    cities: { name: string; organisationId: string | null }[];
  }[];
}

/** The welfare technology programme's effects, example technologies and rollout waves (001). */
export async function seedWelfareTechnologyRollout(manager: EntityManager) {
  const { programmeId, effects, exampleTechnologies, rolloutWaves } = dataFile<EffectsRolloutFile>(
    'welfare-technology-effects-rollout.json',
  );
  await manager.insert(
    WelfareTechnologyEffect,
    effects.map((effect, index) => ({ ...effect, programmeId, position: index + 1 })),
  );
  await manager.insert(
    WelfareTechnologyExample,
    exampleTechnologies.map((name, index) => ({ programmeId, position: index + 1, name })),
  );
  await manager.insert(
    WelfareTechnologyRolloutWave,
    rolloutWaves.map(({ number, name }) => ({ programmeId, number, name })),
  );
  const cities = rolloutWaves.flatMap((wave) =>
    wave.cities.map((city, index) => ({
      ...city,
      programmeId,
      waveNumber: wave.number,
      position: index + 1,
    })),
  );
  if (cities.length) await manager.insert(WelfareTechnologyRolloutCity, cities);
}
