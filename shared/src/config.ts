import path from 'node:path';

/** Every setting of the project, read from the environment in this one place. */
export interface Config {
  env: string;
  production: boolean;
  logLevel: string;
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

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'development';
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
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
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
    auth: {
      jwksUrl: env.AUTH_JWKS_URL || undefined,
      issuer: env.AUTH_ISSUER ?? 'ehelse-graph-development',
      audience: env.AUTH_AUDIENCE ?? 'ehelse-graph',
      devSecret: env.AUTH_JWKS_URL
        ? undefined
        : env.AUTH_DEV_SECRET || (nodeEnv === 'production' ? undefined : DEVELOPMENT_SECRET),
      requiredForReads: env.AUTH_REQUIRED_FOR_READS === 'true',
    },
  };
}

export const config = loadConfig();
