import { isId, requireId } from './identifiers';

describe('identifier syntax', () => {
  it.each([
    ['slug', 'helse-vest-rhf'],
    ['slug', '17-19'],
    ['project', '107'],
    ['code', '1.1'],
    ['code', 'RM3-T4'],
    ['code', 'RM5-T3.1'],
    ['membership', 'nuit:rune-simensen:1'],
  ] as const)('accepts the %s %j', (kind, value) => expect(isId(kind, value)).toBe(true));

  it.each([
    ['slug', 'HELSE-VEST-RHF'],
    ['slug', 'helse-vest-rhf '],
    ['slug', 'helse--vest'],
    ['slug', 'x'.repeat(101)],
    ['project', '161\u0000'],
    ['project', '161 '],
    ['code', 'RM3 '],
    ['code', '1..1'],
    ['membership', 'nuit:rune-simensen'],
  ] as const)('refuses the %s %j', (kind, value) => expect(isId(kind, value)).toBe(false));

  it('names the field in a BAD_USER_INPUT', () => {
    expect(() => requireId('slug', 'councilId', 'NUIT')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'councilId' } }),
    );
  });
});
