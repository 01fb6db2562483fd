import { rowsBy } from '@ehelse/shared/graphql';
import { SystemArea, SystemAreaFunction, WhitePaperGoal } from './one-citizen-one-record.entity';

/** The white-paper goals of each initiative, in printed order. */
export const goalsByInitiative = rowsBy(WhitePaperGoal, 'initiativeId', {
  order: { number: 'ASC' },
});

/** The system areas of each initiative, in printed order. */
export const systemAreasByInitiative = rowsBy(SystemArea, 'initiativeId', {
  order: { position: 'ASC' },
});

/** The lettered entries of each system area, in letter order. */
export const functionsBySystemArea = rowsBy(SystemAreaFunction, 'areaId', {
  order: { letter: 'ASC' },
});
