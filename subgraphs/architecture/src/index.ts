import 'reflect-metadata';

export { architectureSubgraph, startArchitecture } from './main';
export { buildArchitectureSchema } from './schema';
export { entities, migrations } from './entities';
export { seedArchitecture } from './seed';
