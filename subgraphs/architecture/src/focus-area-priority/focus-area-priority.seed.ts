import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { FocusAreaPriorityGroup, FocusAreaPriorityMember } from './focus-area-priority.entity';

interface PriorityRow {
  rank: number;
  name: string;
  focusAreaCodes: string[];
  year: number;
}

export async function seedFocusAreaPriorities(manager: EntityManager) {
  const groups = dataFile<PriorityRow[]>('focus-area-priorities.json');
  await manager.insert(
    FocusAreaPriorityGroup,
    groups.map(({ year, rank, name }) => ({ year, priority: rank, name })),
  );
  await manager.insert(
    FocusAreaPriorityMember,
    groups.flatMap((g) =>
      g.focusAreaCodes.map((focusAreaCode) => ({ year: g.year, priority: g.rank, focusAreaCode })),
    ),
  );
}
