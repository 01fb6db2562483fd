import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** Documents whose compiled code is kept; the gateway's query plans send a few dozen. */
export const MAX_COMPILED_DOCUMENTS = 500;

/**
 * Executes a subgraph's operations with graphql-jit: each operation is compiled once into a
 * JavaScript function that walks its selection set, instead of graphql-js interpreting the
 * document at every field of every request (per-field argument coercion, paths, promise
 * bookkeeping: a third of a 50-row list's CPU in the profile).
 *
 * Apollo Server has no executor option; its gateway interface is the documented way to hand
 * it one (@apollo/gateway uses it the same way). Parsing, validation (our limit rules
 * included), plugins and error formatting stay Apollo Server's: only execution changes.
 */
export function compiledExecution(
  schema: GraphQLSchema,
): ApolloServerOptionsWithGateway<object>['gateway'] {
  // Apollo Server keeps each parsed document in its document store and hands the same
  // object back for the same query text. The compiled code is kept for the most recently
  // used documents only: each distinct operation a caller sends through the gateway is a new
  // document here, and compiled code is far larger than the document it came from.
  const compiled = new LRUCache<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>({
    max: MAX_COMPILED_DOCUMENTS,
  });

  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(schema, document, operationName)));
    return query;
  };

  return {
    async load() {
      return {
        executor: async (requestContext) => {
          const query = compile(requestContext.document, requestContext.operationName ?? undefined);
          // Not compilable (an invalid operation name, say): the errors graphql-js would give.
          if (!isCompiledQuery(query)) return withGraphQLErrors(query);
          const result = await query.query(
            undefined,
            requestContext.context,
            requestContext.request.variables ?? {},
          );
          return withGraphQLErrors(result as ExecutionResult);
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/**
 * graphql-jit's own errors leave `extensions` undefined where graphql-js gives `{}`, which
 * Apollo Server reads unguarded (it would answer INTERNAL_SERVER_ERROR in their place), and
 * carry no AST nodes, by which Apollo Server tells a variable's bad value from a fault. They
 * become graphql-js errors with the same message, path, locations and cause; with no data at
 * all, the variables did not fit and the errors are the caller's (BAD_USER_INPUT, 400).
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const variablesRefused = result.data === undefined;
  const errors = result.errors.map((error) => {
    if (error.extensions && !variablesRefused) return error;
    const converted = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
      extensions: variablesRefused
        ? { ...error.extensions, code: 'BAD_USER_INPUT' }
        : { ...error.extensions },
    });
    // graphql-js computes locations from nodes, which graphql-jit does not keep.
    Object.assign(converted, { locations: error.locations });
    return converted;
  });
  return { ...result, errors };
}
