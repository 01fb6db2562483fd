import { DatePrecision, boundOf } from './date-precision';

describe('the inclusive bounds of a seat’s dates by precision', () => {
  it('keeps a whole day for EXACT and AS_OF_DOCUMENT, and an open bound open', () => {
    expect(boundOf('2022-09-21', DatePrecision.EXACT, 'from')).toBe('2022-09-21');
    expect(boundOf('2019-06-19', DatePrecision.AS_OF_DOCUMENT, 'to')).toBe('2019-06-19');
    expect(boundOf(null, null, 'to')).toBeNull();
  });

  it('widens a month or a year to its first day as a start and its last as an end', () => {
    expect(boundOf('2022', DatePrecision.YEAR, 'from')).toBe('2022-01-01');
    expect(boundOf('2022', DatePrecision.YEAR, 'to')).toBe('2022-12-31');
    expect(boundOf('2022-09', DatePrecision.MONTH, 'from')).toBe('2022-09-01');
    expect(boundOf('2022-09', DatePrecision.MONTH, 'to')).toBe('2022-09-30');
    expect(boundOf('2024-02', DatePrecision.MONTH, 'to')).toBe('2024-02-29');
    expect(boundOf('2023-02', DatePrecision.MONTH, 'to')).toBe('2023-02-28');
    expect(boundOf('2022-12', DatePrecision.MONTH, 'to')).toBe('2022-12-31');
  });

  it('refuses a value that does not match its precision, so a transcription slip fails the seed', () => {
    expect(() => boundOf('2022', DatePrecision.EXACT, 'from')).toThrow();
    expect(() => boundOf('2022-02-30', DatePrecision.AS_OF_DOCUMENT, 'from')).toThrow();
    expect(() => boundOf('2022-09-21', DatePrecision.YEAR, 'from')).toThrow();
    expect(() => boundOf('2022-13', DatePrecision.MONTH, 'to')).toThrow();
    expect(() => boundOf('2022-09-21', null, 'from')).toThrow();
    expect(() => boundOf(null, DatePrecision.YEAR, 'to')).toThrow();
  });
});
