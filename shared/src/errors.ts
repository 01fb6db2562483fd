import { GraphQLError } from 'graphql';

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

export const badInput = (field: string, message: string) =>
  coded('BAD_USER_INPUT', message, { field });
export const notFound = (what: string, id: string) =>
  coded('NOT_FOUND', `${what} "${id}" does not exist`, { id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  coded('CONFLICT', message, extra);
export const forbidden = (message: string) => coded('FORBIDDEN', message);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  coded('UNAUTHENTICATED', message);
