import { randomUUID } from 'node:crypto';
import { graphql, type ExecutionResult } from 'graphql';
import type { DataSource } from 'typeorm';
import { type Config, type Principal } from '@ehelse/shared/runtime';
import { Loaders, openSubgraphDatabase, type SubgraphDefinition } from '@ehelse/shared/graphql';
import { sqlStatements } from '@ehelse/shared/db';
import { seededDatabase } from './seeded-database';

export interface Harness {
  dataSource: DataSource;
  /** One GraphQL request as the server runs it (fresh loaders, anonymous), with its SQL statement count. */
  execute(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ result: ExecutionResult; statements: number }>;
  /** One request by `principal` (writes need a caller), with an Idempotency-Key if given. */
  as(
    principal: Principal | null,
    query: string,
    variables?: Record<string, unknown>,
    idempotencyKey?: string,
  ): Promise<ExecutionResult>;
  /** `as`, with the SQL statements the request cost. */
  asMeasured(
    principal: Principal | null,
    query: string,
    variables?: Record<string, unknown>,
    idempotencyKey?: string,
  ): Promise<{ result: ExecutionResult; statements: number }>;
  /** The same as `execute`, failing on any GraphQL error. */
  run<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data: T; statements: number; result: ExecutionResult }>;
  close(): Promise<void>;
}

/**
 * A subgraph on its migrated, seeded database (a copy of the run's template), without HTTP:
 * for integration tests. `embedded`: on sql.js in memory (without it and DATABASE_URL, the
 * file in DATA_DIR).
 */
export async function openHarness(
  subgraph: SubgraphDefinition,
  config: Config,
  embedded: boolean,
): Promise<Harness> {
  const dataSource = await openSubgraphDatabase(subgraph, {
    config,
    // A copy of the run's migrated, seeded template (a file in DATA_DIR stays as it was).
    ...(embedded || config.databaseUrl ? await seededDatabase(config, subgraph.name) : {}),
  });
  const schema = await subgraph.buildSchema();
  const execute: Harness['execute'] = async (source, variableValues) => {
    const contextValue = {
      requestId: randomUUID(),
      dataSource,
      loaders: new Loaders(dataSource),
      config,
      principal: null,
    };
    const { result, statements } = await sqlStatements.measure(() =>
      Promise.resolve(graphql({ schema, source, variableValues, contextValue })),
    );
    return { result, statements };
  };
  const as: Harness['as'] = (principal, source, variableValues, idempotencyKey) =>
    Promise.resolve(
      graphql({
        schema,
        source,
        variableValues,
        contextValue: {
          requestId: randomUUID(),
          dataSource,
          loaders: new Loaders(dataSource),
          config,
          principal,
          idempotencyKey,
        },
      }),
    );
  return {
    dataSource,
    execute,
    as,
    asMeasured: (principal, source, variableValues, idempotencyKey) =>
      sqlStatements.measure(() => as(principal, source, variableValues, idempotencyKey)),
    async run(source, variableValues) {
      const { result, statements } = await execute(source, variableValues);
      if (result.errors?.length) {
        throw new Error(result.errors.map((e) => `${e.message} @ ${e.path?.join('.')}`).join('\n'));
      }
      return { data: result.data as any, statements, result };
    },
    close: () => dataSource.destroy(),
  };
}
