import { formatCsv, parseCsv } from './csv';
import { neutraliseFormula, restoreFormulaText } from './formula-guard';

const FORMULA = '=HYPERLINK("http://x","y")';

describe('formula injection in exported tables', () => {
  it.each(['=1+1', '+1', '-1+cmd', '@SUM(A1)', '\t=1', '\r=1', FORMULA])(
    'neutralises a text cell starting %j with a single quote, in a quoted field',
    (text) => {
      const [line] = formatCsv([['161', text]])
        .split(';')
        .slice(1);
      expect(line).toBe(`"'${text.replace(/"/g, '""')}"\r\n`);
    },
  );

  it('quotes a cell with a comma, so a comma-separated locale sees no formula in it', () => {
    expect(formatCsv([['Foo,=1+1', 1]])).toMatch(/^"Foo,=1\+1";1/);
    // Read back under a header, as the export writes it: the separator is the header's ";".
    expect(
      parseCsv(
        formatCsv([
          ['Prosjekt', 'ID'],
          ['Foo,=1+1', 1],
        ]),
      )[1][0],
    ).toBe('Foo,=1+1');
  });

  it('leaves ordinary text and numbers alone, negative amounts included', () => {
    expect(formatCsv([['Heliks', 'Helse Vest', 139, -12.5, 0.5, null]])).toBe(
      'Heliks;Helse Vest;139;-12,5;0,5;\r\n',
    );
  });

  it.each([FORMULA, "'=already quoted", "''+1", "'plain", 'plain', '-', "'"])(
    'gives %j back exactly after an export and an import',
    (text) => {
      const [[cell]] = parseCsv(formatCsv([[text]]));
      expect(restoreFormulaText(cell)).toBe(text);
      expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
    },
  );
});
