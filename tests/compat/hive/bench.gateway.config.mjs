// Hive Gateway as the benchmark's peer (bench/lib/hive.js starts it with `-c` this file):
// the Hive Router runtime plans and executes, like for like with our gateway.
import { createRequire } from 'node:module';
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

const require = createRequire(import.meta.url);
// Only the signing module: the rest of @ehelse/shared would weigh on this process's memory.
const { SIGNATURE_HEADER, signBody } = require('../../../shared/dist/gateway-signature.js');

const secret = process.env.SUBGRAPH_SECRET || undefined;

/** Signs each subgraph request body as our gateway does, so that the subgraphs accept it. */
const signSubgraphRequests = {
  onFetch({ options, setOptions }) {
    if (!secret || typeof options.body !== 'string') return;
    const headers = new Headers(options.headers);
    headers.set(SIGNATURE_HEADER, signBody(secret, options.body));
    setOptions({ ...options, headers: Object.fromEntries(headers) });
  },
};

export const gatewayConfig = defineConfig({
  // Imported here rather than through --hive-router-runtime, which falls back silently.
  unifiedGraphHandler,
  transportEntries: {
    // Our gateway does not share one subgraph answer between identical concurrent requests.
    '*.http': { options: { deduplicateInflightRequests: false } },
  },
  plugins: () => [signSubgraphRequests],
  // One shared answer per query for everyone (the benchmark sends no credentials), for a minute.
  responseCaching:
    process.env.HIVE_RESPONSE_CACHE === 'true' ? { session: () => null, ttl: 60_000 } : undefined,
  logging: 'warn',
  landingPage: false,
});
