import type { DataSource } from 'typeorm';
import { isDatabaseUnreachable, waitForDatabase } from './wait-for-database';

const failure = (code: string) => Object.assign(new Error(code), { code });
const fakeDatabase = () =>
  ({ isInitialized: true, destroy: jest.fn(async () => undefined) }) as unknown as DataSource;
const fast = { firstDelayMs: 1, maxDelayMs: 5 };

describe('isDatabaseUnreachable', () => {
  it.each(['ECONNREFUSED', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST', 'ENOTFOUND'])(
    'retries %s',
    (code) => expect(isDatabaseUnreachable(failure(code))).toBe(true),
  );

  it('sees through AggregateError and causes', () => {
    expect(isDatabaseUnreachable(new AggregateError([failure('ECONNREFUSED')]))).toBe(true);
    expect(isDatabaseUnreachable(new Error('wrapped', { cause: failure('ETIMEDOUT') }))).toBe(true);
  });

  it.each([
    ['a wrong password', failure('ER_ACCESS_DENIED_ERROR')],
    ['a corrupt embedded file', new Error('database disk image is malformed')],
    ['nothing at all', undefined],
  ])('does not retry %s', (_what, error) => expect(isDatabaseUnreachable(error)).toBe(false));
});

describe('waitForDatabase', () => {
  it('tries again while unreachable, saying why, then opens', async () => {
    const database = fakeDatabase();
    const open = jest
      .fn()
      .mockRejectedValueOnce(failure('ECONNREFUSED'))
      .mockRejectedValueOnce(failure('ECONNREFUSED'))
      .mockResolvedValueOnce(database);
    const wait = waitForDatabase('test', open, fast);
    expect(wait.current()).toBeUndefined();
    await expect(wait.opened).resolves.toBe(database);
    expect(open).toHaveBeenCalledTimes(3);
    expect(wait.current()).toBe(database);
    expect(wait.reason()).toMatch(/unreachable .*attempt 2/);
  });

  it('gives up at once on an error waiting will not fix', async () => {
    const open = jest.fn().mockRejectedValue(new Error('database disk image is malformed'));
    await expect(waitForDatabase('test', open, fast).opened).rejects.toThrow(/malformed/);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when cancelled, and closes a database that opens afterwards', async () => {
    let resolveOpen: (d: DataSource) => void = () => undefined;
    const database = fakeDatabase();
    const wait = waitForDatabase(
      'test',
      () => new Promise<DataSource>((resolve) => (resolveOpen = resolve)),
      fast,
    );
    wait.cancel();
    resolveOpen(database);
    await expect(wait.opened).rejects.toThrow(/stopped before its database opened/);
    expect(database.destroy).toHaveBeenCalled();
    expect(wait.current()).toBeUndefined();
  });
});
