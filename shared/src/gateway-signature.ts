import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { RequestHandler } from 'express';
import type { Config } from './config';
import { graphQLErrorBody } from './http-errors';

/**
 * Subgraphs trust only the gateway: it signs each request body with SUBGRAPH_SECRET
 * (HMAC-SHA256 over `<unix seconds>.<body>`) in this header, `t=<seconds>,v1=<hex>`.
 * The timestamp bounds how long a captured request can be replayed.
 */
export const SIGNATURE_HEADER = 'x-gateway-signature';
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;
/**
 * The refusal's own code, not UNAUTHENTICATED: a client reaching a subgraph directly is
 * told so, and a gateway whose secret is wrong can tell its operator instead of blaming
 * the caller's token.
 */
export const GATEWAY_SIGNATURE_INVALID = 'GATEWAY_SIGNATURE_INVALID';

const nowInSeconds = () => Math.floor(Date.now() / 1000);

const hmac = (secret: string, timestamp: number, body: string | Buffer) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex');

/** The header value for a request body, signed now (or at `timestamp`, for tests). */
export function signBody(secret: string, body: string | Buffer, timestamp = nowInSeconds()) {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** Whether the header signs exactly these body bytes with the secret, within the age limit. */
export function verifySignature(
  secret: string,
  header: string | undefined,
  body: Buffer,
  now = nowInSeconds(),
): boolean {
  const parts = new Map(
    (header ?? '').split(',').map((part) => part.trim().split('=', 2) as [string, string]),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given)) return false;
  // Clocks of gateway and subgraph may differ a little in either direction.
  if (Math.abs(now - timestamp) > MAX_SIGNATURE_AGE_SECONDS) return false;
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex');
  return timingSafeEqual(expected, Buffer.from(given, 'hex'));
}

/** Production must not run with subgraphs open to anyone who reaches their port. */
export function requireSubgraphSecret(config: Config, service: string): void {
  if (config.production && !config.subgraphSecret)
    throw new Error(
      `SUBGRAPH_SECRET must be set in production: the ${service} refuses to start without it`,
    );
}

/** What the subgraph server keeps on each request: its exact body, and whether the gateway signed it. */
export interface SignableRequest extends http.IncomingMessage {
  rawBody?: Buffer;
  signedByGateway?: boolean;
}

/** For express.json's `verify` option: keeps the body bytes the signature covers. */
export const keepRawBody = (req: http.IncomingMessage, _res: unknown, body: Buffer) => {
  (req as SignableRequest).rawBody = body;
};

/**
 * Marks each request signed or not; with a secret configured, refuses the unsigned
 * ones with HTTP 401 before they reach GraphQL (introspection and `_service` included).
 */
export function gatewaySignatureCheck(secret: string | undefined): RequestHandler {
  return (req, res, next) => {
    const request = req as unknown as SignableRequest;
    const header = req.headers[SIGNATURE_HEADER];
    request.signedByGateway =
      secret !== undefined &&
      req.method === 'POST' &&
      typeof header === 'string' &&
      verifySignature(secret, header, request.rawBody ?? Buffer.alloc(0));
    if (secret === undefined || request.signedByGateway) return next();
    res
      .status(401)
      .json(
        graphQLErrorBody(
          GATEWAY_SIGNATURE_INVALID,
          'This service answers only requests signed by the gateway; send them through the gateway',
        ),
      );
  };
}
