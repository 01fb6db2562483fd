import { loadConfig, runAsProcess } from '@ehelse/shared/runtime';
import { startSubgraph, type StartOptions, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { entities, migrations } from './entities';
import { buildPortfolioSchema } from './schema';
import { seedPortfolio } from './seed';

export const portfolioSubgraph: SubgraphDefinition = {
  name: 'portfolio',
  entities,
  migrations,
  seed: seedPortfolio,
  buildSchema: buildPortfolioSchema,
};

export const startPortfolio = (options: StartOptions) => startSubgraph(portfolioSubgraph, options);

if (require.main === module) {
  // The one place this process reads its settings from the environment.
  const config = loadConfig(process.env);
  runAsProcess('portfolio', () => startPortfolio({ config }), config);
}
