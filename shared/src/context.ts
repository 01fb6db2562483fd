import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Principal } from './auth';
import type { Loaders } from './loaders';

/** What every resolver receives: the request's loaders, its database, its caller and the service's settings. */
export interface Context {
  requestId: string;
  dataSource: DataSource;
  loaders: Loaders;
  /** The settings the service was started with: resolvers read them here, never from a global. */
  config: Config;
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
