import type { DataSource, EntityManager } from 'typeorm';
import { BACKENDS, testConfig } from '@ehelse/test-kit';
import { AuditEvent, AuditTrail1732500000000, recordAudit } from './audit-event';
import type { Principal } from './auth';
import { isMysql, openDatabase } from './database';
import {
  IDEMPOTENCY_KEY_TTL_MS,
  IdempotencyKeys1732600000000,
  IdempotencyRecord,
  sweepExpiredKeys,
} from './idempotency';
import { badInput } from './errors';
import { sqlStatements } from './sql-statements';
import { mutation, writeTransaction, type RetryPolicy } from './writes';

const FAST: RetryPolicy = { attempts: 4, baseDelayMs: 1, maxDelayMs: 5 };

/** What mysql2 throws, as TypeORM wraps it: the driver's errno and code copied on. */
const deadlock = () =>
  Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), {
    errno: 1213,
    code: 'ER_LOCK_DEADLOCK',
  });

/** A data source that only runs transactions, for the retry loop alone. */
const fakeDataSource = () =>
  ({
    options: { type: 'mysql' },
    transaction: (work: (manager: EntityManager) => Promise<unknown>) => work({} as EntityManager),
  }) as unknown as DataSource;

describe('writeTransaction retries', () => {
  it('runs the whole transaction again after a deadlock and returns its result', async () => {
    let attempts = 0;
    const result = await writeTransaction(
      fakeDataSource(),
      async () => {
        attempts += 1;
        if (attempts < 3) throw deadlock();
        return 'written';
      },
      FAST,
    );
    expect({ result, attempts }).toEqual({ result: 'written', attempts: 3 });
  });

  it.each([
    ['lock wait timeout', { errno: 1205, code: 'ER_LOCK_WAIT_TIMEOUT' }],
    ['sql.js busy', { message: 'SQLITE_BUSY: database is locked' }],
    ['a wrapped driver error', { driverError: { errno: 1213 } }],
  ])('retries %s too', async (_name, fields) => {
    let attempts = 0;
    await writeTransaction(
      fakeDataSource(),
      async () => {
        attempts += 1;
        if (attempts === 1) throw Object.assign(new Error('transient'), fields);
      },
      FAST,
    );
    expect(attempts).toBe(2);
  });

  it('gives up after the last attempt with a retryable TRANSIENT error', async () => {
    let attempts = 0;
    const failure = await writeTransaction(
      fakeDataSource(),
      async () => {
        attempts += 1;
        throw deadlock();
      },
      FAST,
    ).catch((error) => error);
    expect(attempts).toBe(FAST.attempts);
    expect(failure.extensions).toEqual({ code: 'TRANSIENT', retryable: true });
  });

  it('does not retry the caller’s mistakes or other failures', async () => {
    let attempts = 0;
    await expect(
      writeTransaction(
        fakeDataSource(),
        async () => {
          attempts += 1;
          throw new Error('ER_NO_SUCH_TABLE');
        },
        FAST,
      ),
    ).rejects.toThrow('ER_NO_SUCH_TABLE');
    expect(attempts).toBe(1);
  });
});

const alice: Principal = { subject: 'alice', role: 'admin', organisationId: null };
const bob: Principal = { subject: 'bob', role: 'admin', organisationId: null };

describe.each(BACKENDS)('idempotent mutations on %s', (backend) => {
  let dataSource: DataSource;
  let runs = 0;
  beforeAll(async () => {
    dataSource = await openDatabase({
      subgraph: 'portfolio',
      entities: [AuditEvent, IdempotencyRecord],
      migrations: [AuditTrail1732500000000, IdempotencyKeys1732600000000],
      config: await testConfig(backend, 'shared_writes'),
      embeddedLocation: ':memory:',
    });
  });
  afterAll(() => dataSource?.destroy());

  /** A write that audits and answers an object, as a resolver's would. */
  const write = (principal: Principal, key: string | undefined, input: { text: string }) =>
    mutation(
      { dataSource, principal, idempotencyKey: key },
      'testWrite',
      input,
      {
        check: (_caller, given) => {
          if (given.text === '') throw badInput('text', 'text must not be empty');
        },
        async run(manager) {
          runs += 1;
          await recordAudit(manager, principal, {
            action: 'testWrite',
            entityType: 'Test',
            entityId: key ?? 'none',
            before: null,
            after: input,
          });
          return { text: input.text, run: runs, missing: undefined };
        },
      },
      FAST,
    );
  const events = (entityId: string) =>
    dataSource.getRepository(AuditEvent).countBy({ action: 'testWrite', entityId });

  it('writes once per key and answers the first answer again', async () => {
    const first = await write(alice, 'k-once', { text: 'a' });
    const again = await write(alice, 'k-once', { text: 'a' });
    expect(again).toEqual(first);
    // Every answer is the stored JSON, the first included: no field differs on a repeat.
    expect(Object.keys(first)).toEqual(['text', 'run']);
    expect(await events('k-once')).toBe(1);
  });

  it('treats the same input in another key order as the same input', async () => {
    const first = await write(alice, 'k-order', { text: 'a', other: 1 } as never);
    const again = await write(alice, 'k-order', { other: 1, text: 'a' } as never);
    expect(again).toEqual(first);
    expect(await events('k-order')).toBe(1);
  });

  it('refuses the same key with another input as CONFLICT, writing nothing', async () => {
    await write(alice, 'k-conflict', { text: 'a' });
    const refused = await write(alice, 'k-conflict', { text: 'b' }).catch((error) => error);
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', field: 'Idempotency-Key' });
    expect(await events('k-conflict')).toBe(1);
  });

  it('refuses the same key for another mutation as CONFLICT', async () => {
    await write(alice, 'k-operation', { text: 'a' });
    const refused = await mutation(
      { dataSource, principal: alice, idempotencyKey: 'k-operation' },
      'otherWrite',
      { text: 'a' },
      { run: async () => 'never' },
    ).catch((error) => error);
    expect(refused.extensions.code).toBe('CONFLICT');
  });

  it('keeps keys apart per caller, and compares keys exactly', async () => {
    const fromAlice = await write(alice, 'k-shared', { text: 'a' });
    const fromBob = await write(bob, 'k-shared', { text: 'a' });
    const otherCase = await write(alice, 'K-SHARED', { text: 'a' });
    expect(new Set([fromAlice.run, fromBob.run, otherCase.run]).size).toBe(3);
  });

  it('checks the input before anything else: no statement, whatever key it comes with', async () => {
    await write(alice, 'k-checked', { text: 'a' });
    for (const key of [undefined, 'k-checked', 'k-fresh']) {
      const { result: refused, statements } = await sqlStatements.measure(() =>
        write(alice, key, { text: '' }).catch((error) => error),
      );
      // Not CONFLICT for the reused key: bad input is bad input.
      expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      expect(statements).toBe(0);
    }
    expect(await events('k-fresh')).toBe(0);
  });

  it('writes every time without a key', async () => {
    const one = await write(alice, undefined, { text: 'a' });
    const two = await write(alice, undefined, { text: 'a' });
    expect(two.run).toBe(one.run + 1);
  });

  it('stores nothing for a write that failed, so the retry writes', async () => {
    await expect(
      mutation(
        { dataSource, principal: alice, idempotencyKey: 'k-failed' },
        'testWrite',
        { text: 'a' },
        {
          async run(manager) {
            await recordAudit(manager, alice, {
              action: 'testWrite',
              entityType: 'Test',
              entityId: 'k-failed',
              before: null,
              after: null,
            });
            throw new Error('validation failed');
          },
        },
      ),
    ).rejects.toThrow('validation failed');
    expect(await events('k-failed')).toBe(0);
    await write(alice, 'k-failed', { text: 'a' });
    expect(await events('k-failed')).toBe(1);
  });

  it('writes once when the same key arrives many times at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => write(alice, 'k-concurrent', { text: 'a' })),
    );
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(await events('k-concurrent')).toBe(1);
  });

  it('sweeps keys older than 24 hours, outside any write', async () => {
    const repository = dataSource.getRepository(IdempotencyRecord);
    const now = Date.now() + 365 * 24 * 3600 * 1000; // far enough ahead to pass the sweep's throttle
    await repository.insert([
      {
        key: 'k-old',
        subject: 'alice',
        operation: 'x',
        inputHash: 'h',
        response: 'null',
        createdAt: new Date(now - IDEMPOTENCY_KEY_TTL_MS - 1000).toISOString(),
      },
      {
        key: 'k-young',
        subject: 'alice',
        operation: 'x',
        inputHash: 'h',
        response: 'null',
        createdAt: new Date(now - IDEMPOTENCY_KEY_TTL_MS + 60_000).toISOString(),
      },
    ]);
    let sweep: Promise<unknown> = Promise.resolve();
    sweepExpiredKeys(
      dataSource,
      (sql, parameters) => (sweep = dataSource.query(sql, parameters)),
      now,
    );
    await sweep;
    expect(await repository.countBy({ key: 'k-old' })).toBe(0);
    expect(await repository.countBy({ key: 'k-young' })).toBe(1);
  });

  it('retries a real deadlock between two transactions until both commit', async () => {
    if (!isMysql(dataSource)) return; // sql.js runs writes one at a time: they cannot deadlock
    const { identifiers } = await dataSource.getRepository(AuditEvent).insert(
      ['a', 'b'].map((entityId) => ({
        occurredAt: new Date().toISOString(),
        subject: 'alice',
        role: 'admin',
        organisationId: null,
        action: 'deadlock',
        entityType: 'Test',
        entityId,
        before: null,
        after: null,
      })),
    );
    const [a, b] = identifiers.map((identifier) => identifier.id as number);
    let attempts = 0;
    // Each first try holds its first row until the other holds its own: then each asks for the
    // other's row, a deadlock whatever the machine's timing (a pause was not, under load).
    let holding = 0;
    let bothHold!: () => void;
    const bothHolding = new Promise<void>((resolve) => (bothHold = resolve));
    const lockInOrder = (first: number, second: number) => {
      let firstTry = true;
      return writeTransaction(
        dataSource,
        async (manager) => {
          attempts += 1;
          await manager.update(AuditEvent, { id: first }, { role: 'x' });
          if (firstTry) {
            firstTry = false;
            if (++holding === 2) bothHold();
            await bothHolding;
          }
          await manager.update(AuditEvent, { id: second }, { role: 'y' });
          return 'committed';
        },
        { attempts: 5, baseDelayMs: 50, maxDelayMs: 200 },
      );
    };
    expect(await Promise.all([lockInOrder(a, b), lockInOrder(b, a)])).toEqual([
      'committed',
      'committed',
    ]);
    expect(attempts).toBeGreaterThan(2);
  });
});
