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
  /**
   * Called when generations seen before may come round again with other answers (Redis lost,
   * emptied or restored): what a replica keeps by generation in its own memory must go.
   */
  onReset(listener: () => void): void;
}

/** In the gateway's memory: one replica only. */
export function memoryGeneration(): WriteGeneration {
  let generation = 0;
  return {
    current: async () => generation,
    bump: async () => {
      generation += 1;
    },
    // Only ever counts up, in this process: nothing to reset.
    onReset: () => undefined,
  };
}

export const GENERATION_KEY = 'ehelse-graph:response-cache:generation';

/** Between attempts to store a bump Redis refused. */
const RETRY_MS = 1_000;

/**
 * INCR, but a generation Redis no longer holds (emptied, restarted without persistence)
 * starts again from the clock (microseconds), not from 0: above every generation counted
 * before, so no replica can take a new one for one it saw before the loss. Atomic in Lua.
 */
const BUMP_SCRIPT = `if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[1]) end
return redis.call('INCR', KEYS[1])`;

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
  // The highest generation this replica has read: one lower means Redis went back (restored).
  let highest = -Infinity;
  const resetListeners: (() => void)[] = [];
  const reset = () => {
    highest = -Infinity;
    for (const listener of resetListeners) listener();
  };
  const store = async () => {
    try {
      await redis.client.eval(BUMP_SCRIPT, {
        keys: [GENERATION_KEY],
        arguments: [String(Date.now() * 1000)],
      });
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
  /** Redis lost what was counted: uncached until this replica has bumped it again. */
  const lost = () => {
    unstored = true;
    reset();
  };
  redis.onReady(() => {
    reset();
    void store();
  });
  redis.onLost(lost);
  return {
    async current() {
      if (unstored || !redis.ready()) return null;
      let stored: string | null;
      try {
        stored = await redis.client.get(GENERATION_KEY);
      } catch {
        return null;
      }
      const generation = stored === null ? NaN : Number(stored);
      if (!(generation >= highest)) {
        // Emptied (no key) or restored from an older snapshot.
        lost();
        void store();
        return null;
      }
      highest = generation;
      return generation;
    },
    bump: store,
    onReset: (listener) => void resetListeners.push(listener),
  };
}
