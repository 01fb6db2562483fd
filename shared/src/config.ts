import path from 'node:path';

/** Every setting of the project, read from the environment in this one place. */
export interface Config {
  env: string;
  production: boolean;
  logLevel: string;
  gatewayPort: number;
  ports: Record<SubgraphName, number>;
  /** Host the gateway uses to reach the subgraphs. */
  subgraphHost: string;
  /** mysql://user:pass@host:port; when unset, the embedded sql.js database is used. */
  databaseUrl: string | undefined;
  /** Each subgraph's MySQL database is `${databasePrefix}${subgraph}`. */
  databasePrefix: string;
  dataDir: string;
  databasePoolSize: number;
  maxPageSize: number;
}

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
  return {
    env: nodeEnv,
    production: nodeEnv === 'production',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    gatewayPort: int('GATEWAY_PORT', 4000, env),
    ports: {
      portfolio: int('PORTFOLIO_PORT', 4001, env),
      governance: int('GOVERNANCE_PORT', 4002, env),
      architecture: int('ARCHITECTURE_PORT', 4003, env),
    },
    subgraphHost: env.SUBGRAPH_HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    databasePrefix: env.DATABASE_PREFIX ?? 'ehelse_',
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    databasePoolSize: int('DATABASE_POOL_SIZE', 10, env),
    maxPageSize: int('MAX_PAGE_SIZE', 100, env),
  };
}

export const config = loadConfig();
