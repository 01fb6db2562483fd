import {
  config,
  openDatabase,
  runAsProcess,
  startSubgraphServer,
  type Config,
} from '@ehelse/shared';
import { entities, migrations } from './entities';
import { buildGovernanceSchema } from './schema';
import { seedGovernance } from './seed';

export interface StartOptions {
  port?: number;
  config?: Config;
  embeddedLocation?: string;
}

/** Opens, migrates and seeds the governance database. */
export async function openGovernanceDatabase(options: Omit<StartOptions, 'port'> = {}) {
  const dataSource = await openDatabase({
    subgraph: 'governance',
    entities,
    migrations,
    config: options.config ?? config,
    embeddedLocation: options.embeddedLocation,
  });
  await seedGovernance(dataSource);
  return dataSource;
}

/** Opens the governance database and serves the subgraph. */
export async function startGovernance(options: StartOptions = {}) {
  const effective = options.config ?? config;
  const dataSource = await openGovernanceDatabase(options);
  const service = await startSubgraphServer({
    name: 'governance',
    port: options.port ?? effective.ports.governance,
    schema: await buildGovernanceSchema(),
    dataSource,
    config: effective,
  });
  return { ...service, dataSource };
}

if (require.main === module) runAsProcess('governance', () => startGovernance());
