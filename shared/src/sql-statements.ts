import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';
import { logger } from './logger';

/**
 * Counts SQL statements per GraphQL request (and in total), so that tests and
 * metrics can prove the statement count depends on a query's shape only.
 */
interface StatementScope {
  count: number;
}

const scope = new AsyncLocalStorage<StatementScope>();
let total = 0;

export const sqlStatements = {
  /** Runs `work` in a scope of its own and returns its result with the statements it issued. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const own: StatementScope = { count: 0 };
    const result = await scope.run(own, work);
    return { result, statements: own.count };
  },
  /** Enters a scope for the rest of the current async context (one per request). */
  enter(): StatementScope {
    const own: StatementScope = { count: 0 };
    scope.enterWith(own);
    return own;
  },
  current(): number {
    return scope.getStore()?.count ?? 0;
  },
  total(): number {
    return total;
  },
  record(): void {
    total += 1;
    const own = scope.getStore();
    if (own) own.count += 1;
  },
};

/** TypeORM logger that counts every statement and sends problems to the structured log. */
export class StatementCountingLogger implements Logger {
  logQuery(): void {
    sqlStatements.record();
  }
  logQueryError(error: string | Error, query: string): void {
    // Debug only: the request's line says what came of it (CONFLICT for a lost unique-key race,
    // TRANSIENT, or INTERNAL_SERVER_ERROR with the error as `err`, see request-log.ts).
    logger.debug({ err: error, query }, 'sql statement failed');
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ ms: time, query }, 'slow sql statement');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.info({ migration: message }, 'migration');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown, _runner?: QueryRunner): void {
    if (level === 'warn') logger.warn({ message }, 'typeorm');
  }
}
