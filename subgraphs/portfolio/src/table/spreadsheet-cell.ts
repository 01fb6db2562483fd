/**
 * An .xlsx cell's value (as exceljs gives it) as the text a spreadsheet shows: rich text
 * as its runs' text, a hyperlink as its text, a formula as its cached result, a date as
 * ISO yyyy-mm-dd, a number with the decimal comma the table uses. Anything else (an error
 * value, a formula without a cached result, a boolean) is an error, so that no cell ever
 * becomes "[object Object]".
 */
export type CellText = { text: string } | { error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

export function cellText(value: unknown): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? { text: String(value).replace('.', ',') }
      : { error: 'not a number' };
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? { error: 'an invalid date' }
      : { text: value.toISOString().slice(0, 10) };
  if (!isObject(value)) return { error: `a ${typeof value} value` };
  if (Array.isArray(value.richText))
    return {
      text: value.richText.map((run) => (isObject(run) ? String(run.text ?? '') : '')).join(''),
    };
  if ('hyperlink' in value)
    return 'text' in value ? cellText(value.text) : { text: String(value.hyperlink) };
  if ('formula' in value || 'sharedFormula' in value) {
    if (!('result' in value) || value.result === undefined)
      return {
        error: 'a formula without a calculated result (open and save the file in a spreadsheet)',
      };
    return cellText(value.result);
  }
  if ('error' in value) return { error: `the error value ${String(value.error)}` };
  return { error: 'a value of an unknown kind' };
}
