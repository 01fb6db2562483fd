import type http from 'node:http';
import {
  recordRefusal,
  refusalReasonOf,
  refusalStatusOf,
  type RefusalCounter,
  type Verifier,
} from './auth';
import type { Config } from './config';
import { unauthenticated } from './errors';
import { setFatalHandler } from './fatal';
import { DEFAULT_HEAP_GROWING_PERCENT, limitHeapGrowth } from './heap';
import { logger } from './logger';

// What the gateway and the subgraphs share as HTTP services, without any database code:
// a request's caller, and a process's life (start, drain on a signal, exit on a fatal fault).

export interface RunningService {
  url: string;
  port: number;
  /** The interface it listens on, as the operating system reports it. */
  address?: string;
  stop(): Promise<void>;
}

/**
 * The caller of a request, verified from its bearer token (every service verifies
 * for itself, never trusting a header set by someone else). Refusals answer HTTP 401;
 * the reason is counted here and logged on the request's line (see withRequestLog).
 */
export async function authenticate(
  verify: Verifier,
  req: http.IncomingMessage,
  requiredForReads: boolean,
  refusals?: { counter?: RefusalCounter },
) {
  try {
    const principal = await verify(req.headers.authorization);
    if (!principal && requiredForReads) throw unauthenticated();
    return principal;
  } catch (error) {
    const reason = refusalReasonOf(error);
    if (reason) recordRefusal(refusals?.counter, reason);
    // 401, or 503 when the identity provider is out of reach: retrying then may well succeed.
    (error as { extensions: Record<string, unknown> }).extensions.http = {
      status: refusalStatusOf(error),
    };
    throw error;
  }
}

/**
 * Runs a service as its own process: logs a failed start and exits, and on
 * SIGTERM/SIGINT stops accepting requests, finishes those in flight, closes the database.
 * `settings` is the Config the entry point loaded, the one it starts the service with.
 */
export function runAsProcess(
  name: string,
  start: () => Promise<RunningService>,
  settings: Pick<Config, 'supervised' | 'heapGrowingPercent'>,
): void {
  limitHeapGrowth(
    settings.heapGrowingPercent ??
      DEFAULT_HEAP_GROWING_PERCENT[name === 'gateway' ? 'gateway' : 'subgraph'],
  );
  let service: RunningService | undefined;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ service: name, signal }, 'shutting down');
    // Still starting (e.g. waiting for its database): nothing was answered yet, nothing to finish.
    if (!service) process.exit(0);
    service.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // Listening from the start, not once started: a service waiting for its database still stops cleanly.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // State it can no longer vouch for (a commit that did not reach the disk): exit at once,
  // after the answer saying so has left, and let the supervisor restart from the file.
  setFatalHandler(() => setTimeout(() => process.exit(70), 100).unref());
  if (settings.supervised) {
    // Under `npm start` the supervisor orders the shutdown (gateway first), so Ctrl-C is its to
    // handle; it spawns us in our own process group, this covers a signal sent to ours anyway.
    process.on('SIGINT', () => undefined);
    // The supervisor gone (even by SIGKILL) closes our IPC channel: stop rather than linger
    // as an orphan holding the port.
    if (process.connected) {
      process.once('disconnect', () => shutdown('supervisor gone'));
      process.channel?.unref();
    }
  } else process.on('SIGINT', () => shutdown('SIGINT'));

  start().then(
    (started) => {
      service = started;
      if (stopping) void started.stop().finally(() => process.exit(0));
    },
    (error) => {
      logger.fatal({ err: error, service: name }, 'failed to start');
      process.exit(1);
    },
  );
}
