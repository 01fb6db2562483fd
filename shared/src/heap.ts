import v8 from 'node:v8';

/**
 * How far a service's old generation may grow past its live heap before V8 collects it, in
 * per cent, unless HEAP_GROWING_PERCENT says otherwise. A subgraph's live heap is 40 to 50 MB;
 * V8's own heuristic let it grow to three or four times that with garbage promoted from
 * requests in flight (portfolio: 175 to 220 MB of RSS under load); a quarter over keeps it
 * near 140 MB, the extra full collections running mostly on V8's background thread. The
 * gateway keeps V8's heuristic (0): capped, it spent about 8 % more CPU per request
 * (benchmark rig, issue 15), and its memory is not what limits a deployment.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = { subgraph: 25, gateway: 0 } as const;

/**
 * Caps the old generation's growth. V8 reads the flag at each full collection, so setting it
 * once the process runs takes effect (the flag is not one NODE_OPTIONS accepts, and a
 * command-line flag would have to be repeated in every way a service is started: npm start,
 * docker-compose, the benchmark, the tests).
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
