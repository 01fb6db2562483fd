import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { context as otelContext, propagation } from '@opentelemetry/api';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  GATEWAY_SIGNATURE_INVALID,
  SIGNATURE_HEADER,
  logger,
  signBody,
} from '@ehelse/shared/runtime';
import type { CostBudget } from '@ehelse/shared/runtime';
import type { SubgraphFetchMetrics } from './subgraph-metrics';
import { subgraphHttpClient, SubgraphTimeout } from './subgraph-http';

export interface GatewayContext {
  requestId: string;
  authorization?: string;
  /** The client's Idempotency-Key, for the subgraph the mutation is planned on. */
  idempotencyKey?: string;
  /** The estimated cost of this HTTP request's operations so far (a batch shares it). */
  costBudget?: CostBudget;
}

/**
 * A subgraph's 4xx answer that carries GraphQL errors: the gateway hands those errors on
 * (with their codes) instead of Apollo's "400: Bad Request" naming the subgraph's URL.
 */
class SubgraphRefusal extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super(errors[0].message, { extensions: errors[0].extensions });
  }
}

const graphQLErrorsIn = (body: unknown): GraphQLFormattedError[] | undefined => {
  const errors = (body as { errors?: unknown } | null)?.errors;
  const wellFormed =
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof (e as { message?: unknown })?.message === 'string');
  return wellFormed ? (errors as GraphQLFormattedError[]) : undefined;
};

const codeForStatus = (status: number) =>
  status === 401
    ? 'UNAUTHENTICATED'
    : status === 403
      ? 'FORBIDDEN'
      : status >= 500
        ? 'SUBGRAPH_UNAVAILABLE'
        : 'INTERNAL_SERVER_ERROR';

export interface ForwardingOptions {
  timeoutMs: number;
  metrics: SubgraphFetchMetrics;
  /** SUBGRAPH_SECRET: when set, every request body is signed for the subgraph to verify. */
  secret?: string;
}

/**
 * Passes the caller's credentials and request id on to every subgraph fetch, with a
 * time limit, signed when a secret is configured.
 */
export class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  /** Whether the subgraph refused the last signed request: said once, not on every request. */
  private signatureRefused = false;

  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly options: ForwardingOptions,
  ) {
    const http = subgraphHttpClient({ timeoutMs: options.timeoutMs });
    super({
      url,
      fetcher: async (input, init) => {
        const stop = this.options.metrics.start(this.subgraph);
        const headers = { ...init?.headers };
        // Signed here, over the exact bytes sent: the body is serialised just before this call.
        if (this.options.secret && typeof init?.body === 'string')
          headers[SIGNATURE_HEADER] = signBody(this.options.secret, init.body);
        try {
          const response = await http.fetcher(input, { ...init, headers });
          stop(response.ok ? 'ok' : 'error');
          if (response.ok) this.signatureRefused = false;
          return response;
        } catch (error) {
          const timedOut = error instanceof SubgraphTimeout;
          stop(timedOut ? 'timeout' : 'unreachable');
          throw new GraphQLError(
            timedOut
              ? `The ${this.subgraph} subgraph did not answer within ${this.options.timeoutMs} ms`
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
    // Only to the fetch that writes; the entity fetches after it are reads.
    if (context.idempotencyKey !== undefined && /^\s*mutation\b/.test(request.query ?? ''))
      headers.set('idempotency-key', context.idempotencyKey);
    // W3C trace context, so a subgraph's spans join the gateway's trace (a no-op when tracing is off).
    propagation.inject(otelContext.active(), headers, {
      set: (carrier, key, value) => carrier.set(key, value),
    });
  }

  /** A refused request's own errors are the answer, merged like any subgraph errors. */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphRefusal) return { errors: error.errors };
      throw error;
    }
  }

  /** Never Apollo's default, whose message and extensions carry the subgraph's internal URL. */
  override async errorFromResponse(
    response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0],
  ): Promise<GraphQLError> {
    const body = await this.parseBody(response).catch(() => undefined);
    const errors = graphQLErrorsIn(body);
    if (errors?.[0].extensions?.code === GATEWAY_SIGNATURE_INVALID) {
      // The gateway's own configuration is wrong (SUBGRAPH_SECRET differs): the operator's
      // problem, so the caller sees the part as unavailable, and the log says why, once until
      // the subgraph answers again (each request's own line has SUBGRAPH_UNAVAILABLE at error).
      if (!this.signatureRefused)
        logger.error(
          { subgraph: this.subgraph },
          'the subgraph refuses the gateway signature: SUBGRAPH_SECRET differs between them',
        );
      this.signatureRefused = true;
      return new GraphQLError(`The ${this.subgraph} subgraph is unavailable`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.subgraph },
      });
    }
    if (errors && response.status < 500) return new SubgraphRefusal(errors);
    return new GraphQLError(
      errors?.[0].message ?? `The ${this.subgraph} subgraph answered HTTP ${response.status}`,
      {
        extensions: {
          code: (errors?.[0].extensions?.code as string) ?? codeForStatus(response.status),
          subgraph: this.subgraph,
        },
      },
    );
  }
}
