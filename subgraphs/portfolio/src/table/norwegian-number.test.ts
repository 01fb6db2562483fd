import { parseNorwegianNumber } from './norwegian-number';

describe('numbers as a Norwegian spreadsheet shows them', () => {
  it.each([
    ['139', 139],
    ['0,5', 0.5],
    ['0.5', 0.5],
    ['1 234,5', 1234.5],
    ['1\u00a0234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1.234.567', 1234567],
    ['12 000', 12000],
    ['-12,5', -12.5],
  ])('reads "%s" as %d', (text, value) => expect(parseNorwegianNumber(text)).toBe(value));

  it.each(['', 'abc', '1,2,3', '12.34,5', '1 2x', '[object Object]'])('refuses "%s"', (text) =>
    expect(parseNorwegianNumber(text)).toBeNull(),
  );
});
