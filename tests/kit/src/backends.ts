import mysql from 'mysql2/promise';
import { SUBGRAPHS, loadConfig, type Config } from '@ehelse/shared/runtime';

export type Backend = 'sqljs' | 'mysql';

/** The embedded database always; MySQL/MariaDB too when DATABASE_URL is set. */
export const BACKENDS: Backend[] = process.env.DATABASE_URL ? ['sqljs', 'mysql'] : ['sqljs'];

/**
 * Configuration for one test suite on one backend. On MySQL each suite gets its
 * own databases (prefix), dropped first, so suites can run in parallel and start clean.
 */
export async function testConfig(backend: Backend, suite: string): Promise<Config> {
  const base = loadConfig({
    ...process.env,
    DATABASE_URL: backend === 'mysql' ? process.env.DATABASE_URL : '',
  });
  if (backend === 'sqljs') return base;
  const prefix = `ehelse_t_${suite.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_`;
  const connection = await mysql.createConnection(base.databaseUrl!);
  try {
    for (const subgraph of SUBGRAPHS)
      await connection.query(`DROP DATABASE IF EXISTS \`${prefix}${subgraph}\``);
  } finally {
    await connection.end();
  }
  return { ...base, databasePrefix: prefix };
}
