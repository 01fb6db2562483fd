import path from 'node:path';
import { claimMappingOf, type ClaimMapping } from './auth/org-number';

/**
 * Every setting of the project, read from the environment in this one place. There is no
 * global instance: each process's entry point (a subgraph's or the gateway's main.ts, a
 * script) calls `loadConfig(process.env)` once and passes the Config down, and a request's
 * Context carries it. The only other readers of the environment are the process-wide
 * logger (logger.ts, via `logSettings`) and the tracing preload (tracing.ts, via
 * `tracingSettings`), which exist before any entry point runs.
 */
export interface Config {
  env: string;
  production: boolean;
  logLevel: string;
  /**
   * The service this process runs (SERVICE_NAME, set by `npm start` and docker-compose): every
   * log line of the process carries it. Unset when several services share a process (tests).
   */
  serviceName: string | undefined;
  /**
   * Started by the `npm start` supervisor (SUPERVISED=true): it orders the shutdown, so
   * Ctrl-C is its to handle, and a service stops when the supervisor is gone.
   */
  supervised: boolean;
  /**
   * How far V8 lets the old generation grow past what the last full collection kept
   * (HEAP_GROWING_PERCENT, 0 = V8's own heuristic); unset: the service's default (heap.ts).
   */
  heapGrowingPercent: number | undefined;
  tracing: TracingConfig;
  gatewayPort: number;
  ports: Record<SubgraphName, number>;
  /** The interface subgraphs listen on (SUBGRAPH_HOST): loopback unless a deployment opens it. */
  subgraphHost: string;
  /**
   * Shared secret the gateway signs subgraph requests with and subgraphs verify
   * (SUBGRAPH_SECRET). Required in production; unset in development means unsigned.
   */
  subgraphSecret: string | undefined;
  /** Where the gateway reaches each subgraph (PORTFOLIO_URL, ...; default 127.0.0.1 and its port). */
  subgraphUrls: Record<SubgraphName, string>;
  /** mysql://user:pass@host:port; when unset, the embedded sql.js database is used. */
  databaseUrl: string | undefined;
  /** Each subgraph's MySQL database is `${databasePrefix}${subgraph}`. */
  databasePrefix: string;
  dataDir: string;
  databasePoolSize: number;
  maxPageSize: number;
  auth: AuthConfig;
  gateway: GatewayLimits;
  /** What an operation may ask for; the gateway and every subgraph apply the same limits. */
  limits: QueryLimits;
  /** Who may read /metrics, and which operation names may become labels. */
  metrics: MetricsConfig;
  /** The gateway's cache of whole answers to public reads (see gateway/src/response-cache). */
  responseCache: ResponseCacheConfig;
}

export interface ResponseCacheConfig {
  /** RESPONSE_CACHE: on unless `false` (the benchmark compares both). */
  enabled: boolean;
  /**
   * REDIS_URL (redis://host:port): answers and the write generation live there, shared by
   * every gateway replica. Unset: in the gateway's memory (a bounded LRU), one replica only.
   */
  redisUrl: string | undefined;
  /**
   * Longest wait for Redis on a request (REDIS_TIMEOUT_MS): past it the request goes on
   * uncached, so Redis slow or gone costs the cache, never the answer.
   */
  redisTimeoutMs: number;
  /**
   * Bytes of public answers to anonymous POSTs kept as sent, in each gateway's memory, and
   * replayed before Apollo runs (RESPONSE_CACHE_REPLAY_MB, default 16; 0 keeps none).
   */
  replayMaxBytes: number;
}

export interface TracingConfig {
  /** OpenTelemetry spans to OTEL_EXPORTER_OTLP_ENDPOINT (OTEL_TRACING=true); see tracing.ts. */
  enabled: boolean;
  /** The spans' service.name: OTEL_SERVICE_NAME, else SERVICE_NAME, else ehelse-graph. */
  serviceName: string;
}

export interface MetricsConfig {
  /**
   * Bearer token /metrics requires on every service (METRICS_TOKEN). Unset: open in
   * development; in production only loopback callers are answered.
   */
  token: string | undefined;
  /**
   * Operation names that become metric labels besides the built-in ones
   * (METRICS_OPERATION_NAMES, comma-separated); any other name is counted as `other`.
   */
  operationNames: string[];
}

export interface QueryLimits {
  /** Largest estimated cost (MAX_QUERY_COST): fields, each counted once per list item. */
  maxCost: number;
  /** Deepest field nesting (MAX_QUERY_DEPTH); a connection's edges { node } not counted. */
  maxDepth: number;
  /** Most tokens in a document (MAX_QUERY_TOKENS). */
  maxTokens: number;
  /** Deepest nesting of selection sets and fragments in the text (MAX_QUERY_NESTING). */
  maxNesting: number;
  /** Most aliases (MAX_QUERY_ALIASES), counted through fragments. */
  maxAliases: number;
  /** Most directives (MAX_QUERY_DIRECTIVES), counted through fragments. */
  maxDirectives: number;
}

export interface GatewayLimits {
  maxBodyBytes: number;
  maxBatchSize: number;
  subgraphTimeoutMs: number;
  /** Origins allowed by CORS; ["*"] allows any. Empty: no cross-origin browser access. */
  corsOrigins: string[];
  introspection: boolean;
}

export interface AuthConfig {
  /** JWKS of the identity provider (HelseID in production); when set, only its tokens are accepted. */
  jwksUrl: string | undefined;
  issuer: string;
  audience: string;
  /** HS256 secret for development tokens (`npm run token`); never used when jwksUrl is set. */
  devSecret: string | undefined;
  /** When true, reads need a token too; writes always do. */
  requiredForReads: boolean;
  /** Longest `exp` − `iat` accepted (AUTH_MAX_TOKEN_LIFETIME_SECONDS): 1 h for JWKS tokens, 24 h in development. */
  maxTokenLifetimeSeconds: number;
  /** Clock difference tolerated on `exp`, `nbf` and `iat` (AUTH_CLOCK_SKEW_SECONDS). */
  clockSkewSeconds: number;
  /** How long a JWKS fetch may take before the identity provider counts as unavailable (AUTH_JWKS_TIMEOUT_MS). */
  jwksTimeoutMs: number;
  /** How long fetched keys are used before they are fetched again (AUTH_JWKS_CACHE_SECONDS). */
  jwksCacheSeconds: number;
  /**
   * Organisation and role for tokens without `org`/`role` claims (HelseID's): organisation
   * numbers to organisation ids (AUTH_ORG_NUMBER_MAP), the claims that carry them
   * (AUTH_ORG_NUMBER_CLAIMS) and scopes to roles (AUTH_SCOPE_ROLE_MAP). See auth/org-number.ts.
   */
  claimMapping?: ClaimMapping;
}

/** Development only: production refuses to start with it (see loadConfig). */
const DEVELOPMENT_SECRET = 'ehelse-graph-development-secret-not-for-production';

export type SubgraphName = 'portfolio' | 'governance' | 'architecture';
export const SUBGRAPHS: SubgraphName[] = ['portfolio', 'governance', 'architecture'];

function int(name: string, fallback: number, env: NodeJS.ProcessEnv): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

/** Enough for every dashboard an operator names; a list longer than this is a mistake. */
const MAX_METRICS_OPERATION_NAMES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function metricsSettings(env: NodeJS.ProcessEnv): MetricsConfig {
  const operationNames = (env.METRICS_OPERATION_NAMES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const invalid = operationNames.find((name) => !GRAPHQL_NAME.test(name));
  if (invalid !== undefined)
    throw new Error(`METRICS_OPERATION_NAMES must list GraphQL operation names, got "${invalid}"`);
  if (operationNames.length > MAX_METRICS_OPERATION_NAMES)
    throw new Error(
      `METRICS_OPERATION_NAMES lists ${operationNames.length} names, at most ${MAX_METRICS_OPERATION_NAMES} allowed`,
    );
  return { token: env.METRICS_TOKEN || undefined, operationNames };
}

/**
 * Token settings that cannot be wrong in production: a development secret there refuses the
 * start (anyone who has read this repository could sign an admin token with the default), and
 * so do closed reads without an identity provider (nobody could read at all). Production
 * without AUTH_JWKS_URL starts, read-only (see auth/read-only.ts).
 */
function authSettings(nodeEnv: string, env: NodeJS.ProcessEnv): AuthConfig {
  const production = nodeEnv === 'production';
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  const requiredForReads = env.AUTH_REQUIRED_FOR_READS === 'true';
  if (production && env.AUTH_DEV_SECRET)
    throw new Error(
      'AUTH_DEV_SECRET must not be set in production: development tokens are refused there; ' +
        'set AUTH_JWKS_URL to the identity provider (HelseID) instead',
    );
  if (jwksUrl) {
    const url = new URL(jwksUrl);
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (production && url.protocol !== 'https:' && !loopback)
      throw new Error(`AUTH_JWKS_URL must be https in production, got "${jwksUrl}"`);
    // The development issuer is never the identity provider's: every token would be refused.
    if (production && !env.AUTH_ISSUER)
      throw new Error(
        'AUTH_ISSUER must be set in production with AUTH_JWKS_URL (e.g. https://helseid-sts.nhn.no)',
      );
  } else if (production && requiredForReads)
    throw new Error(
      'AUTH_JWKS_URL must be set in production when AUTH_REQUIRED_FOR_READS=true: without it no token can be verified',
    );
  const devSecret = jwksUrl
    ? undefined
    : env.AUTH_DEV_SECRET || (production ? undefined : DEVELOPMENT_SECRET);
  const positive = (name: string, fallback: number) => {
    const value = int(name, fallback, env);
    if (value <= 0) throw new Error(`${name} must be positive, got ${value}`);
    return value;
  };
  return {
    jwksUrl,
    // Empty counts as unset: an empty issuer or audience would switch jose's check off.
    issuer: env.AUTH_ISSUER || 'ehelse-graph-development',
    audience: env.AUTH_AUDIENCE || 'ehelse-graph',
    devSecret,
    requiredForReads,
    maxTokenLifetimeSeconds: positive('AUTH_MAX_TOKEN_LIFETIME_SECONDS', jwksUrl ? 3600 : 86_400),
    clockSkewSeconds: bounded(
      'AUTH_CLOCK_SKEW_SECONDS',
      int('AUTH_CLOCK_SKEW_SECONDS', 60, env),
      0,
      300,
    ),
    jwksTimeoutMs: positive('AUTH_JWKS_TIMEOUT_MS', 800),
    jwksCacheSeconds: positive('AUTH_JWKS_CACHE_SECONDS', 600),
    claimMapping: claimMappingOf(env),
  };
}

function responseCacheSettings(env: NodeJS.ProcessEnv): ResponseCacheConfig {
  const enabled = env.RESPONSE_CACHE ?? 'true';
  // A typo ("off", "0") must not leave the cache on while the operator believes it off.
  if (enabled !== 'true' && enabled !== 'false')
    throw new Error(`RESPONSE_CACHE must be true or false, got "${enabled}"`);
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:$/.test(new URL(redisUrl).protocol))
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl}"`);
  return {
    enabled: enabled === 'true',
    redisUrl,
    redisTimeoutMs: bounded('REDIS_TIMEOUT_MS', int('REDIS_TIMEOUT_MS', 250, env), 1, 10_000),
    replayMaxBytes:
      bounded('RESPONSE_CACHE_REPLAY_MB', int('RESPONSE_CACHE_REPLAY_MB', 16, env), 0, 1024) *
      1024 *
      1024,
  };
}

/** A setting outside its sane range would switch a check off (a skew of years accepts any token). */
function bounded(name: string, value: number, min: number, max: number): number {
  if (value < min || value > max)
    throw new Error(`${name} must be between ${min} and ${max}, got ${value}`);
  return value;
}

const nodeEnvOf = (env: NodeJS.ProcessEnv) => env.NODE_ENV ?? 'development';

/** What the process-wide logger needs (see logger.ts): no more, so it never refuses a start. */
export function logSettings(env: NodeJS.ProcessEnv): Pick<Config, 'logLevel' | 'serviceName'> {
  return {
    logLevel: env.LOG_LEVEL ?? (nodeEnvOf(env) === 'test' ? 'silent' : 'info'),
    serviceName: env.SERVICE_NAME || undefined,
  };
}

/** What the tracing preload needs (see tracing.ts). */
export function tracingSettings(env: NodeJS.ProcessEnv): TracingConfig {
  return {
    enabled: env.OTEL_TRACING === 'true',
    serviceName: env.OTEL_SERVICE_NAME ?? env.SERVICE_NAME ?? 'ehelse-graph',
  };
}

/** The settings in `env` (`process.env` in an entry point, a literal one in tests), checked. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const nodeEnv = nodeEnvOf(env);
  // A typo ("prod", "Production ") must not fall back to development and its public secret.
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new Error(`NODE_ENV must be development, test or production, got "${nodeEnv}"`);
  }
  const ports = {
    portfolio: int('PORTFOLIO_PORT', 4001, env),
    governance: int('GOVERNANCE_PORT', 4002, env),
    architecture: int('ARCHITECTURE_PORT', 4003, env),
  };
  const urlOf = (name: SubgraphName) =>
    env[`${name.toUpperCase()}_URL`] || `http://127.0.0.1:${ports[name]}/graphql`;
  return {
    env: nodeEnv,
    production: nodeEnv === 'production',
    ...logSettings(env),
    supervised: env.SUPERVISED === 'true',
    heapGrowingPercent: env.HEAP_GROWING_PERCENT
      ? bounded('HEAP_GROWING_PERCENT', int('HEAP_GROWING_PERCENT', 0, env), 0, 300)
      : undefined,
    tracing: tracingSettings(env),
    gatewayPort: int('GATEWAY_PORT', 4000, env),
    ports,
    subgraphHost: env.SUBGRAPH_HOST || '127.0.0.1',
    subgraphSecret: env.SUBGRAPH_SECRET || undefined,
    subgraphUrls: {
      portfolio: urlOf('portfolio'),
      governance: urlOf('governance'),
      architecture: urlOf('architecture'),
    },
    databaseUrl: env.DATABASE_URL || undefined,
    databasePrefix: env.DATABASE_PREFIX ?? 'ehelse_',
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, env),
    maxPageSize: int('MAX_PAGE_SIZE', 100, env),
    gateway: {
      maxBodyBytes: int('MAX_BODY_BYTES', 100_000, env),
      maxBatchSize: int('MAX_BATCH_SIZE', 10, env),
      subgraphTimeoutMs: int('SUBGRAPH_TIMEOUT_MS', 10_000, env),
      corsOrigins: (env.CORS_ORIGINS ?? '*')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      introspection:
        (env.INTROSPECTION ?? (nodeEnv === 'production' ? 'false' : 'true')) === 'true',
    },
    limits: {
      maxCost: int('MAX_QUERY_COST', 1_000_000, env),
      maxDepth: int('MAX_QUERY_DEPTH', 12, env),
      maxTokens: int('MAX_QUERY_TOKENS', 5_000, env),
      maxNesting: int('MAX_QUERY_NESTING', 30, env),
      maxAliases: int('MAX_QUERY_ALIASES', 50, env),
      maxDirectives: int('MAX_QUERY_DIRECTIVES', 50, env),
    },
    metrics: metricsSettings(env),
    responseCache: responseCacheSettings(env),
    auth: authSettings(nodeEnv, env),
  };
}
