import 'reflect-metadata';

export { startArchitecture } from './main';
export { buildArchitectureSchema, architectureTypeDefs } from './schema';
export { entities, migrations } from './entities';
export { seedArchitecture } from './seed';
