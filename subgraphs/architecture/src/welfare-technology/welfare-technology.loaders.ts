import { rowsBy } from '@ehelse/shared/graphql';
import { WelfareTechnologyAssignment } from './welfare-technology.entity';

/** The assignments of each programme, in order. */
export const assignmentsByProgramme = rowsBy(WelfareTechnologyAssignment, 'programmeId', {
  order: { number: 'ASC' },
});
