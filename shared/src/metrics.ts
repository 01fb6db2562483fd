import client from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { operationLabeler } from './operation-labels';
import { authRefusalCounter } from './auth/refusal-count';
import { sqlStatements } from './sql-statements';

interface PoolInternals {
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** SQL statements issued and, on MySQL, the connection pool's use. */
function databaseMetrics(registry: client.Registry, dataSource: () => DataSource | undefined) {
  new client.Gauge({
    name: 'sql_statements_total',
    help: 'SQL statements issued since start',
    registers: [registry],
    collect() {
      this.set(sqlStatements.total());
    },
  });
  const pool = () =>
    (dataSource()?.driver as unknown as { pool?: PoolInternals } | undefined)?.pool;
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by state (MySQL)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const internals = pool();
      if (!internals) return;
      const all = internals._allConnections?.length ?? 0;
      const free = internals._freeConnections?.length ?? 0;
      this.set({ state: 'open' }, all);
      this.set({ state: 'idle' }, free);
      this.set({ state: 'busy' }, all - free);
      this.set({ state: 'waiting' }, internals._connectionQueue?.length ?? 0);
    },
  });
}

/** Seconds since a `process.hrtime.bigint()` reading. */
export const secondsSince = (started: bigint) => Number(process.hrtime.bigint() - started) / 1e9;

/**
 * Prometheus registry of one service: process metrics plus GraphQL request metrics.
 * The database may be a getter: a subgraph serves /metrics before its database opens.
 * Operation labels are the known names plus `operationNames` (METRICS_OPERATION_NAMES),
 * `other` for any other name: a client cannot add series (see operation-labels.ts).
 */
export function createMetrics(
  service: string,
  dataSource?: DataSource | (() => DataSource | undefined),
  operationNames: Iterable<string> = [],
) {
  const operationLabel = operationLabeler(operationNames);
  const registry = new client.Registry();
  registry.setDefaultLabels({ service });
  client.collectDefaultMetrics({ register: registry });
  if (dataSource)
    databaseMetrics(registry, typeof dataSource === 'function' ? dataSource : () => dataSource);
  const requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations handled, by known operation name (or other) and outcome',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by known operation name (or other)',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  /** One operation handled: by Apollo (the plugin) or before it (a replayed cached answer). */
  const countOperation = (
    operationName: string | null | undefined,
    failed: boolean,
    seconds: number,
  ) => {
    const operation = operationLabel(operationName);
    duration.observe({ operation }, seconds);
    requests.inc({ operation, outcome: failed ? 'error' : 'ok' });
  };
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, errors }) {
          countOperation(operationName, Boolean(errors?.length), secondsSince(started));
        },
      };
    },
  };
  // Refused bearer tokens, counted by authenticate() in server.ts.
  const authRefusals = authRefusalCounter(registry);
  return { registry, plugin, countOperation, authRefusals };
}
