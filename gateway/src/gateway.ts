import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { authenticate, config as defaultConfig, createMetrics, createVerifier, logger, requestIdOf, type Config, type RunningService, type SubgraphName } from '@ehelse/shared';
import { SUPERGRAPH_FILE } from './compose';
import { subgraphUrl } from './subgraphs';

interface GatewayContext {
  requestId: string;
  authorization?: string;
}

/** Passes the caller's credentials and request id on to every subgraph fetch. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    headers.set('x-request-id', context.requestId);
    if (context.authorization) headers.set('authorization', context.authorization);
  }
}

export interface GatewayOptions {
  config?: Config;
  port?: number;
  /** Subgraph URLs that differ from the configured ports (tests). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
}

/** The Apollo gateway over the static supergraph in gateway/supergraph.graphql. */
export async function startGateway(options: GatewayOptions = {}): Promise<RunningService> {
  const settings = options.config ?? defaultConfig;
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name }) =>
      new ForwardingDataSource({
        url: options.subgraphUrls?.[name as SubgraphName] ?? subgraphUrl(name as SubgraphName, settings),
      }),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const metrics = createMetrics('gateway');
  const verify = createVerifier(settings.auth);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: !settings.production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), metrics.plugin],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
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
