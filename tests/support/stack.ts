import { startGateway } from '@ehelse/gateway';
import { startArchitecture } from '@ehelse/architecture';
import { startGovernance } from '@ehelse/governance';
import { startPortfolio } from '@ehelse/portfolio';
import { sqlStatements, type Config, type RunningService, type SubgraphName } from '@ehelse/shared';
import type { DataSource } from 'typeorm';
import { testConfig, type Backend } from './backends';

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

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

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/**
 * Starts the real subgraph servers (on free ports, with their databases migrated
 * and seeded) and the real gateway in front of them, in this test process.
 */
export async function startStack(
  backend: Backend,
  suite: string,
  /** Changes to the test configuration, e.g. production settings or an identity provider. */
  configure: (config: Config) => Config = (config) => config,
): Promise<Stack> {
  const config = configure(await testConfig(backend, suite));
  const embeddedLocation = backend === 'sqljs' ? ':memory:' : undefined;
  const services: RunningService[] = [];
  const portfolio = await startPortfolio({ config, port: 0, embeddedLocation });
  const architecture = await startArchitecture({ config, port: 0, embeddedLocation });
  const governance = await startGovernance({ config, port: 0, embeddedLocation });
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
