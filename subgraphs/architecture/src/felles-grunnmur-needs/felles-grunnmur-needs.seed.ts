import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  FellesGrunnmurContinuation,
  FellesGrunnmurImplementationModel,
  FellesGrunnmurNeeds,
  FellesGrunnmurNeedsMeasure,
  FellesGrunnmurPriority,
} from './felles-grunnmur-needs.entity';

type NeedsRow = Omit<FellesGrunnmurNeeds, 'investmentExcludedProjectId'>;

interface NeedsFile extends NeedsRow {
  investmentExcludedProjectId: string | null;
  measureCodes: string[];
  priorities: { area: string; resultGoalCode: string | null; items: string[] }[];
  continued: { text: string; projectId: string | null; resultGoalCode: string | null }[];
  implementationModels: string[];
}

/** The Felles grunnmur needs for 2020 (004, sak 21/19). */
export async function seedFellesGrunnmurNeeds(manager: EntityManager) {
  const { measureCodes, priorities, continued, implementationModels, ...needs } =
    dataFile<NeedsFile>('felles-grunnmur-2020.json');
  const needsId = needs.id;
  await manager.insert(FellesGrunnmurNeeds, needs);
  await manager.insert(
    FellesGrunnmurNeedsMeasure,
    measureCodes.map((measureCode, index) => ({ needsId, measureCode, position: index + 1 })),
  );
  await manager.insert(
    FellesGrunnmurPriority,
    priorities.map((priority, index) => ({ ...priority, needsId, position: index + 1 })),
  );
  await manager.insert(
    FellesGrunnmurContinuation,
    continued.map((entry, index) => ({ ...entry, needsId, position: index + 1 })),
  );
  await manager.insert(
    FellesGrunnmurImplementationModel,
    implementationModels.map((text, index) => ({ needsId, number: index + 1, text })),
  );
}
