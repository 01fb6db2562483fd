import { isNeutralised, neutraliseFormula } from './formula-guard';

/** RFC 4180 CSV with the separator detected from the header (";" as Norwegian Excel writes it, or ","). */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.indexOf('\n') === -1 ? undefined : body.indexOf('\n'));
  const separator =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const quote = (value: string) =>
  // Commas too: opened in a comma-separated locale, "Foo,=1+1" would start a formula cell.
  /[";,\n\r]/.test(value) || isNeutralised(value) ? `"${value.replace(/"/g, '""')}"` : value;

/** A number in Norwegian notation (decimal comma); never neutralised, so -12,5 stays a number. */
const numberCell = (value: number) => String(value).replace('.', ',');

/**
 * Semicolon-separated, as Norwegian Excel opens it directly. Text cells that could start a
 * formula are neutralised (OWASP: a leading single quote, and the field quoted); numbers
 * are written as numbers.
 */
export function formatCsv(rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) =>
    v === null ? '' : typeof v === 'number' ? numberCell(v) : quote(neutraliseFormula(v));
  return rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}
