import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { GraphQLError } from 'graphql';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import type { Config, SubgraphName } from './config';
import { openEmbeddedFile, writeFileAtomically } from './embedded-file';
import { unlockEmbeddedFile } from './embedded-lock';
import { failStop } from './fatal';
import { StatementCountingLogger } from './sql-statements';

export interface DatabaseOptions {
  subgraph: SubgraphName;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  config: Config;
  /** Overrides the embedded file location; `:memory:` keeps it in memory (tests). */
  embeddedLocation?: string;
  /** With `:memory:`, the database image to start from instead of an empty one (tests). */
  embeddedImage?: Uint8Array;
}

export function databaseName(config: Config, subgraph: SubgraphName): string {
  return `${config.databasePrefix}${subgraph}`;
}

async function ensureMysqlDatabase(url: string, name: string): Promise<void> {
  const connection = await mysql.createConnection(url);
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/**
 * A commit sql.js made in memory that could not reach the disk (disk full, folder gone):
 * the memory now holds a write the file does not, so the service stops and is restarted
 * from the file. The client is told the write did not happen and may be sent again.
 */
function saveOrFailStop(location: string, bytes: Uint8Array): void {
  try {
    writeFileAtomically(location, bytes);
  } catch (error) {
    failStop(`could not save ${location}; stopping, to restart from the file on disk`, error);
    throw new GraphQLError(
      'The write could not be saved and was not made; the service restarts. Send the same request again (with the same Idempotency-Key).',
      { extensions: { code: 'TRANSIENT', retryable: true } },
    );
  }
}

/**
 * sql.js works in memory; we read the file ourselves (refusing an empty or corrupt one)
 * and persist through `autoSaveCallback` instead of TypeORM's `location`, which rewrites
 * the file in place. TypeORM awaits the callback inside commitTransaction, so a
 * transaction's promise (and the mutation's answer) resolves only after the durable save.
 */
async function embeddedFileOptions(location: string) {
  fs.mkdirSync(path.dirname(location), { recursive: true });
  return {
    database: await openEmbeddedFile(location),
    autoSave: true,
    autoSaveCallback: (bytes: Uint8Array) => saveOrFailStop(location, bytes),
  };
}

/**
 * The subgraph's own database: MySQL when `config.databaseUrl` (DATABASE_URL) is set (one
 * database per subgraph, created if missing), otherwise an embedded sql.js file in
 * `config.dataDir` (DATA_DIR).
 * Migrations run on open; `synchronize` is never used.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const { config } = options;
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    logger: new StatementCountingLogger(),
    maxQueryExecutionTime: 1000,
  };
  let dataSource: DataSource;
  if (config.databaseUrl) {
    const name = databaseName(config, options.subgraph);
    await ensureMysqlDatabase(config.databaseUrl, name);
    const url = new URL(config.databaseUrl);
    url.pathname = `/${name}`;
    dataSource = new DataSource({
      ...common,
      type: 'mysql',
      url: url.toString(),
      charset: 'utf8mb4_unicode_ci',
      dateStrings: true,
      poolSize: config.databasePoolSize,
      connectTimeout: 5000,
      // trace: false spares mysql2 an Error (a captured stack) per statement; a failed
      // statement's error keeps its message and code, which is all the request log shows.
      extra: { decimalNumbers: true, enableKeepAlive: true, trace: false },
    });
  } else {
    const location =
      options.embeddedLocation ?? path.join(config.dataDir, `${options.subgraph}.sqlite`);
    dataSource = new DataSource({
      ...common,
      type: 'sqljs',
      ...(location === ':memory:'
        ? { database: options.embeddedImage }
        : await embeddedFileOptions(location)),
    });
    if (location !== ':memory:') releaseLockOnClose(dataSource, location);
  }
  return dataSource.initialize();
}

/** The file is the service's while its data source is open, and free again once closed. */
function releaseLockOnClose(dataSource: DataSource, location: string) {
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    try {
      await destroy();
    } finally {
      unlockEmbeddedFile(location);
    }
  };
  return dataSource;
}

export const isMysql = (dataSource: DataSource) => dataSource.options.type === 'mysql';
