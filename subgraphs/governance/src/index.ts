import 'reflect-metadata';

export { startGovernance, governanceSubgraph } from './main';
export { buildGovernanceSchema } from './schema';
export { entities, migrations } from './entities';
export { seedGovernance } from './seed';
