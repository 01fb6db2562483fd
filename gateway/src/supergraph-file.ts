import path from 'node:path';

/**
 * The supergraph the gateway serves: composed ahead of time from the subgraphs' committed
 * SDL (`npm run compose`, see gateway/supergraph.yaml), so the gateway loads no subgraph code.
 */
export const SUPERGRAPH_FILE = path.join(__dirname, '..', 'supergraph.graphql');
