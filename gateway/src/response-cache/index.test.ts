import client from 'prom-client';
import type * as ResponseCacheModule from './index';

// Required after the mock and each reset, so that each test sees what loading it loads.
const load = () => require('./index') as typeof ResponseCacheModule;

// Stands in for the Redis client library: records whether the gateway loaded it at all.
const loaded = { redis: false };
const metrics = () => ({ registry: new client.Registry(), countOperation: () => undefined });
const settings = { enabled: true, redisTimeoutMs: 100, replayMaxBytes: 1024 };
jest.mock('@keyv/redis', () => {
  loaded.redis = true;
  return jest.requireActual('@keyv/redis');
});

describe('the response cache without REDIS_URL', () => {
  beforeEach(() => {
    loaded.redis = false;
    jest.resetModules();
  });

  it('keeps answers in memory without loading the Redis client (a fifth of a second of every start)', async () => {
    const { responseCache } = load();
    const cache = responseCache({ ...settings, redisUrl: undefined }, metrics());
    expect(cache.plugins.length).toBeGreaterThan(1);
    expect(loaded.redis).toBe(false);
    await cache.close();
  });

  it('loads it once REDIS_URL is set', async () => {
    const { responseCache } = load();
    // Nothing listens there: the client reconnects in the background and is closed at once.
    const cache = responseCache({ ...settings, redisUrl: 'redis://127.0.0.1:9' }, metrics());
    expect(loaded.redis).toBe(true);
    await cache.close();
  });
});
