import type { DataSource, EntityManager } from 'typeorm';
import { isMysql } from '@ehelse/shared';

/** The transaction each sql.js database's next write waits for. */
const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one transaction. sql.js has a single connection, on which TypeORM
 * turns a second concurrent transaction into a savepoint inside the first, so a
 * rollback of one would undo the other: on sql.js writes therefore wait their turn.
 * MySQL gives each transaction its own connection and isolates them itself.
 */
export function writeTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (isMysql(dataSource)) return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const current = previous.then(() => dataSource.transaction(work));
  queues.set(
    dataSource,
    current.catch(() => undefined),
  );
  return current;
}
