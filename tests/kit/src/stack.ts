import { type Config, type RunningService, type SubgraphName } from '@ehelse/shared/runtime';
import { type StartOptions } from '@ehelse/shared/graphql';
import { sqlStatements } from '@ehelse/shared/db';
import type { DataSource } from 'typeorm';
import { testConfig, type Backend } from './backends';
import { postGraphQL, type GraphQLResponse } from './graphql-client';
import { seededDatabase } from './seeded-database';

export interface Stack {
  gatewayUrl: string;
  databases: Partial<Record<SubgraphName, DataSource>>;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** Runs the query and counts the SQL statements all subgraphs issued for it. */
  countStatements(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ response: GraphQLResponse; statements: number }>;
  stop(): Promise<void>;
}

/**
 * Starts the real subgraph servers (on free ports, each on a copy of the run's migrated,
 * seeded database) and the real gateway in front of them, in this test process.
 */
export async function startStack(
  backend: Backend,
  suite: string,
  /** Changes to the test configuration, e.g. production settings or an identity provider. */
  configure: (config: Config) => Config = (config) => config,
): Promise<Stack> {
  // Loaded here, not on importing the kit, so suites that need no stack never load them all.
  const [{ startGateway }, { startPortfolio }, { startGovernance }, { startArchitecture }] =
    await Promise.all([
      import('@ehelse/gateway'),
      import('@ehelse/portfolio'),
      import('@ehelse/governance'),
      import('@ehelse/architecture'),
    ]);
  const config = configure(await testConfig(backend, suite));
  const services: RunningService[] = [];
  const start = async <T>(subgraph: SubgraphName, run: (options: StartOptions) => Promise<T>) =>
    run({ config, port: 0, ...(await seededDatabase(config, subgraph)) });
  const portfolio = await start('portfolio', startPortfolio);
  const architecture = await start('architecture', startArchitecture);
  const governance = await start('governance', startGovernance);
  services.push(portfolio, governance, architecture);
  const subgraphUrls = {
    portfolio: portfolio.url,
    governance: governance.url,
    architecture: architecture.url,
  };
  const gateway = await startGateway({ config, port: 0, subgraphUrls });
  services.push(gateway);
  const query: Stack['query'] = (text, variables, headers) =>
    postGraphQL(gateway.url, text, variables, headers);
  return {
    gatewayUrl: gateway.url,
    databases: {
      portfolio: portfolio.dataSource,
      governance: governance.dataSource,
      architecture: architecture.dataSource,
    },
    subgraphUrls,
    query,
    async countStatements(text, variables) {
      const before = sqlStatements.total();
      const response = await query(text, variables);
      return { response, statements: sqlStatements.total() - before };
    },
    async stop() {
      for (const service of services.reverse()) await service.stop();
    },
  };
}
