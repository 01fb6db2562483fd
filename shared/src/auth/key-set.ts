import {
  createLocalJWKSet,
  errors as joseErrors,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { logger } from '../logger';
import { refusal } from './refusals';

export interface KeySetOptions {
  /** A fetch slower than this counts as the identity provider being unavailable. */
  timeoutMs: number;
  /** Keys are fetched again when older than this; until a fetch succeeds the old ones are used. */
  cacheMaxAgeMs: number;
  /**
   * Fewest milliseconds between two fetches: an unknown `kid` (a key just rotated in) waits
   * at most this long for its refresh, and a stream of made-up kids cannot hammer the provider.
   */
  minRefreshIntervalMs: number;
}

async function fetchKeySet(url: URL, timeoutMs: number) {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return createLocalJWKSet((await response.json()) as JSONWebKeySet);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const unavailable = () =>
  refusal(
    'identity_provider_unavailable',
    'The identity provider is unavailable: the token cannot be checked now, try again shortly',
  );

/**
 * The identity provider's signing keys (JWKS), fetched with a short timeout and cached.
 * Unlike jose's createRemoteJWKSet, an outage is answered at once as IDENTITY_PROVIDER_UNAVAILABLE
 * (not as an invalid token after 5 s), cached keys keep working while the provider is down,
 * and an unknown `kid` is looked up again within a second rather than refused for 30 s.
 */
export function remoteKeySet(url: URL, options: KeySetOptions): JWTVerifyGetKey {
  let keys: ReturnType<typeof createLocalJWKSet> | undefined;
  let fetchedAt = -Infinity;
  let attemptedAt = -Infinity;
  let pending: Promise<void> | undefined;

  // One fetch at a time: concurrent callers share it.
  const fetchOnce = () =>
    (pending ??= (async () => {
      attemptedAt = Date.now();
      try {
        keys = await fetchKeySet(url, options.timeoutMs);
        fetchedAt = Date.now();
      } catch (error) {
        logger.warn({ jwks: url.origin, err: String(error) }, 'identity provider keys unavailable');
        throw unavailable();
      } finally {
        pending = undefined;
      }
    })());

  const sinceAttempt = () => Date.now() - attemptedAt;

  async function refreshIfStale() {
    if (keys && Date.now() - fetchedAt <= options.cacheMaxAgeMs) return;
    if (!pending && sinceAttempt() < options.minRefreshIntervalMs) {
      // The provider failed moments ago: answer now rather than wait on it again.
      if (!keys) throw unavailable();
      return;
    }
    try {
      await fetchOnce();
    } catch (error) {
      if (!keys) throw error; // Stale keys still verify while the provider is down.
    }
  }

  async function refreshForUnknownKey() {
    const seen = attemptedAt;
    const wait = options.minRefreshIntervalMs - (Date.now() - seen);
    if (!pending && wait > 0) await sleep(wait);
    if (pending) return pending;
    // Fetch unless another caller did while this one waited (its keys are the newest). Not
    // "has the interval passed": a timer may fire a millisecond before Date.now() says it
    // should, and the rotated key would then be refused as unknown.
    if (attemptedAt === seen) return fetchOnce();
  }

  return async (header, token) => {
    await refreshIfStale();
    try {
      return await keys!(header, token);
    } catch (error) {
      if (!(error instanceof joseErrors.JWKSNoMatchingKey)) throw error;
      await refreshForUnknownKey();
      return keys!(header, token);
    }
  };
}
