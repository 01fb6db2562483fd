/**
 * Spreadsheet formula injection (OWASP "CSV injection"): a text cell that starts with one
 * of these is run as a formula by Excel and LibreOffice, so `=HYPERLINK(...)` in a
 * project's name would become a live link in every exported table.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell the export neutralised, or text that already looked like one (see below). */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * A text cell as the export writes it: prefixed with a single quote when it could start a
 * formula. Text that already starts with quotes before such a character gets one more, so
 * that `restoreFormulaText` gives every text back exactly. Numbers are not text cells: the
 * export passes them as numbers, so a negative amount stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) || NEUTRALISED.test(text) ? `'${text}` : text;
}

/** Whether `neutraliseFormula` changed the text: such a field is also quoted. */
export const isNeutralised = (cell: string) => NEUTRALISED.test(cell);

/** The import's inverse: the text the export was given. */
export function restoreFormulaText(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}
