import type { DataSource } from 'typeorm';
import { logger } from './logger';

/**
 * Network-level failures: the database server is not there (yet), or dropped us while
 * we migrated. Worth waiting for. Anything else (a wrong password, a corrupt embedded
 * file, a failed migration) will not fix itself and must stop the start.
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND', // a compose service name that does not resolve until its container runs
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR', // too many connections: others will close theirs
  'ER_SERVER_SHUTDOWN',
]);

/** True when the error (or one it wraps) says the database could not be reached. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  if (isDatabaseUnreachable(cause, depth + 1)) return true;
  // Node's connect() to a host with several addresses fails with an AggregateError.
  return Array.isArray(errors) && errors.some((e) => isDatabaseUnreachable(e, depth + 1));
}

export interface ReconnectPolicy {
  firstDelayMs: number;
  maxDelayMs: number;
}

export const DATABASE_RETRY: ReconnectPolicy = { firstDelayMs: 500, maxDelayMs: 10_000 };

/** Doubling delays up to the cap, with jitter so several services do not knock in step. */
export const retryDelay = (policy: ReconnectPolicy, attempt: number) =>
  Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** (attempt - 1)) *
  (0.75 + Math.random() / 2);

export interface DatabaseWait {
  /** The open database, once it is. */
  current(): DataSource | undefined;
  /** Why it is not open yet, for /ready. */
  reason(): string;
  /** Resolves with the database; rejects on an error that is not "unreachable", or when cancelled. */
  opened: Promise<DataSource>;
  /** Stops waiting; a database that opens afterwards is closed again (one already open is the caller's). */
  cancel(): void;
}

/**
 * Opens the database, and while it is unreachable tries again with backoff, for as long
 * as it takes: a service started before its database (compose, a reboot) comes up by itself.
 */
export function waitForDatabase(
  service: string,
  open: () => Promise<DataSource>,
  policy: ReconnectPolicy = DATABASE_RETRY,
): DatabaseWait {
  let dataSource: DataSource | undefined;
  let reason = 'opening the database';
  let cancelled = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const opened = (async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        const candidate = await open();
        if (cancelled) {
          await candidate.destroy();
          throw new Error(`${service}: stopped before its database opened`);
        }
        dataSource = candidate;
        if (attempt > 1) logger.info({ attempt }, `${service}: database reachable, serving`);
        return candidate;
      } catch (error) {
        if (cancelled || !isDatabaseUnreachable(error)) throw error;
        const delayMs = Math.round(retryDelay(policy, attempt));
        reason = `database unreachable (${(error as Error).message}); attempt ${attempt}, next in ${delayMs} ms`;
        // One line per attempt, without the stack: it is expected, and may go on for a while.
        logger.warn(
          { attempt, delayMs, error: (error as Error).message },
          `${service}: database unreachable, retrying`,
        );
        await pause(delayMs);
        if (cancelled) throw new Error(`${service}: stopped before its database opened`);
      }
    }
  })();
  // The caller may never await it (stopped while waiting): no unhandled rejection then.
  opened.catch(() => undefined);

  return {
    current: () => dataSource,
    reason: () => reason,
    opened,
    cancel() {
      cancelled = true;
      wake?.();
    },
  };
}
