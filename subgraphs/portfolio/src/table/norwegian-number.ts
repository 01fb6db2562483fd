/**
 * A number as a Norwegian spreadsheet shows it, as text: "1 234,5" (space, also the no-break
 * and narrow no-break spaces Excel uses, as thousands separator), "1.234,5" (dot thousands,
 * comma decimals), "0,5", and "0.5" as an English sheet or a formula result writes it.
 * Null when the text is not such a number.
 */
export function parseNorwegianNumber(text: string): number | null {
  let digits = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (digits.includes(',')) {
    // A comma is the decimal sign: dots before it group thousands, in threes.
    if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(digits) && !/^-?\d+(,\d+)?$/.test(digits)) return null;
    digits = digits.replace(/\./g, '').replace(',', '.');
  } else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(digits)) {
    // Two or more dots can only be thousands separators ("1.234.567").
    digits = digits.replace(/\./g, '');
  } else if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}
