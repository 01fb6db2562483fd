import { formatCsv, parseCsv } from './csv';

describe('CSV', () => {
  it('reads semicolon files with quotes, decimal commas and CRLF', () => {
    expect(parseCsv('\uFEFFa;b;c\r\n1;"x; ""y""";0,5\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x; "y"', '0,5'],
    ]);
  });

  it('reads comma files and skips blank lines', () => {
    expect(parseCsv('a,b\n\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['ID', 'Navn'],
      ['107', 'Helsedata; "program"'],
      ['5', null],
    ];
    expect(parseCsv(formatCsv(rows))).toEqual([
      ['ID', 'Navn'],
      ['107', 'Helsedata; "program"'],
      ['5', ''],
    ]);
  });
});
