import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isMysql } from './database';
import { conflict } from './errors';

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

interface Versioned extends ObjectLiteral {
  version: number;
}

/**
 * Applies `changes` to the row identified by `key` only if it is still at the version
 * the client read (`expectedVersion`, else the version just read in this transaction),
 * and bumps the version. The UPDATE itself checks the version, so of two concurrent
 * writers at the same version exactly one succeeds; the other gets CONFLICT.
 * Returns the new version.
 */
export async function updateAtVersion<T extends Versioned>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: Record<string, string>,
  current: T,
  changes: Partial<T>,
  expectedVersion: number | null | undefined,
): Promise<number> {
  const label = `${manager.getRepository(target).metadata.name} ${Object.values(key).join('/')}`;
  const version = expectedVersion ?? current.version;
  if (version !== current.version) {
    throw conflict(`${label} is at version ${current.version}, not ${version}`, {
      currentVersion: current.version,
    });
  }
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: version + 1 } as never)
    .where({ ...key, version })
    .execute();
  if (result.affected !== 1) {
    throw conflict(`${label} was changed by someone else meanwhile`, { expectedVersion: version });
  }
  return version + 1;
}
