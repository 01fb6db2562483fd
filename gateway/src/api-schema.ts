import { Supergraph } from '@apollo/federation-internals';
import { printSchema, type GraphQLSchema } from 'graphql';

/** What clients see: the supergraph without federation's join__/link machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  // No feature check: the gateway decides which features it serves, this only prints.
  const supergraph = Supergraph.build(supergraphSdl, { supportedFeatures: null });
  return supergraph.apiSchema().toGraphQLJSSchema();
}

/** The API schema as SDL, in the supergraph's order: GET /schema.graphql and the schema check. */
export function printApiSchema(supergraphSdl: string): string {
  return printSchema(apiSchemaOf(supergraphSdl));
}
