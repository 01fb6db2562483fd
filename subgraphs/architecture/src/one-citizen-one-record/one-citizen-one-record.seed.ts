import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  OneCitizenOneRecord,
  SystemArea,
  SystemAreaFunction,
  WhitePaperGoal,
} from './one-citizen-one-record.entity';

interface InitiativeFile {
  id: string;
  name: string;
  whitePaper: string;
  whitePaperStatement: string;
  coreSystemStatement: string;
  whitePaperGoals: { number: number; text: string; heading: string | null }[];
  systemAreas: {
    id: string;
    name: string;
    partOfCoreSystem: boolean;
    description: string | null;
    remark: string | null;
    functions: { letter: string; text: string }[];
  }[];
}

/** "Én innbygger – én journal" (001): the white paper's goals and the system areas. */
export async function seedOneCitizenOneRecord(manager: EntityManager) {
  const { whitePaperGoals, systemAreas, ...initiative } = dataFile<InitiativeFile>(
    'one-citizen-one-record.json',
  );
  await manager.insert(OneCitizenOneRecord, initiative);
  await manager.insert(
    WhitePaperGoal,
    whitePaperGoals.map((goal) => ({ ...goal, initiativeId: initiative.id })),
  );
  await manager.insert(
    SystemArea,
    systemAreas.map(({ functions: _functions, ...area }, index) => ({
      ...area,
      initiativeId: initiative.id,
      position: index + 1,
    })),
  );
  const functions = systemAreas.flatMap((area) =>
    area.functions.map((entry) => ({ ...entry, areaId: area.id })),
  );
  if (functions.length) await manager.insert(SystemAreaFunction, functions);
}
