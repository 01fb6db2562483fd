import { rowsBy, type Context } from '@ehelse/shared/graphql';
import { WelfareTechnologyAssignment } from './welfare-technology.entity';

const assignmentsOfProgrammeLoader = rowsBy(WelfareTechnologyAssignment, 'programmeId', {
  order: { number: 'ASC' },
});

export const assignmentsOfProgramme = (context: Context, programmeId: string) =>
  context.loaders.of(assignmentsOfProgrammeLoader).load(programmeId);
