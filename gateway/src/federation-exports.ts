/**
 * @apollo/federation-internals re-exports its modules through TypeScript's `__createBinding`
 * getters: every use of one of its functions from another package is a getter call. Apollo
 * Gateway's result shaping calls them (`assert`, `isNonNullType`, …) at every field of every
 * answer, and those getters were about a tenth of the gateway's CPU on a 50-row list (CPU
 * profile and benchmark rig, issue 15). Before anything else requires the package, the
 * cached module's exports are replaced by a copy holding the same values as plain
 * properties, so each use is a property read. The package assigns each export once, when it
 * loads, so the copy never goes stale. Where the module system keeps no such cache (jest's
 * registry), nothing changes.
 */
const id = require.resolve('@apollo/federation-internals');
require(id);
const cached = require.cache[id];
if (cached && !('flattened' in cached)) {
  const plain: Record<string, unknown> = {};
  for (const name of Object.keys(cached.exports)) plain[name] = cached.exports[name];
  Object.defineProperty(plain, '__esModule', { value: true });
  cached.exports = plain;
  Object.defineProperty(cached, 'flattened', { value: true });
}

export {};
