import { createClient } from '@keyv/redis';
import { logger } from '@ehelse/shared/runtime';

/** Between reconnection attempts while Redis is away: soon enough to pick the cache up again. */
const reconnectDelayMs = (attempts: number) => Math.min(100 * 2 ** attempts, 2_000);

const clientFor = (url: string, timeoutMs: number) =>
  createClient({
    url,
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs },
    socket: { connectTimeout: Math.max(timeoutMs, 1_000), reconnectStrategy: reconnectDelayMs },
  });

export type RedisClient = ReturnType<typeof clientFor>;

export interface RedisConnection {
  client: RedisClient;
  /** Connected now: when not, the cache is skipped at once instead of waiting. */
  ready(): boolean;
  /** Called on every (re)connection. */
  onReady(listener: () => void): void;
  /** Called when the connection is lost (or a connection attempt fails). */
  onLost(listener: () => void): void;
  close(): Promise<void>;
}

/**
 * One client for the cache and the write generation. Redis away costs the cache only: no
 * command waits for a connection (no offline queue) or longer than `timeoutMs`, the client
 * reconnects for as long as the gateway runs, and the outage is logged once, not per request.
 */
export function connectRedis(url: string, timeoutMs: number): RedisConnection {
  const client = clientFor(url, timeoutMs);
  const where = new URL(url).host;
  let away = false;
  client.on('error', (error: Error) => {
    if (away) return;
    away = true;
    logger.warn(
      { redis: where, err: error.message },
      'Redis unreachable: answers are not cached until it is back',
    );
  });
  client.on('ready', () => {
    if (away) logger.info({ redis: where }, 'Redis reachable again: answers are cached');
    away = false;
  });
  // Not awaited: the gateway starts and answers (uncached) while Redis is still away.
  client.connect().catch(() => undefined);
  return {
    client,
    ready: () => client.isReady,
    onReady: (listener) => void client.on('ready', listener),
    onLost: (listener) => {
      client.on('error', listener);
      client.on('end', listener);
      client.on('reconnecting', listener);
    },
    close: async () => {
      if (!client.isOpen) return;
      // A client still reconnecting has nothing to finish: closing it gracefully would wait.
      if (client.isReady) await client.close();
      else client.destroy();
    },
  };
}
