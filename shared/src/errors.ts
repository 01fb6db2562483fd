import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Error codes clients can rely on, in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TRANSIENT'
  | 'IDENTITY_PROVIDER_UNAVAILABLE'
  | 'WRITES_DISABLED'
  | 'INTERNAL_SERVER_ERROR';

function coded(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  coded('BAD_USER_INPUT', message, { field, ...extra });
/*
 * The one rule for ids, in every subgraph: a read by an id that does not exist answers
 * null; a write whose target (the row it changes) does not exist is NOT_FOUND; an input
 * that refers to something that does not exist (a council, a person, an organisation,
 * a filter's code) is the caller's input being wrong: BAD_USER_INPUT naming the field.
 */
export const notFound = (what: string, id: string) =>
  coded('NOT_FOUND', `${what} "${id}" does not exist`, { id });
/** An input's reference to something that does not exist: BAD_USER_INPUT naming the field, with the id. */
export const unknownReference = (field: string, what: string, id: string | number) =>
  coded('BAD_USER_INPUT', `Unknown ${what} "${id}"`, { field, id });
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  coded('CONFLICT', message, extra);
export const forbidden = (message: string) => coded('FORBIDDEN', message);
export const unauthenticated = (message = 'A valid bearer token is required') =>
  coded('UNAUTHENTICATED', message);
/** The token could not be checked because the identity provider's keys are out of reach (HTTP 503). */
export const identityProviderUnavailable = (message: string) =>
  coded('IDENTITY_PROVIDER_UNAVAILABLE', message, { retryable: true });
/** A deployment without an identity provider serves reads only (HTTP 403). */
export const writesDisabled = (message: string) => coded('WRITES_DISABLED', message);

/**
 * A write that lost to concurrent writers more times than it is retried: nothing was
 * written, and the same request sent again (with its Idempotency-Key) may well succeed.
 */
export const transient = (message: string) => coded('TRANSIENT', message, { retryable: true });

/**
 * Thrown by a transaction that found what it read changed by a concurrent writer before it
 * could write (its snapshot is stale): the write helper runs the whole transaction again.
 */
export class RetryTransaction extends Error {}

/**
 * Errors that mean "the database gave up on this transaction because of others, try it
 * again": MySQL/MariaDB deadlock (1213) and lock wait timeout (1205), SQLite's busy/locked.
 * TypeORM's QueryFailedError copies the driver's errno/code onto itself and keeps it as
 * driverError.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const candidates = [error, (error as { driverError?: unknown } | null)?.driverError];
  return candidates.some((candidate) => {
    const { errno, code, message } = (candidate ?? {}) as {
      errno?: number;
      code?: string;
      message?: string;
    };
    return (
      errno === 1213 ||
      errno === 1205 ||
      code === 'ER_LOCK_DEADLOCK' ||
      code === 'ER_LOCK_WAIT_TIMEOUT' ||
      code === 'SQLITE_BUSY' ||
      code === 'SQLITE_LOCKED' ||
      /SQLITE_BUSY|database is locked|database table is locked/.test(message ?? '')
    );
  });
}

/** A unique key another write took first (MySQL ER_DUP_ENTRY, SQLite UNIQUE constraint). */
export const isDuplicateKey = (error: unknown) => {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(message ?? '');
};

/**
 * What clients see of an error: a unique-key race lost inside a transaction is the
 * CONFLICT it is; any other unexpected error is handed to `log` (the services leave it
 * out: the request's own log line carries it, see request-log.ts) and, in production, masked.
 */
export function formatErrorFor(production: boolean, log: (error: unknown) => void = () => {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDuplicateKey(original)) {
      return {
        message: 'It already exists: another write got there first',
        path: formatted.path,
        extensions: { code: 'CONFLICT' },
      };
    }
    // Outside the retried write path (e.g. a read that waited too long for a lock): still retryable.
    if (isTransientDatabaseError(original)) {
      return {
        message: 'The database was busy with other writes: try again',
        path: formatted.path,
        extensions: { code: 'TRANSIENT', retryable: true },
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
