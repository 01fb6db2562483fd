import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { Principal } from './auth';
import type { Loaders } from './loaders';

/** What every resolver receives: the request's loaders, its database and its log. */
export interface Context {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  log: Logger;
  /** The verified caller; null for anonymous reads. */
  principal: Principal | null;
  /**
   * Whether the gateway signed this request (SUBGRAPH_SECRET): the gateway has already
   * applied its limits to it. Always false when no secret is configured.
   */
  signedByGateway?: boolean;
  /** The request's Idempotency-Key header: a mutation under it writes at most once. */
  idempotencyKey?: string;
}
