import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/** How much compiled code a subgraph keeps and for which documents (tests make them small). */
export interface CompiledExecutionOptions {
  /** Longest document (characters of its text) that is compiled; longer ones are interpreted. */
  maxSourceLength?: number;
  /** Total text length of the documents whose compiled code is kept (least recently used go). */
  sourceBudget?: number;
  /**
   * False: graphql-js executes everything. With OTEL_TRACING=true, since OpenTelemetry's
   * GraphQL instrumentation wraps graphql-js's execute: compiled requests would have no
   * execute or resolver spans.
   */
  compile?: boolean;
}

/**
 * A compiled document holds about 2 KB per token of its text alive and takes about 30 µs per
 * token to compile (a 4 900-token document: 11.6 MB, 150 ms; review of issue 15). The
 * gateway's query plans send documents of a few hundred characters, over and over: those are
 * what is worth compiling. So only a document seen before is compiled, only up to 4 000
 * characters, and the kept code is bounded by the documents' total text (some 50 MB at most).
 */
const DEFAULTS: Required<CompiledExecutionOptions> = {
  maxSourceLength: 4_000,
  sourceBudget: 100_000,
  compile: true,
};

/**
 * Executes a subgraph's repeated operations with graphql-jit: each is compiled once into a
 * JavaScript function that walks its selection set, instead of graphql-js interpreting the
 * document at every field of every request (per-field argument coercion, paths, promise
 * bookkeeping: a fifth of a 50-row list's CPU).
 *
 * graphql-js still does what graphql-jit does differently: an operation Apollo Server could
 * not resolve (an unknown operation name: graphql-js refuses it, graphql-jit would run the
 * only one there is), the variables' check (graphql-js's messages and BAD_USER_INPUT), and
 * operations whose variables hold input objects (graphql-jit drops the defaults of their
 * fields). Apollo Server has no executor option; its gateway interface is the documented way
 * to hand it one (@apollo/gateway uses it the same way). Parsing, validation (our limit rules
 * included), plugins and error formatting stay Apollo Server's.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  options: CompiledExecutionOptions = {},
): ApolloServerOptionsWithGateway<object>['gateway'] {
  const { maxSourceLength, sourceBudget, compile: compiling } = { ...DEFAULTS, ...options };
  // Apollo Server keeps each parsed document in its document store and hands the same
  // object back for the same query text, so a document object stands for its text.
  const seen = new WeakSet<DocumentNode>();
  const compiled = new LRUCache<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>({
    maxSize: sourceBudget,
    sizeCalculation: (_value, document) => Math.max(1, document.loc?.end ?? maxSourceLength),
  });

  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(schema, document, operationName)));
    return query;
  };

  /** Whether this request runs compiled code; when not, graphql-js executes it. */
  const worthCompiling = (document: DocumentNode, operation: OperationDefinitionNode) => {
    if (!compiling) return false;
    if ((document.loc?.end ?? Infinity) > maxSourceLength) return false;
    if (takesInputObjects(schema, operation)) return false;
    if (seen.has(document)) return true;
    seen.add(document);
    return false;
  };

  return {
    async load() {
      return {
        executor: async (requestContext) => {
          const { document, operation, context } = requestContext;
          const variables = requestContext.request.variables ?? {};
          const interpreted = () =>
            execute({
              schema,
              document,
              operationName: requestContext.request.operationName,
              variableValues: variables,
              contextValue: context,
            });
          if (!operation) return interpreted();
          if (operation.variableDefinitions?.length) {
            const coerced = getVariableValues(schema, operation.variableDefinitions, variables);
            if (coerced.errors) return { errors: coerced.errors };
          }
          if (!worthCompiling(document, operation)) return interpreted();
          const query = compile(document, requestContext.operationName ?? undefined);
          if (!isCompiledQuery(query)) return interpreted();
          const result = await query.query(undefined, context, variables);
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

/** Whether a variable of the operation is, or lists, an input object. */
function takesInputObjects(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && isInputObjectType(getNamedType(type));
  });
}

/**
 * graphql-jit's own errors (a non-null field that resolved to null, say) leave `extensions`
 * undefined where graphql-js gives `{}`, which Apollo Server reads unguarded: it would answer
 * INTERNAL_SERVER_ERROR in their place. They become graphql-js errors with the same message,
 * path, locations and cause.
 */
function withGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.some((error) => !error.extensions)) return result;
  const errors = result.errors.map((error) => {
    if (error.extensions) return error;
    const converted = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? undefined,
    });
    // graphql-js computes locations from nodes, which graphql-jit does not keep.
    Object.assign(converted, { locations: error.locations });
    return converted;
  });
  return { ...result, errors };
}
