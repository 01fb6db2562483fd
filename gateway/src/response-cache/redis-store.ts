import type { ApolloServerPluginResponseCacheOptions } from '@apollo/server-plugin-response-cache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis, { Keyv } from '@keyv/redis';
import type { RedisConnection } from './redis-connection';

export type KeyValueCache = NonNullable<ApolloServerPluginResponseCacheOptions<object>['cache']>;

/** Keys of this API's answers, apart from anything else the Redis server holds. */
const NAMESPACE = 'ehelse-graph:response-cache';

/**
 * Apollo's key-value cache over Keyv's Redis store, on the shared connection. Every call
 * skips Redis while it is not connected and turns its failures into misses: a cache that
 * cannot answer is a cache that has nothing, never a failed request (Keyv already swallows
 * store errors; its error events are the connection's to log, once).
 */
export function redisStore(redis: RedisConnection): KeyValueCache {
  // As @keyv/redis's createKeyv sets them up: the store prefixes, Keyv does not again.
  const store = new KeyvRedis<string>(redis.client, {
    namespace: NAMESPACE,
    throwOnConnectError: false,
  });
  const keyv = new Keyv<string>(store, { namespace: NAMESPACE, useKeyPrefix: false });
  const quiet = () => undefined;
  store.on('error', quiet);
  keyv.on('error', quiet);
  const adapter = new KeyvAdapter(keyv);
  return {
    async get(key) {
      if (!redis.ready()) return undefined;
      return adapter.get(key).catch(() => undefined);
    },
    async set(key, value, options) {
      if (redis.ready()) await adapter.set(key, value, options).catch(quiet);
    },
    async delete(key) {
      if (!redis.ready()) return false;
      return adapter.delete(key).catch(() => false);
    },
  };
}
