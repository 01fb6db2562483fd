import { logger } from '@ehelse/shared/runtime';
import type { RedisConnection } from './redis-connection';

/**
 * The number of writes so far, part of every cached answer's key: a write bumps it, so no
 * answer cached before it is found again. Simplest correct invalidation: any write may
 * change any answer (a project's budget changes a summary, a list, a cross-domain page).
 */
export interface WriteGeneration {
  /** The current generation, or null when it cannot be known now: then nothing is cached. */
  current(): Promise<number | null>;
  /** After a write, before its answer is sent. */
  bump(): Promise<void>;
}

/** In the gateway's memory: one replica only. */
export function memoryGeneration(): WriteGeneration {
  let generation = 0;
  return {
    current: async () => generation,
    bump: async () => {
      generation += 1;
    },
  };
}

export const GENERATION_KEY = 'ehelse-graph:response-cache:generation';

/** Between attempts to store a bump Redis refused. */
const RETRY_MS = 1_000;

/**
 * In Redis (INCR), shared by every replica, so a write through one invalidates the answers
 * all of them cached. A replica caches nothing until it has bumped the generation itself:
 * after a bump Redis refused (the stored generation is behind this replica's write), and at
 * every (re)connection, since writes made through any replica while Redis was away could not
 * be counted. Bumps are retried until they land.
 */
export function redisGeneration(redis: RedisConnection): WriteGeneration {
  let unstored = true;
  let retry: NodeJS.Timeout | undefined;
  const store = async () => {
    try {
      await redis.client.incr(GENERATION_KEY);
      unstored = false;
      clearInterval(retry);
      retry = undefined;
    } catch (error) {
      if (!unstored && redis.ready())
        logger.warn(
          { err: (error as Error).message },
          'a write could not bump the cache generation in Redis: retrying',
        );
      unstored = true;
      retry ??= setInterval(() => void store(), RETRY_MS).unref();
    }
  };
  redis.onReady(() => void store());
  redis.onLost(() => {
    unstored = true;
  });
  return {
    async current() {
      if (unstored || !redis.ready()) return null;
      try {
        return Number((await redis.client.get(GENERATION_KEY)) ?? 0);
      } catch {
        return null;
      }
    },
    bump: store,
  };
}
