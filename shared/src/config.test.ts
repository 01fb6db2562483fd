import path from 'node:path';
import { loadConfig } from './config';

describe('configuration', () => {
  it('works on a laptop without any variable', () => {
    const config = loadConfig({});
    expect(config.gatewayPort).toBe(4000);
    expect(config.ports).toEqual({ portfolio: 4001, governance: 4002, architecture: 4003 });
    expect(config.subgraphUrls.governance).toBe('http://127.0.0.1:4002/graphql');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('.data'));
  });

  it('reads ports, URLs and the database from the environment', () => {
    const config = loadConfig({
      GATEWAY_PORT: '5000',
      PORTFOLIO_URL: 'http://portfolio:4001/graphql',
      DATABASE_URL: 'mysql://u:p@db:3306',
    });
    expect(config.gatewayPort).toBe(5000);
    expect(config.subgraphUrls.portfolio).toBe('http://portfolio:4001/graphql');
    expect(config.databaseUrl).toBe('mysql://u:p@db:3306');
  });

  it('reads the service name, supervision and tracing here too', () => {
    const unset = loadConfig({});
    expect(unset.serviceName).toBeUndefined();
    expect(unset.supervised).toBe(false);
    expect(unset.tracing).toEqual({ enabled: false, serviceName: 'ehelse-graph' });
    const started = loadConfig({
      SERVICE_NAME: 'portfolio',
      SUPERVISED: 'true',
      OTEL_TRACING: 'true',
    });
    expect(started.serviceName).toBe('portfolio');
    expect(started.supervised).toBe(true);
    expect(started.tracing).toEqual({ enabled: true, serviceName: 'portfolio' });
    expect(
      loadConfig({ SERVICE_NAME: 'portfolio', OTEL_SERVICE_NAME: 'pf' }).tracing.serviceName,
    ).toBe('pf');
  });

  it('refuses a NODE_ENV it does not know, so a typo never means development', () => {
    for (const NODE_ENV of ['prod', 'Production', 'production ']) {
      expect(() => loadConfig({ NODE_ENV })).toThrow(/NODE_ENV must be/);
    }
  });

  it('refuses a clock skew that would switch the token time checks off', () => {
    expect(() => loadConfig({ AUTH_CLOCK_SKEW_SECONDS: '999999999' })).toThrow(
      /AUTH_CLOCK_SKEW_SECONDS/,
    );
    expect(() => loadConfig({ AUTH_CLOCK_SKEW_SECONDS: '-5' })).toThrow(/AUTH_CLOCK_SKEW_SECONDS/);
  });

  it('caches answers in memory by default, in Redis when REDIS_URL is set, and not at all when off', () => {
    expect(loadConfig({}).responseCache).toEqual({
      enabled: true,
      redisUrl: undefined,
      redisTimeoutMs: 250,
      replayMaxBytes: 16 * 1024 * 1024,
    });
    expect(
      loadConfig({ REDIS_URL: 'redis://cache:6379', REDIS_TIMEOUT_MS: '100' }).responseCache,
    ).toMatchObject({ enabled: true, redisUrl: 'redis://cache:6379', redisTimeoutMs: 100 });
    expect(loadConfig({ RESPONSE_CACHE_REPLAY_MB: '0' }).responseCache.replayMaxBytes).toBe(0);
    expect(loadConfig({ RESPONSE_CACHE: 'false' }).responseCache.enabled).toBe(false);
  });

  it('refuses a cache setting it cannot read, so a typo never leaves the cache on', () => {
    for (const RESPONSE_CACHE of ['off', '0', 'False'])
      expect(() => loadConfig({ RESPONSE_CACHE })).toThrow(/RESPONSE_CACHE must be true or false/);
    expect(() => loadConfig({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_TIMEOUT_MS: '0' })).toThrow(/REDIS_TIMEOUT_MS/);
    for (const RESPONSE_CACHE_REPLAY_MB of ['-1', '2048', 'much'])
      expect(() => loadConfig({ RESPONSE_CACHE_REPLAY_MB })).toThrow(/RESPONSE_CACHE_REPLAY_MB/);
  });

  it('leaves the heap growth to each service unless told, and refuses a growth it cannot mean', () => {
    expect(loadConfig({}).heapGrowingPercent).toBeUndefined();
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '100' }).heapGrowingPercent).toBe(100);
    for (const HEAP_GROWING_PERCENT of ['-5', '1000', 'lots'])
      expect(() => loadConfig({ HEAP_GROWING_PERCENT })).toThrow(/HEAP_GROWING_PERCENT/);
  });

  it('rejects a port that is not a number', () => {
    expect(() => loadConfig({ GATEWAY_PORT: 'abc' })).toThrow(/GATEWAY_PORT/);
  });
});
