// First: Apollo Gateway must find the plain copy of its internals' exports.
import './federation-exports';
import fs from 'node:fs';
import http from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { parse } from 'graphql';
import {
  authenticate,
  costLimitPlugin,
  documentGuard,
  limitValidationRules,
  listPolicyOf,
  createMetrics,
  createVerifier,
  idempotencyKeyOf,
  idempotencyKeyPlugin,
  logger,
  metricsAccess,
  requestIdOf,
  requestLog,
  requestLogPlugin,
  withRequestLog,
  type Config,
  type RunningService,
  type SubgraphName,
} from '@ehelse/shared/runtime';
import {
  bodyErrors,
  lastErrorJson,
  notFoundJson,
  requireProductionAuth,
  requireSubgraphSecret,
  SUBGRAPHS,
  warnIfReadOnly,
  writesDisabledPlugin,
  writesStatus,
} from '@ehelse/shared/runtime';
import { SUPERGRAPH_FILE } from './supergraph-file';
import { noShadowingAliasesRule } from './alias-rule';
import { printApiSchema } from './api-schema';
import { callerMistakesPlugin } from './caller-mistakes';
import { limitBatch } from './http-guards';
import { hideInternalUrls } from './internal-urls';
import { playgroundRouter, sendBrowsersToPlayground } from './playground';
import { responseCache, type CacheableContext } from './response-cache';
import { keepRawBody, replayTicketOf } from './response-cache/replay';
import { subgraphFetchMetrics } from './subgraph-metrics';
import { ForwardingDataSource, type GatewayContext } from './subgraph-source';
import { variableScalarsPlugin } from './variable-scalars';

export interface GatewayOptions {
  /** The settings to run with: main.ts's `loadConfig(process.env)`, a test's own. */
  config: Config;
  port?: number;
  /** Subgraph URLs that differ from the configured ones (tests). */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
}

/** The Apollo gateway over the static supergraph in gateway/supergraph.graphql. */
export async function startGateway(options: GatewayOptions): Promise<RunningService> {
  const settings = options.config;
  requireSubgraphSecret(settings, 'gateway');
  requireProductionAuth(settings, 'gateway');
  const urlOf = (name: SubgraphName) => options.subgraphUrls?.[name] ?? settings.subgraphUrls[name];
  const limits = settings.gateway;
  const metrics = createMetrics('gateway', undefined, settings.metrics.operationNames);
  const fetchMetrics = subgraphFetchMetrics(metrics.registry);
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  // Apollo Gateway otherwise reports usage data (host, CPUs, uptime) to Apollo's servers on a
  // timer, through an OpenTelemetry meter of its own; this is its only switch.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new ForwardingDataSource(name, urlOf(name as SubgraphName), {
        timeoutMs: limits.subgraphTimeoutMs,
        metrics: fetchMetrics,
        secret: settings.subgraphSecret,
      }),
  });
  const app = express();
  const httpServer = http.createServer(app);
  const verify = createVerifier(settings.auth);
  warnIfReadOnly('gateway', settings.auth);
  const cache = responseCache<GatewayContext & CacheableContext>(settings.responseCache, metrics);
  const server = new ApolloServer<GatewayContext & CacheableContext>({
    gateway,
    introspection: limits.introspection,
    allowBatchedHttpRequests: limits.maxBatchSize > 1,
    includeStacktraceInErrorResponses: !settings.production,
    formatError: hideInternalUrls(SUBGRAPHS.map(urlOf)),
    parseOptions: { maxTokens: settings.limits.maxTokens },
    // No automatic persisted queries: documents arrive whole, so every limit sees them.
    persistedQueries: false,
    validationRules: [...limitValidationRules(settings.limits), noShadowingAliasesRule],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      requestLogPlugin('gateway'),
      // The playground at / is the landing page, not Apollo's online one.
      ApolloServerPluginLandingPageDisabled(),
      callerMistakesPlugin(),
      // A key that cannot be stored, or on several mutations at once, is refused before any write.
      idempotencyKeyPlugin<GatewayContext>(),
      // Without an identity provider no write can be authorised: refused before any planning.
      writesDisabledPlugin<GatewayContext>(settings.auth),
      variableScalarsPlugin(),
      // Sizes and weights come from the supergraph's @listSize/@cost, as Apollo Router reads them.
      costLimitPlugin<GatewayContext>({
        policy: listPolicyOf(parse(supergraphSdl)),
        limits: settings.limits,
        maxPageSize: settings.maxPageSize,
        budget: (context) => context.costBudget,
      }),
      // The policy from the subgraphs' Cache-Control, for the response cache; its headers are
      // the response cache's to set (response-cache/cdn-headers.ts).
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      ...cache.plugins,
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway', ...writesStatus(settings.auth) });
  });
  app.get('/metrics', metricsAccess(settings, 'gateway'), async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  // The API schema as SDL, for code generators and machine clients (it is public: the repo holds it).
  // Printed at the first request for it, not at every start (about 0.45 s of the gateway's start).
  let apiSchemaSdl: string | undefined;
  app.get('/schema.graphql', (_req, res) => {
    apiSchemaSdl ??= printApiSchema(supergraphSdl);
    res.type('text/plain; charset=utf-8').send(apiSchemaSdl);
  });
  app.use(playgroundRouter());
  app.get('/graphql', sendBrowsersToPlayground);
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
        'idempotency-key',
        // Apollo Client sends these on every request.
        'apollographql-client-name',
        'apollographql-client-version',
      ],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    }),
    requestLog('gateway'),
    express.json({ limit: limits.maxBodyBytes, verify: keepRawBody }),
    bodyErrors,
    limitBatch(limits.maxBatchSize),
    documentGuard(settings.limits),
    cache.replay,
    expressMiddleware(server, {
      context: ({ req, res }) =>
        withRequestLog(req, async () => {
          const requestId = requestIdOf(req);
          res.setHeader('x-request-id', requestId);
          // Refuse bad tokens at the edge; subgraphs verify the forwarded token again.
          const principal = await authenticate(verify, req, settings.auth.requiredForReads, {
            counter: metrics.authRefusals,
          });
          return {
            requestId,
            principal,
            authorization: req.headers.authorization,
            idempotencyKey: idempotencyKeyOf(req.headers),
            costBudget: { spent: 0 },
            replay: replayTicketOf(req),
          };
        }),
    }),
  );
  app.use(notFoundJson);
  app.use(lastErrorJson);
  const port = options.port ?? settings.gatewayPort;
  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const actualPort = (httpServer.address() as { port: number }).port;
  logger.info({ port: actualPort }, 'gateway listening');
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/graphql`,
    stop: async () => {
      await server.stop();
      await cache.close();
    },
  };
}
