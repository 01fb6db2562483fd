import fs from 'node:fs';
import http from 'node:http';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { context as otelContext, propagation } from '@opentelemetry/api';
import {
  authenticate,
  config as defaultConfig,
  createMetrics,
  createVerifier,
  logger,
  requestIdOf,
  requestLogPlugin,
  type Config,
  type RunningService,
  type SubgraphName,
} from '@ehelse/shared';
import { SUPERGRAPH_FILE } from './compose';
import { queryLimitsPlugin } from './limits';
import { playgroundRouter } from './playground';
import { subgraphFetchMetrics, type SubgraphFetchMetrics } from './subgraph-metrics';
import { subgraphUrl } from './subgraphs';

interface GatewayContext {
  requestId: string;
  authorization?: string;
}

/** Passes the caller's credentials and request id on to every subgraph fetch, with a time limit. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
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

export interface GatewayOptions {
  config?: Config;
  port?: number;
  /** Subgraph URLs that differ from the configured ones (tests). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
}

const graphQLError = (status: number, code: string, message: string) => ({
  status,
  body: { errors: [{ message, extensions: { code } }] },
});

/** Batched operations are allowed, up to a limit. */
const limitBatch =
  (max: number): RequestHandler =>
  (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      const refusal = graphQLError(
        400,
        'BATCH_TOO_LARGE',
        `A batch may hold at most ${max} operations`,
      );
      res.status(refusal.status).json(refusal.body);
      return;
    }
    next();
  };

/** Oversized or malformed bodies get a GraphQL-shaped error with a code, not an HTML page. */
const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (error?.type === 'entity.too.large') {
    const refusal = graphQLError(
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body exceeds ${error.limit} bytes`,
    );
    res.status(refusal.status).json(refusal.body);
  } else if (error?.type === 'entity.parse.failed') {
    const refusal = graphQLError(400, 'BAD_REQUEST', 'The request body is not valid JSON');
    res.status(refusal.status).json(refusal.body);
  } else {
    next(error);
  }
};

/** The Apollo gateway over the static supergraph in gateway/supergraph.graphql. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningService> {
  const settings = options.config ?? defaultConfig;
  const limits = settings.gateway;
  const metrics = createMetrics('gateway');
  const fetchMetrics = subgraphFetchMetrics(metrics.registry);
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name }) =>
      new ForwardingDataSource(
        name,
        options.subgraphUrls?.[name as SubgraphName] ?? subgraphUrl(name as SubgraphName, settings),
        limits.subgraphTimeoutMs,
        fetchMetrics,
      ),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const verify = createVerifier(settings.auth);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: limits.introspection,
    allowBatchedHttpRequests: limits.maxBatchSize > 1,
    includeStacktraceInErrorResponses: !settings.production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      requestLogPlugin('gateway'),
      queryLimitsPlugin({
        maxDepth: limits.maxQueryDepth,
        maxCost: limits.maxQueryCost,
        maxPageSize: settings.maxPageSize,
        defaultListSize: 20,
      }),
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(playgroundRouter());
  app.use(
    '/graphql',
    cors({
      origin: limits.corsOrigins.includes('*') ? true : limits.corsOrigins,
      allowedHeaders: [
        'content-type',
        'authorization',
        'apollo-require-preflight',
        'x-request-id',
        'x-apollo-operation-name',
      ],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    }),
    express.json({ limit: limits.maxBodyBytes }),
    bodyErrors,
    limitBatch(limits.maxBatchSize),
    expressMiddleware(server, {
      context: async ({ req, res }) => {
        const requestId = requestIdOf(req);
        res.setHeader('x-request-id', requestId);
        // Refuse bad tokens at the edge; subgraphs verify the forwarded token again.
        await authenticate(verify, req, settings.auth.requiredForReads);
        return { requestId, authorization: req.headers.authorization };
      },
    }),
  );
  const port = options.port ?? settings.gatewayPort;
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as { port: number }).port;
  logger.info({ port: actualPort }, 'gateway listening');
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: () => server.stop(),
  };
}
