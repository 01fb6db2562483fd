import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  WelfareTechnologyAssignment,
  WelfareTechnologyProgramme,
} from './welfare-technology.entity';

interface ProgrammeFile {
  name: string;
  projectId: string | null;
  description: string;
  definition: string;
  technologyCategories: string[];
  directorateRole: string;
  assignments: { number: number; title: string; mainGoal: string }[];
}

const PROGRAMME_ID = 'velferdsteknologiprogrammet';

export async function seedWelfareTechnology(manager: EntityManager) {
  const { assignments, ...programme } = dataFile<ProgrammeFile>(
    'welfare-technology-programme.json',
  );
  await manager.insert(WelfareTechnologyProgramme, { id: PROGRAMME_ID, ...programme });
  await manager.insert(
    WelfareTechnologyAssignment,
    assignments.map((assignment) => ({ ...assignment, programmeId: PROGRAMME_ID })),
  );
}
