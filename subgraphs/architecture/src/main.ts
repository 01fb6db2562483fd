import {
  config,
  openDatabase,
  runAsProcess,
  startSubgraphServer,
  type Config,
} from '@ehelse/shared';
import { entities, migrations } from './entities';
import { buildArchitectureSchema } from './schema';
import { seedArchitecture } from './seed';

export interface StartOptions {
  port?: number;
  config?: Config;
  embeddedLocation?: string;
}

/** Opens (migrates, seeds) the architecture database and serves the subgraph. */
export async function startArchitecture(options: StartOptions = {}) {
  const effective = options.config ?? config;
  const dataSource = await openDatabase({
    subgraph: 'architecture',
    entities,
    migrations,
    config: effective,
    embeddedLocation: options.embeddedLocation,
  });
  await seedArchitecture(dataSource);
  const service = await startSubgraphServer({
    name: 'architecture',
    port: options.port ?? effective.ports.architecture,
    schema: await buildArchitectureSchema(),
    dataSource,
    config: effective,
  });
  return { ...service, dataSource };
}

if (require.main === module) runAsProcess('architecture', () => startArchitecture());
