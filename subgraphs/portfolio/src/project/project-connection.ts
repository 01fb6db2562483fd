import { ConnectionType, valueObject } from '@ehelse/shared';
import { Project } from './project.entity';

/** One connection type for every page of projects: the root list and the nested ones. */
export const ProjectConnection = ConnectionType(
  'Project',
  Project,
  valueObject('A page of portfolio projects.'),
);
