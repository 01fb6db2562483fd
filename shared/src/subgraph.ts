import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Config, SubgraphName } from './config';
import { openDatabase, type DatabaseOptions } from './database';
import { requireSubgraphSecret } from './gateway-signature';
import { startSubgraphServer } from './server';
import type { RunningService } from './service';
import { waitForDatabase } from './wait-for-database';

/** What makes a subgraph: its tables, its seed data and its schema. */
export interface SubgraphDefinition {
  name: SubgraphName;
  entities: DatabaseOptions['entities'];
  migrations: DatabaseOptions['migrations'];
  seed: (dataSource: DataSource) => Promise<unknown>;
  buildSchema: () => Promise<GraphQLSchema>;
}

export interface StartOptions {
  /** The settings to run with: the entry point's `loadConfig(process.env)`, a test's own. */
  config: Config;
  /** Default: `config.ports[subgraph]`; 0 picks a free one (tests). */
  port?: number;
  /** `:memory:` keeps the embedded database in memory (tests). */
  embeddedLocation?: string;
  /** With `:memory:`, a database image to start from, e.g. a copy of a seeded one (tests). */
  embeddedImage?: Uint8Array;
}

/** Opens the subgraph's database: created if missing, migrated, seeded once. */
export async function openSubgraphDatabase(subgraph: SubgraphDefinition, options: StartOptions) {
  const dataSource = await openDatabase({
    subgraph: subgraph.name,
    entities: subgraph.entities,
    migrations: subgraph.migrations,
    config: options.config,
    embeddedLocation: options.embeddedLocation,
    embeddedImage: options.embeddedImage,
  });
  try {
    await subgraph.seed(dataSource);
  } catch (error) {
    // A connection lost mid-seed: close this pool before the next attempt opens another.
    if (dataSource.isInitialized) await dataSource.destroy().catch(() => undefined);
    throw error;
  }
  return dataSource;
}

/**
 * Serves the subgraph over HTTP at once and opens its database meanwhile, retrying while
 * the database is unreachable (/health answers, /ready and /graphql answer 503 until it
 * opens). Resolves once the database is open, so callers get a working service; rejects,
 * with the port closed again, on an error that waiting will not fix (e.g. a corrupt file).
 */
export async function startSubgraph(
  subgraph: SubgraphDefinition,
  options: StartOptions,
): Promise<RunningService & { dataSource: DataSource }> {
  const { config } = options;
  // Before the database is opened, so a refused start leaves nothing behind.
  requireSubgraphSecret(config, `${subgraph.name} subgraph`);
  const schema = await subgraph.buildSchema();
  const database = waitForDatabase(subgraph.name, () => openSubgraphDatabase(subgraph, options));
  let service: RunningService;
  try {
    service = await startSubgraphServer({
      name: subgraph.name,
      port: options.port ?? config.ports[subgraph.name],
      schema,
      dataSource: database,
      config,
    });
  } catch (error) {
    database.cancel();
    await database.current()?.destroy();
    throw error;
  }
  // The server's stop finishes requests in flight, then closes the database if it opened.
  const stop = async () => {
    database.cancel();
    await service.stop();
  };
  try {
    const dataSource = await database.opened;
    return { ...service, stop, dataSource };
  } catch (error) {
    await stop();
    throw error;
  }
}
