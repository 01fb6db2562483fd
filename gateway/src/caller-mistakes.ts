import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';

/** Codes that say the request itself is wrong, so the answer is HTTP 400, not 200 or 500. */
const CALLER_MISTAKES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const isCallerMistake = (error: GraphQLFormattedError) =>
  CALLER_MISTAKES.has(String(error.extensions?.code));

/** Nothing was answered: no data, or only nulls where the root fields would be. */
const answeredNothing = (data: Record<string, unknown> | null | undefined) =>
  data == null || Object.values(data).every((value) => value === null);

/**
 * Caller mistakes answer HTTP 400 with a code: an operation name that matches no
 * operation of the document (else the gateway fails with a 500), and answers whose
 * every error is the caller's (e.g. a bad cursor a subgraph refused) with nothing answered.
 */
export function callerMistakesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const operations = document.definitions.filter(
            (definition) => definition.kind === Kind.OPERATION_DEFINITION,
          ).length;
          const message = request.operationName
            ? `The document has no operation named "${request.operationName}"`
            : operations > 1
              ? 'The document holds several operations: say which one to run in `operationName`'
              : 'The document holds no operation to run';
          throw new GraphQLError(message, {
            extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
          });
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!errors?.length || (response.http.status ?? 200) !== 200) return;
          if (!answeredNothing(data)) return;
          if (errors.every(isCallerMistake)) response.http.status = 400;
          // A write without a (valid) token, or beyond the caller's role: the HTTP status says so too.
          else if (errors.every((e) => e.extensions?.code === 'UNAUTHENTICATED'))
            response.http.status = 401;
          else if (errors.every((e) => e.extensions?.code === 'FORBIDDEN'))
            response.http.status = 403;
        },
      };
    },
  };
}
