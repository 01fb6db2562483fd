import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  createVerifier,
  requireProductionAuth,
  warnIfReadOnly,
  writesDisabledPlugin,
  writesStatus,
} from './auth';
import type { Config } from './config';
import { formatErrorFor } from './errors';
import type { Context } from './context';
import {
  gatewaySignatureCheck,
  keepRawBody,
  requireSubgraphSecret,
  type SignableRequest,
} from './gateway-signature';
import { compiledExecution } from './compiled-execution';
import { entityRepresentationsPlugin } from './entity-representations';
import { bodyErrors, lastErrorJson, notFoundJson } from './http-errors';
import { idempotencyKeyOf, idempotencyKeyPlugin } from './idempotency-request';
import { costLimitPlugin, documentGuard, limitValidationRules, listPolicyOfSchema } from './limits';
import { Loaders } from './loaders';
import { logger } from './logger';
import { createMetrics } from './metrics';
import { metricsAccess } from './metrics-access';
import { requestIdOf, requestLog, requestLogPlugin, withRequestLog } from './request-log';
import { sqlStatements } from './sql-statements';
import { staticCachePolicyPlugin } from './static-cache-policy';
import { authenticate, type RunningService } from './service';

export interface ServiceOptions {
  name: string;
  port: number;
  schema: GraphQLSchema;
  /**
   * The database, or one still being opened: the server listens at once, and until
   * `current()` returns it, /ready and /graphql answer 503 (see waitForDatabase).
   */
  dataSource: DataSource | PendingDatabase;
  config: Config;
}

/** A database that opens after the server starts listening. */
export interface PendingDatabase {
  current(): DataSource | undefined;
  /** Why it is not open yet, for /ready and the 503 answers. */
  reason(): string;
}

const pendingOf = (dataSource: DataSource | PendingDatabase): PendingDatabase =>
  'current' in dataSource ? dataSource : { current: () => dataSource, reason: () => 'open' };

/**
 * Until the database is open, /graphql answers 503 with a coded error the gateway hands
 * on (SUBGRAPH_UNAVAILABLE for this subgraph's fields), as it does when the subgraph is down.
 */
function untilDatabaseOpen(service: string, database: PendingDatabase) {
  return (_req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (database.current()) return next();
    res
      .status(503)
      .set('retry-after', '2')
      .json({
        errors: [
          {
            message: `The ${service} subgraph is starting: its database is not open yet`,
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: service, retryable: true },
          },
        ],
      });
  };
}

/**
 * Reports each request's SQL statement count to the caller, for tests and profiling; outside
 * production only, since counting per request needs an AsyncLocalStorage scope, which on
 * Node 20 runs a hook on every promise (a tenth of a list's CPU). Production still counts
 * every statement in /metrics (`sql_statements_total`), which the benchmark reads.
 */
const statementCountHeader: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('x-sql-statements', String(sqlStatements.current()));
      },
    };
  },
};

const countStatementsPerRequest: express.RequestHandler = (_req, _res, next) => {
  sqlStatements.enter();
  next();
};

/**
 * Serves a subgraph over HTTP: POST /graphql, plus GET /health (alive), /ready
 * (database reachable) and /metrics (Prometheus text).
 */
export async function startSubgraphServer(options: ServiceOptions): Promise<RunningService> {
  const app = express();
  // A subgraph answers POSTs from the gateway, which never revalidates: hashing every answer
  // for an ETag was CPU for nothing.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const database = pendingOf(options.dataSource);
  const { config } = options;
  const metrics = createMetrics(
    options.name,
    () => database.current(),
    config.metrics.operationNames,
  );
  requireSubgraphSecret(config, `${options.name} subgraph`);
  requireProductionAuth(config, `${options.name} subgraph`);
  const verify = createVerifier(config.auth);
  warnIfReadOnly(options.name, config.auth);
  const server = new ApolloServer<Context>({
    // The schema, with graphql-jit as its executor (compiled-execution.ts); with tracing on,
    // graphql-js, so that OpenTelemetry's GraphQL instrumentation sees every execution.
    gateway: compiledExecution(options.schema, { compile: !config.tracing.enabled }),
    // The same limits as the gateway: a subgraph port reached directly is no way around them.
    parseOptions: { maxTokens: config.limits.maxTokens },
    persistedQueries: false,
    validationRules: limitValidationRules(config.limits),
    includeStacktraceInErrorResponses: !config.production,
    // An unexpected error is logged as `err` on its request's line (request-log.ts).
    formatError: formatErrorFor(config.production),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      // The answer's Cache-Control from its operation's hints, not from a hook at every field.
      ApolloServerPluginCacheControlDisabled(),
      staticCachePolicyPlugin<Context>(),
      // A subgraph is for the gateway: no landing page for browsers.
      ApolloServerPluginLandingPageDisabled(),
      entityRepresentationsPlugin(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      requestLogPlugin(options.name),
      ...(config.production ? [] : [statementCountHeader]),
      idempotencyKeyPlugin<Context>(),
      // Without an identity provider no write can be authorised: refuse them all, clearly.
      writesDisabledPlugin<Context>(config.auth),
      costLimitPlugin<Context>({
        policy: listPolicyOfSchema(options.schema),
        limits: config.limits,
        maxPageSize: config.maxPageSize,
        // The gateway estimated the whole operation before planning the part sent here.
        trusted: (context) => (context as { signedByGateway?: boolean }).signedByGateway === true,
      }),
    ],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const dataSource = database.current();
    if (!dataSource) {
      res.status(503).json({ status: 'starting', service: options.name, error: database.reason() });
      return;
    }
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', service: options.name, ...writesStatus(config.auth) });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.name, error: String(error) });
    }
  });
  app.get('/metrics', metricsAccess(config, options.name), async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    requestLog(options.name),
    untilDatabaseOpen(options.name, database),
    express.json({ limit: '1mb', verify: keepRawBody }),
    bodyErrors,
    gatewaySignatureCheck(config.subgraphSecret),
    documentGuard(config.limits),
    ...(config.production ? [] : [countStatementsPerRequest]),
    expressMiddleware(server, {
      context: ({ req, res }) =>
        withRequestLog(req, async () => {
          const requestId = requestIdOf(req);
          res.setHeader('x-request-id', requestId);
          return {
            requestId,
            // Set: untilDatabaseOpen lets no request this far before the database is open.
            dataSource: database.current()!,
            loaders: new Loaders(database.current()!),
            config,
            principal: await authenticate(verify, req, config.auth.requiredForReads, {
              counter: metrics.authRefusals,
            }),
            signedByGateway: (req as SignableRequest).signedByGateway === true,
            idempotencyKey: idempotencyKeyOf(req.headers),
          };
        }),
    }),
  );
  app.use(notFoundJson);
  app.use(lastErrorJson);

  // Loopback by default: only the gateway on the same host reaches a subgraph unless SUBGRAPH_HOST opens it.
  await new Promise<void>((resolve) =>
    httpServer.listen(options.port, config.subgraphHost, resolve),
  );
  const { port, address } = httpServer.address() as AddressInfo;
  logger.info({ service: options.name, address, port }, 'subgraph listening');
  const wildcard = address === '0.0.0.0' || address === '::';
  const host = wildcard ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return {
    port,
    address,
    url: `http://${host}:${port}/graphql`,
    async stop() {
      await server.stop();
      const dataSource = database.current();
      if (dataSource?.isInitialized) await dataSource.destroy();
    },
  };
}
