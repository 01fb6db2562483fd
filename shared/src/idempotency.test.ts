import { inputHash } from './idempotency';

describe('the input hash of an idempotent request', () => {
  it('is the same for the same input, whatever the order of its keys', () => {
    expect(inputHash({ a: 1, b: [1, 2] })).toBe(inputHash({ b: [1, 2], a: 1 }));
  });

  it('tells dates apart (a GraphQL Date input is a Date object)', () => {
    const meeting = (date: string) => ({ councilId: 'nuit', date: new Date(date) });
    expect(inputHash(meeting('2030-01-10'))).not.toBe(inputHash(meeting('2031-06-20')));
    expect(inputHash(meeting('2030-01-10'))).toBe(inputHash(meeting('2030-01-10')));
  });
});
