import { config, openDatabase, runAsProcess, startSubgraphServer, type Config } from '@ehelse/shared';
import { entities, migrations } from './entities';
import { buildPortfolioSchema } from './schema';
import { seedPortfolio } from './seed';

export interface StartOptions {
  port?: number;
  config?: Config;
  embeddedLocation?: string;
}

/** Opens (migrates, seeds) the portfolio database and serves the subgraph. */
export async function startPortfolio(options: StartOptions = {}) {
  const effective = options.config ?? config;
  const dataSource = await openDatabase({
    subgraph: 'portfolio',
    entities,
    migrations,
    config: effective,
    embeddedLocation: options.embeddedLocation,
  });
  await seedPortfolio(dataSource);
  const service = await startSubgraphServer({
    name: 'portfolio',
    port: options.port ?? effective.ports.portfolio,
    schema: await buildPortfolioSchema(),
    dataSource,
    config: effective,
  });
  return { ...service, dataSource };
}

if (require.main === module) runAsProcess('portfolio', () => startPortfolio());
