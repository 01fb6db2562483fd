import { loadConfig, runAsProcess } from '@ehelse/shared/runtime';
import { startSubgraph, type StartOptions, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { entities, migrations } from './entities';
import { buildGovernanceSchema } from './schema';
import { seedGovernance } from './seed';

export const governanceSubgraph: SubgraphDefinition = {
  name: 'governance',
  entities,
  migrations,
  seed: seedGovernance,
  buildSchema: buildGovernanceSchema,
};

export const startGovernance = (options: StartOptions) =>
  startSubgraph(governanceSubgraph, options);

if (require.main === module) {
  // The one place this process reads its settings from the environment.
  const config = loadConfig(process.env);
  runAsProcess('governance', () => startGovernance({ config }), config);
}
