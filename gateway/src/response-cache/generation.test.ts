import { EventEmitter } from 'node:events';
import { GENERATION_KEY, memoryGeneration, redisGeneration } from './generation';
import type { RedisConnection } from './redis-connection';

/**
 * A connection whose Redis the test turns on, off and empties, running the bump script as
 * Redis would: a missing generation starts from the clock argument, then INCR.
 */
function fakeRedis() {
  const events = new EventEmitter();
  const store = new Map<string, number>();
  let up = false;
  const refuse = () => Promise.reject(new Error('The client is closed'));
  const client = {
    eval: async (_script: string, options: { keys: string[]; arguments: string[] }) => {
      if (!up) return refuse();
      const [key] = options.keys;
      if (!store.has(key)) store.set(key, Number(options.arguments[0]));
      store.set(key, store.get(key)! + 1);
      return store.get(key);
    },
    get: async (key: string) => {
      if (!up) return refuse();
      return store.has(key) ? String(store.get(key)) : null;
    },
  };
  const connection = {
    client,
    ready: () => up,
    onReady: (listener: () => void) => void events.on('ready', listener),
    onLost: (listener: () => void) => void events.on('lost', listener),
    close: async () => undefined,
  } as unknown as RedisConnection;
  return {
    connection,
    store,
    up: () => ((up = true), events.emit('ready')),
    down: () => ((up = false), events.emit('lost')),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A replica connected to a fake Redis, counting the resets it reports. */
async function connectedReplica() {
  const redis = fakeRedis();
  const generation = redisGeneration(redis.connection);
  const resets = jest.fn();
  generation.onReset(resets);
  redis.up();
  await settle();
  return { redis, generation, resets };
}

describe('the write generation', () => {
  it('in memory: every write moves it on', async () => {
    const generation = memoryGeneration();
    const before = await generation.current();
    await generation.bump();
    expect(await generation.current()).toBe(before! + 1);
  });

  it('in Redis: shared by replicas, so a write through one moves it for the other', async () => {
    const redis = fakeRedis();
    const a = redisGeneration(redis.connection);
    const b = redisGeneration(redis.connection);
    redis.up();
    await settle();
    const before = await b.current();
    // Each replica bumped on connecting: from the clock, as Redis held none.
    expect(before).toBeGreaterThan(Date.now() * 1000 - 60e6);
    expect(before).toBe(redis.store.get(GENERATION_KEY));
    await a.bump();
    expect(await b.current()).toBe(before! + 1);
    expect(redis.store.get(GENERATION_KEY)).toBe(before! + 1);
  });

  it('in Redis: unknown (nothing cached) until a replica has bumped it on connecting', async () => {
    const redis = fakeRedis();
    const generation = redisGeneration(redis.connection);
    expect(await generation.current()).toBeNull();
    redis.up();
    await settle();
    const first = (await generation.current())!;
    expect(first).not.toBeNull();
    // Writes through other replicas while this one was away cannot be known: bump again.
    redis.down();
    expect(await generation.current()).toBeNull();
    redis.up();
    await settle();
    expect(await generation.current()).toBe(first + 1);
  });

  it('in Redis: a bump that could not be stored keeps this replica uncached until it lands', async () => {
    const redis = fakeRedis();
    const generation = redisGeneration(redis.connection);
    redis.up();
    await settle();
    const first = redis.store.get(GENERATION_KEY)!;
    redis.down();
    await generation.bump();
    expect(await generation.current()).toBeNull();
    redis.up();
    await settle();
    expect(await generation.current()).toBe(first + 1);
  });

  it('in Redis: emptied, it is unknown, then starts above every generation before, and resets', async () => {
    const { redis, generation, resets } = await connectedReplica();
    resets.mockClear();
    // Counted low, as a Redis that began at 0 would have.
    redis.store.set(GENERATION_KEY, 5);
    expect(await generation.current()).toBe(5);
    redis.store.clear();
    expect(await generation.current()).toBeNull();
    expect(resets).toHaveBeenCalledTimes(1);
    await settle();
    expect(await generation.current()).toBeGreaterThan(Date.now() * 1000 - 60e6);
  });

  it('in Redis: a generation lower than one seen (restored) resets and is bumped past', async () => {
    const { redis, generation, resets } = await connectedReplica();
    const seen = (await generation.current())!;
    resets.mockClear();
    redis.store.set(GENERATION_KEY, seen - 3);
    expect(await generation.current()).toBeNull();
    expect(resets).toHaveBeenCalledTimes(1);
    await settle();
    expect(await generation.current()).toBe(seen - 2);
  });

  it('in Redis: a lost connection and every reconnection reset what replicas keep', async () => {
    const redis = fakeRedis();
    const generation = redisGeneration(redis.connection);
    const resets = jest.fn();
    generation.onReset(resets);
    redis.up();
    expect(resets).toHaveBeenCalledTimes(1);
    redis.down();
    expect(resets).toHaveBeenCalledTimes(2);
  });
});
