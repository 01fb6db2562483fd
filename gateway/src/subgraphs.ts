import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import { buildArchitectureSchema } from '@ehelse/architecture';
import { buildGovernanceSchema } from '@ehelse/governance';
import { buildPortfolioSchema } from '@ehelse/portfolio';
import { config, type Config, type SubgraphName } from '@ehelse/shared';

/** The subgraphs the supergraph is composed of, with the schema builder of each. */
export const SUBGRAPH_SCHEMAS: Record<SubgraphName, () => Promise<GraphQLSchema>> = {
  portfolio: buildPortfolioSchema,
  governance: buildGovernanceSchema,
  architecture: buildArchitectureSchema,
};

export const subgraphUrl = (name: SubgraphName, settings: Config = config) =>
  settings.subgraphUrls[name];

export async function subgraphSdl(name: SubgraphName): Promise<string> {
  return printSubgraphSchema(await SUBGRAPH_SCHEMAS[name]());
}
