import { cellText } from './spreadsheet-cell';

describe('spreadsheet cells read as a spreadsheet shows them', () => {
  it.each([
    [null, ''],
    ['Heliks', 'Heliks'],
    [139, '139'],
    [0.5, '0,5'],
    [new Date('2019-03-01T00:00:00Z'), '2019-03-01'],
    [{ richText: [{ text: 'Helse ' }, { font: { bold: true }, text: 'Vest' }] }, 'Helse Vest'],
    [{ text: 'Heliks', hyperlink: 'https://example.org' }, 'Heliks'],
    [{ text: { richText: [{ text: 'Hel' }, { text: 'iks' }] }, hyperlink: 'https://x' }, 'Heliks'],
    [{ formula: 'A1*2', result: 278 }, '278'],
    [{ sharedFormula: 'B2', result: 'Gul' }, 'Gul'],
  ])('%p shows "%s"', (value, text) => expect(cellText(value)).toEqual({ text }));

  it.each([
    [{ formula: 'A1' }],
    [{ error: '#REF!' }],
    [{ formula: 'A1', result: { error: '#DIV/0!' } }],
    [true],
    [{ something: 'else' }],
  ])('refuses %p instead of writing [object Object]', (value) =>
    expect(cellText(value)).toEqual({ error: expect.any(String) }),
  );
});
