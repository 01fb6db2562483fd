import { Directive } from 'type-graphql';

/**
 * Apollo's @cacheControl, declared in every subgraph's SDL: Apollo Server's cache-control
 * plugin in the subgraph computes each answer's policy from the hints of what it touched
 * and sends it as Cache-Control; the gateway restricts its overall policy by every subgraph
 * answer's header and caches whole answers by it (gateway/src/response-cache). A type or
 * field without a hint makes an answer that touches it uncacheable, so a new type is never
 * cached until someone decides it may be. Composition leaves them out (scripts/compose.js);
 * the enum is @inaccessible for tools that compose these files as they are.
 */
export const CACHE_CONTROL_DEFINITION = `
enum CacheControlScope @inaccessible { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`;

/**
 * How long an answer of public data may be kept. The data changes monthly and every write
 * through the gateway invalidates at once; the limit bounds what a change made beside the
 * API (an operator's SQL, a reseed) can leave stale, and how long superseded answers occupy
 * the cache.
 */
export const PUBLIC_DATA_MAX_AGE = 900;

/** The same for every caller, anonymous or not: answers may be shared. */
export const publicData = () => Directive(`@cacheControl(maxAge: ${PUBLIC_DATA_MAX_AGE})`);

/**
 * Depends on who asks (the caller's token): an answer that touches it is kept for that
 * caller only, and not at all for an anonymous one.
 */
export const privateData = () =>
  Directive(`@cacheControl(maxAge: ${PUBLIC_DATA_MAX_AGE}, scope: PRIVATE)`);

/** Differs by caller, as a field of otherwise public data: makes the answer private. */
export const privateField = () => Directive('@cacheControl(scope: PRIVATE)');
