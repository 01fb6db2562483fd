import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Error codes clients can rely on, in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  coded('BAD_USER_INPUT', message, { field, ...extra });
export const notFound = (what: string, id: string) =>
  coded('NOT_FOUND', `${what} "${id}" does not exist`, { id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  coded('CONFLICT', message, extra);
export const forbidden = (message: string) => coded('FORBIDDEN', message);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  coded('UNAUTHENTICATED', message);

const isDuplicateKey = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(message ?? '');
};

/**
 * What clients see of an error: a unique-key race lost inside a transaction is the
 * CONFLICT it is; any other unexpected error is logged and, in production, masked.
 */
export function formatErrorFor(production: boolean, log: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDuplicateKey(original)) {
      return {
        message: 'It already exists: another write got there first',
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }
    if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log(original);
    return production
      ? {
          message: 'Internal server error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }
      : formatted;
  };
}
