import client from 'prom-client';
import { REFUSAL_REASONS, type RefusalReason } from './refusals';

export type RefusalCounter = client.Counter<'reason'>;

/** `auth_refusals_total{reason}`: every reason present from the start, at 0, and no other. */
export function authRefusalCounter(registry: client.Registry): RefusalCounter {
  const counter = new client.Counter({
    name: 'auth_refusals_total',
    help: 'Bearer tokens refused, by reason',
    labelNames: ['reason'],
    registers: [registry],
  });
  for (const reason of REFUSAL_REASONS) counter.inc({ reason }, 0);
  return counter;
}

/**
 * Counts a refused token by its reason. Nothing is logged here: the reason goes on the
 * request's one log line (request-log.ts), at info, and never the token itself.
 */
export function recordRefusal(counter: RefusalCounter | undefined, reason: RefusalReason) {
  counter?.inc({ reason });
}
