import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { config as defaultConfig, type Config, type SubgraphName } from './config';
import { openDatabase, type DatabaseOptions } from './database';
import { requireSubgraphSecret } from './gateway-signature';
import { startSubgraphServer, type RunningService } from './server';

/** What makes a subgraph: its tables, its seed data and its schema. */
export interface SubgraphDefinition {
  name: SubgraphName;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  seed: (dataSource: DataSource) => Promise<unknown>;
  buildSchema: () => Promise<GraphQLSchema>;
}

export interface StartOptions {
  port?: number;
  config?: Config;
  /** `:memory:` keeps the embedded database in memory (tests). */
  embeddedLocation?: string;
}

/** Opens the subgraph's database: created if missing, migrated, seeded once. */
export async function openSubgraphDatabase(
  subgraph: SubgraphDefinition,
  options: StartOptions = {},
) {
  const dataSource = await openDatabase({
    subgraph: subgraph.name,
    entities: subgraph.entities,
    migrations: subgraph.migrations,
    config: options.config ?? defaultConfig,
    embeddedLocation: options.embeddedLocation,
  });
  await subgraph.seed(dataSource);
  return dataSource;
}

/** Opens the subgraph's database and serves it over HTTP. */
export async function startSubgraph(
  subgraph: SubgraphDefinition,
  options: StartOptions = {},
): Promise<RunningService & { dataSource: DataSource }> {
  const config = options.config ?? defaultConfig;
  // Before the database is opened, so a refused start leaves nothing behind.
  requireSubgraphSecret(config, `${subgraph.name} subgraph`);
  const dataSource = await openSubgraphDatabase(subgraph, options);
  const service = await startSubgraphServer({
    name: subgraph.name,
    port: options.port ?? config.ports[subgraph.name],
    schema: await subgraph.buildSchema(),
    dataSource,
    config,
  });
  return { ...service, dataSource };
}
