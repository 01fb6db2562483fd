import 'reflect-metadata';

export { startGovernance } from './main';
export { buildGovernanceSchema } from './schema';
export { entities, migrations } from './entities';
export { seedGovernance } from './seed';
