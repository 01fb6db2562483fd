import client from 'prom-client';

export interface SubgraphFetchMetrics {
  /** Starts timing one fetch; call the result with its outcome. */
  start(subgraph: string): (outcome: 'ok' | 'error' | 'timeout' | 'unreachable') => void;
}

/**
 * Latency and outcome of the gateway's fetches to each subgraph. Both labels are bounded:
 * the subgraph names come from the supergraph, the outcome from the four above; nothing
 * a client sends becomes a label.
 */
export function subgraphFetchMetrics(registry: client.Registry): SubgraphFetchMetrics {
  const histogram = new client.Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'Latency of gateway fetches to subgraphs, by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    start(subgraph) {
      const stop = histogram.startTimer({ subgraph });
      return (outcome) => stop({ outcome });
    },
  };
}
