import { loadConfig, runAsProcess } from '@ehelse/shared/runtime';
import { startSubgraph, type StartOptions, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { entities, migrations } from './entities';
import { buildArchitectureSchema } from './schema';
import { seedArchitecture } from './seed';

export const architectureSubgraph: SubgraphDefinition = {
  name: 'architecture',
  entities,
  migrations,
  seed: seedArchitecture,
  buildSchema: buildArchitectureSchema,
};

export const startArchitecture = (options: StartOptions) =>
  startSubgraph(architectureSubgraph, options);

if (require.main === module) {
  // The one place this process reads its settings from the environment.
  const config = loadConfig(process.env);
  runAsProcess('architecture', () => startArchitecture({ config }), config);
}
