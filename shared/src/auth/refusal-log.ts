import client from 'prom-client';
import { logger } from '../logger';
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

/** One log line per refused token, with its reason and never the token itself. */
export function recordRefusal(
  counter: RefusalCounter | undefined,
  fields: { service: string; requestId?: string; reason: RefusalReason; message: string },
) {
  counter?.inc({ reason: fields.reason });
  logger.warn(fields, 'token refused');
}
