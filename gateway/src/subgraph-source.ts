import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import type { SubgraphFetchMetrics } from './subgraph-metrics';

export interface GatewayContext {
  requestId: string;
  authorization?: string;
}

/** Passes the caller's credentials and request id on to every subgraph fetch, with a time limit. */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly metrics: SubgraphFetchMetrics,
  ) {
    super({
      url,
      fetcher: async (input, init) => {
        const stop = this.metrics.start(this.subgraph);
        try {
          const response = await fetch(input as string, {
            ...(init as RequestInit),
            signal: AbortSignal.timeout(this.timeoutMs),
          });
          stop(response.ok ? 'ok' : 'error');
          return response as never;
        } catch (error) {
          const timedOut = (error as Error).name === 'TimeoutError';
          stop(timedOut ? 'timeout' : 'unreachable');
          throw new GraphQLError(
            timedOut
              ? `The ${this.subgraph} subgraph did not answer within ${this.timeoutMs} ms`
              : `The ${this.subgraph} subgraph is unreachable`,
            { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph } },
          );
        }
      },
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    headers.set('x-request-id', context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
    // W3C trace context, so a subgraph's spans join the gateway's trace (a no-op when tracing is off).
    propagation.inject(otelContext.active(), headers, {
      set: (carrier, key, value) => carrier.set(key, value),
    });
  }
}
