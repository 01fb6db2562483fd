import { EventEmitter } from 'node:events';
import { GENERATION_KEY, memoryGeneration, redisGeneration } from './generation';
import type { RedisConnection } from './redis-connection';

/** A connection whose Redis the test turns on and off, counting in a Map as INCR does. */
function fakeRedis() {
  const events = new EventEmitter();
  const store = new Map<string, number>();
  let up = false;
  const refuse = () => Promise.reject(new Error('The client is closed'));
  const client = {
    incr: async (key: string) => {
      if (!up) return refuse();
      store.set(key, (store.get(key) ?? 0) + 1);
      return store.get(key);
    },
    get: async (key: string) => (up ? String(store.get(key) ?? 0) : refuse()),
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
    expect(before).toBe(2); // each replica bumped on connecting
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
    expect(await generation.current()).toBe(1);
    // Writes through other replicas while this one was away cannot be known: bump again.
    redis.down();
    expect(await generation.current()).toBeNull();
    redis.up();
    await settle();
    expect(await generation.current()).toBe(2);
  });

  it('in Redis: a bump that could not be stored keeps this replica uncached until it lands', async () => {
    const redis = fakeRedis();
    const generation = redisGeneration(redis.connection);
    redis.up();
    await settle();
    redis.down();
    await generation.bump();
    expect(await generation.current()).toBeNull();
    redis.up();
    await settle();
    expect(await generation.current()).toBe(2);
  });
});
