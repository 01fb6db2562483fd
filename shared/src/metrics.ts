import client from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';

/** Prometheus registry of one service: process metrics plus GraphQL request metrics. */
export function createMetrics(service: string) {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service });
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations handled, by operation name and outcome',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL operation latency, by operation name',
    labelNames: ['operation'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const stop = duration.startTimer();
      return {
        async willSendResponse({ operationName, errors }) {
          const operation = operationName ?? 'anonymous';
          stop({ operation });
          requests.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
  return { registry, plugin };
}
