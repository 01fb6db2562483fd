import { GraphQLError } from 'graphql';

/** A limit refused the request: HTTP 400 with a code a client can act on. */
export const refusal = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 }, ...extra } });
