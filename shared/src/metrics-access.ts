import { createHash, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { RequestHandler } from 'express';
import type { Config } from './config';
import { graphQLErrorBody } from './http-errors';
import { logger } from './logger';

/** Hashed first, so the comparison takes as long whatever the lengths (no length oracle). */
const digest = (value: string) => createHash('sha256').update(value).digest();

const bearerMatches = (authorization: string | undefined, token: string) => {
  const presented = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(presented), digest(token));
};

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * A caller on this host. A request a proxy forwarded is not one, even though the proxy
 * itself connects over loopback: otherwise a reverse proxy on the host would open /metrics.
 */
export function fromLoopback(req: http.IncomingMessage): boolean {
  const forwarded =
    req.headers['x-forwarded-for'] !== undefined ||
    req.headers.forwarded !== undefined ||
    req.headers['x-real-ip'] !== undefined;
  return !forwarded && LOOPBACK.test(req.socket.remoteAddress ?? '');
}

/**
 * Guards GET /metrics (every service). With METRICS_TOKEN set, it needs that bearer token
 * (401 otherwise). Without it, development stays open (for `npm start` and tests), while
 * production answers only callers on this host (403 otherwise): a scraper elsewhere needs
 * the token, and a forgotten token closes /metrics to the network rather than stopping the service.
 */
export function metricsAccess(
  config: Pick<Config, 'production' | 'metrics'>,
  service: string,
): RequestHandler {
  const token = config.metrics.token;
  if (!token && config.production)
    logger.warn({ service }, 'METRICS_TOKEN is not set: /metrics answers only loopback callers');
  return (req, res, next) => {
    if (token) {
      if (bearerMatches(req.headers.authorization, token)) return next();
      res
        .status(401)
        .set('www-authenticate', 'Bearer realm="metrics"')
        .json(
          graphQLErrorBody(
            'UNAUTHENTICATED',
            '/metrics needs the bearer token set in METRICS_TOKEN',
          ),
        );
      return;
    }
    if (!config.production || fromLoopback(req)) return next();
    res
      .status(403)
      .json(
        graphQLErrorBody(
          'FORBIDDEN',
          '/metrics answers only on this host in production unless METRICS_TOKEN is set',
        ),
      );
  };
}
