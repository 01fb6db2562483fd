import v8 from 'node:v8';

/**
 * Caps how far the old generation grows past the live heap before V8 collects it. V8 reads
 * the flag at each full collection, so setting it once the process runs takes effect (the
 * flag is not one NODE_OPTIONS accepts, and a command-line flag would have to be repeated
 * in every way a service is started: npm start, docker-compose, the benchmark, the tests).
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
