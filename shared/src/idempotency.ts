import { createHash } from 'node:crypto';
import {
  Column,
  Entity,
  Index,
  PrimaryColumn,
  Table,
  type DataSource,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import { isMysql } from './database';
import { conflict, isDuplicateKey, RetryTransaction } from './errors';
import { logger } from './logger';

/** How long a key is kept: a client retrying within this window gets the first answer. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
/** Expired keys are swept at most this often per database, outside any write transaction. */
const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

/**
 * A write done under an Idempotency-Key: which caller, which mutation, a hash of its input
 * and what it answered. Stored in the write's own transaction, so it exists iff the write does.
 */
@Entity('idempotency_key')
export class IdempotencyRecord {
  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 255 })
  key: string;

  /** Keys are the caller's own: the same key from another subject is another write. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'varchar', length: 60 })
  operation: string;

  @Column({ name: 'input_hash', type: 'varchar', length: 64 })
  inputHash: string;

  /** The mutation's result as JSON; null only inside the transaction that reserved the key. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @Index()
  @Column({ name: 'created_at', type: 'varchar', length: 30 })
  createdAt: string;
}

/** What identifies one idempotent request. */
export interface IdempotentRequest {
  key: string;
  subject: string;
  operation: string;
  inputHash: string;
}

/** JSON with object keys sorted and undefined dropped: equal inputs, equal text. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Dates (GraphQL Date inputs) and the like hash as what they serialise to, not as `{}`.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return canonicalJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const inputHash = (input: unknown) =>
  createHash('sha256').update(canonicalJson(input)).digest('hex');

/**
 * Claims the key before the write, as the transaction's first statement: an INSERT takes
 * no snapshot, so the write's own reads (and locks) come after it. A concurrent request
 * with the same key waits on this row (MySQL) until it commits, then finds it taken.
 * Returns false when the key is taken: an earlier request holds it.
 */
export async function reserveKey(
  manager: EntityManager,
  request: IdempotentRequest,
): Promise<boolean> {
  try {
    await manager.insert(IdempotencyRecord, {
      ...request,
      response: null,
      createdAt: new Date().toISOString(),
    });
    return true;
  } catch (error) {
    // Only this statement failed; the transaction goes on (MySQL and SQLite alike).
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}

/**
 * The answer an earlier request with this key gave, if there was one. The same key for
 * another mutation or another input is the caller's mistake: CONFLICT.
 */
export async function findAnswer(
  manager: EntityManager,
  request: IdempotentRequest,
): Promise<{ value: unknown } | undefined> {
  const earlier = await manager.findOneBy(IdempotencyRecord, {
    key: request.key,
    subject: request.subject,
  });
  if (!earlier) return undefined;
  if (earlier.operation !== request.operation || earlier.inputHash !== request.inputHash) {
    throw conflict(
      `This Idempotency-Key was already used for another request (${earlier.operation} with other input): use a new key for a new write`,
      { field: 'Idempotency-Key', operation: earlier.operation },
    );
  }
  return { value: JSON.parse(earlier.response ?? 'null') };
}

/** The answer of the request that took the key while this one waited for it. */
export async function answerOfKeyTaken(manager: EntityManager, request: IdempotentRequest) {
  const earlier = await findAnswer(manager, request);
  // Expired and swept between the two statements: start again.
  if (!earlier) throw new RetryTransaction('The idempotency key expired meanwhile');
  return earlier.value;
}

export async function storeAnswer(
  manager: EntityManager,
  request: IdempotentRequest,
  json: string,
) {
  await manager.update(
    IdempotencyRecord,
    { key: request.key, subject: request.subject },
    { response: json },
  );
}

const lastSweep = new WeakMap<DataSource, number>();

/**
 * Deletes expired keys now and then. On its own, never inside a write transaction: a range
 * DELETE there would take gap locks that concurrent writers deadlock on. On sql.js the
 * caller queues it like a write (one connection).
 */
export function sweepExpiredKeys(
  dataSource: DataSource,
  run: (sql: string, parameters: unknown[]) => Promise<unknown>,
  now = Date.now(),
): void {
  if (now - (lastSweep.get(dataSource) ?? 0) < SWEEP_INTERVAL_MS) return;
  lastSweep.set(dataSource, now);
  const cutoff = new Date(now - IDEMPOTENCY_KEY_TTL_MS).toISOString();
  run('DELETE FROM idempotency_key WHERE created_at < ?', [cutoff]).catch((error) =>
    logger.warn({ err: error }, 'sweeping expired idempotency keys failed'),
  );
}

/** The idempotency table, added to each subgraph's migrations. */
export class IdempotencyKeys1732600000000 implements MigrationInterface {
  name = 'IdempotencyKeys1732600000000';

  async up(runner: QueryRunner): Promise<void> {
    const mysql = isMysql(runner.connection);
    // Keys and subjects compare exactly (the database's default collation ignores case).
    const exact = mysql ? { collation: 'utf8mb4_bin' } : {};
    const text = (name: string, length: number, extra = {}) => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    });
    await runner.createTable(
      new Table({
        name: 'idempotency_key',
        columns: [
          text('idempotency_key', 255, { isPrimary: true, ...exact }),
          text('subject', 200, { isPrimary: true, ...exact }),
          text('operation', 60),
          text('input_hash', 64),
          { name: 'response', type: mysql ? 'mediumtext' : 'text', isNullable: true },
          text('created_at', 30),
        ],
        indices: [{ columnNames: ['created_at'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('idempotency_key');
  }
}
