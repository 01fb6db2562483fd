import type { ApolloServerPlugin } from '@apollo/server';
import pino from 'pino';
import { config } from './config';

/** Structured JSON logs; each request logs through a child carrying its request id. */
export const logger = pino({
  level: config.logLevel,
  base: { service: process.env.SERVICE_NAME },
  timestamp: pino.stdTimeFunctions.isoTime,
});

const MAX_LOGGED_NAME = 100;
const MAX_LOGGED_ERRORS = 10;

/** One JSON line per GraphQL operation, carrying the request id shared by gateway and subgraphs. */
export function requestLogPlugin(service: string): ApolloServerPlugin<object> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = process.hrtime.bigint();
      const requestId =
        (contextValue as { requestId?: string }).requestId ??
        request.http?.headers.get('x-request-id');
      return {
        async willSendResponse({ operationName, errors }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const entry = {
            // The base carries the service under `npm start` (SERVICE_NAME); not twice.
            ...(process.env.SERVICE_NAME === service ? {} : { service }),
            requestId,
            // A client chooses the name: a log line keeps a bounded part of it.
            operation: (operationName ?? 'anonymous').slice(0, MAX_LOGGED_NAME),
            durationMs: Math.round(durationMs * 10) / 10,
            errors: errors?.slice(0, MAX_LOGGED_ERRORS).map((e) => e.extensions?.code ?? 'ERROR'),
          };
          if (errors?.length) logger.warn(entry, 'graphql request failed');
          else logger.info(entry, 'graphql request');
        },
      };
    },
  };
}
