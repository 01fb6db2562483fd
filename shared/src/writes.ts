import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Context } from './context';
import { isMysql } from './database';
import { conflict, isTransientDatabaseError, RetryTransaction, transient } from './errors';
import {
  answerOfKeyTaken,
  findAnswer,
  inputHash,
  reserveKey,
  storeAnswer,
  sweepExpiredKeys,
  type IdempotentRequest,
} from './idempotency';
import { logger } from './logger';
import { requireRole, type Principal } from './auth/roles';

/** The transaction each sql.js database's next write waits for. */
const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one transaction, once. sql.js has a single connection, on which TypeORM
 * turns a second concurrent transaction into a savepoint inside the first, so a
 * rollback of one would undo the other: on sql.js writes therefore wait their turn.
 * MySQL gives each transaction its own connection and isolates them itself.
 */
function transactionInTurn<T>(
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

/** A read that must see committed writes only: on sql.js it waits for the write in progress. */
function readInTurn<T>(
  dataSource: DataSource,
  read: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (isMysql(dataSource)) return read(dataSource.manager);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const current = previous.then(() => read(dataSource.manager));
  queues.set(
    dataSource,
    current.catch(() => undefined),
  );
  return current;
}

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The backoff before try n+1 is random in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))]. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const WRITE_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 25, maxDelayMs: 1000 };

/** Full jitter: writers that collided once do not collide again in step. */
const backoff = (attempt: number, policy: RetryPolicy) =>
  Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));

/**
 * Runs `work` in one transaction and, when the database gave up on it because of other
 * writers (deadlock, lock wait timeout, busy) or `work` found its reads stale
 * (RetryTransaction), runs the whole transaction again after a jittered backoff. `work`
 * must therefore be safe to re-run: it reads what it needs inside the transaction. Still
 * failing after the last try: TRANSIENT (retryable), never an internal error.
 */
export async function writeTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  policy: RetryPolicy = WRITE_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transactionInTurn(dataSource, work);
    } catch (error) {
      const retryable = isTransientDatabaseError(error) || error instanceof RetryTransaction;
      if (!retryable) throw error;
      if (attempt >= policy.attempts) {
        // The request's own line reports TRANSIENT, at warn (request-log.ts): no second line here.
        logger.debug(
          { err: error, attempts: attempt },
          'write still failing transiently, giving up',
        );
        throw transient(
          `The database was busy with other writes; nothing was written after ${attempt} tries. Send the same request again (with the same Idempotency-Key).`,
        );
      }
      logger.debug({ err: error, attempt }, 'transient write failure, retrying');
      await sleep(backoff(attempt, policy));
    }
  }
}

/** What a write needs of the request. */
export type WriteContext = Pick<Context, 'dataSource' | 'principal' | 'idempotencyKey'>;

/**
 * A mutation's write, declared once in its aggregate's `*.writes.ts` and handed whole to
 * `mutation()`. `check` looks at the input and the caller only, never the database: it runs
 * first, so bad input costs no SQL statement, waits for no other write and is refused as
 * BAD_USER_INPUT/FORBIDDEN whatever Idempotency-Key came with it. `run` does the rest in
 * the transaction: reads, the rules that need rows, the writes and the audit event.
 */
export interface Write<I, T> {
  // `undefined`, not `void`: an async check (one that would reach for the database) does not compile.
  check?(caller: Principal, input: I): undefined;
  run(manager: EntityManager, caller: Principal, input: I): Promise<T>;
}

/** Declares a write (only for the types: `check` and `run` share the input type). */
export const defineWrite = <I, T>(write: Write<I, T>): Write<I, T> => write;

/**
 * Runs a mutation's write: its check, then in one retried transaction and, when the request
 * carries an Idempotency-Key, at most once per key. A repeat with the same key and the same
 * input answers what the first answered and writes nothing; the key with another input is
 * CONFLICT. The answer is stored as JSON in the write's own transaction and every answer
 * (the first included) is that JSON read back, so both are the same to the client.
 * `name` is the mutation field, `input` everything the write depends on.
 */
export async function mutation<I, T>(
  context: WriteContext,
  name: string,
  input: I,
  write: Write<I, T>,
  policy: RetryPolicy = WRITE_RETRY,
): Promise<T> {
  const { dataSource, idempotencyKey } = context;
  // Resolvers declare their roles with @Authorized; a write without a caller is refused here too.
  const caller = context.principal ?? requireRole(null);
  write.check?.(caller, input);
  const work = (manager: EntityManager) => write.run(manager, caller, input);
  if (idempotencyKey === undefined) return writeTransaction(dataSource, work, policy);
  const request: IdempotentRequest = {
    key: idempotencyKey,
    subject: context.principal?.subject ?? '',
    operation: name,
    inputHash: inputHash(input),
  };
  // A repeat is answered from the stored record, without a write transaction.
  const earlier = await readInTurn(dataSource, (manager) => findAnswer(manager, request));
  if (earlier) return earlier.value as T;
  const answer = await writeTransaction(
    dataSource,
    async (manager) => {
      if (!(await reserveKey(manager, request)))
        return (await answerOfKeyTaken(manager, request)) as T;
      const json = JSON.stringify(await work(manager)) ?? 'null';
      await storeAnswer(manager, request, json);
      return JSON.parse(json) as T;
    },
    policy,
  );
  sweepExpiredKeys(dataSource, (sql, parameters) =>
    isMysql(dataSource)
      ? dataSource.query(sql, parameters)
      : transactionInTurn(dataSource, (manager) => manager.query(sql, parameters)),
  );
  return answer;
}

/**
 * Find options that lock the rows read (SELECT ... FOR UPDATE) on MySQL. As a transaction's
 * first read it also means the transaction's snapshot, taken at its first plain read, comes
 * after whoever wrote those rows before committed. sql.js runs writes one at a time and
 * cannot lock.
 */
export const forUpdate = (manager: EntityManager) =>
  isMysql(manager.connection) ? { lock: { mode: 'pessimistic_write' as const } } : {};

interface Versioned extends ObjectLiteral {
  version: number;
}

/**
 * Applies `changes` to the row identified by `key` only if it is still at the version
 * the client read (`expectedVersion`, else the version just read in this transaction),
 * and bumps the version. The UPDATE itself checks the version, so of two concurrent
 * writers at the same version exactly one succeeds; the other gets CONFLICT when the
 * client named the version it read, and otherwise runs again on fresh reads (the client
 * asked for no particular version; only this transaction's snapshot was stale).
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
    if (expectedVersion === null || expectedVersion === undefined)
      throw new RetryTransaction(`${label} was changed by someone else meanwhile`);
    throw conflict(`${label} was changed by someone else meanwhile`, { expectedVersion: version });
  }
  return version + 1;
}
