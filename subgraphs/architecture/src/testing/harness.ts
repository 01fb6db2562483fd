import { randomUUID } from 'node:crypto';
import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { Loaders, logger, openDatabase, sqlStatements, type Config } from '@ehelse/shared';
import { entities, migrations } from '../entities';
import { buildArchitectureSchema } from '../schema';
import { seedArchitecture } from '../seed';

export interface Harness {
  dataSource: DataSource;
  /** Runs one GraphQL request as the server would (fresh loaders) and counts its SQL statements. */
  run<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: T; statements: number; result: ExecutionResult }>;
  close(): Promise<void>;
}

/** The architecture subgraph on a migrated, seeded database, without HTTP: for tests. */
export async function openHarness(config: Config, embedded: boolean): Promise<Harness> {
  const dataSource = await openDatabase({
    subgraph: 'architecture',
    entities,
    migrations,
    config,
    embeddedLocation: embedded ? ':memory:' : undefined,
  });
  await seedArchitecture(dataSource);
  const schema: GraphQLSchema = await buildArchitectureSchema();
  return {
    dataSource,
    async run(source, variableValues) {
      const contextValue = {
        requestId: randomUUID(),
        dataSource,
        loaders: new Loaders(dataSource),
        log: logger,
        principal: null,
      };
      const { result, statements } = await sqlStatements.measure(() =>
        Promise.resolve(graphql({ schema, source, variableValues, contextValue })),
      );
      if (result.errors?.length)
        throw new Error(result.errors.map((e) => `${e.message} @ ${e.path?.join('.')}`).join('\n'));
      return { data: result.data as any, statements, result };
    },
    close: () => dataSource.destroy(),
  };
}
