import 'reflect-metadata';

export { startArchitecture } from './main';
export { buildArchitectureSchema } from './schema';
export { entities, migrations } from './entities';
export { seedArchitecture } from './seed';
