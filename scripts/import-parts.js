// Splits a portfolio table into parts that each fit the gateway's request body limit.

/** A cell as CSV: quoted when it holds the separator, a quote or a line break. */
const csvCell = (text) => (/[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const csvLine = (cells) => cells.map(csvCell).join(';');
/** What a line adds to the JSON request body (escapes and UTF-8 included). */
const jsonBytes = (text) => Buffer.byteLength(JSON.stringify(text)) - 2;

/**
 * Parts of at most `maxRows` rows whose CSV (the header repeated in each) stays under
 * `maxBytes` in the JSON body. Each part knows the file row numbers of its rows, so the
 * server's row numbers (header = 1 in every part) map back to the file's.
 */
function splitIntoParts(rows, rowNumbers, { maxBytes, maxRows }) {
  const [header, ...body] = rows;
  const headerLine = csvLine(header);
  const parts = [];
  let current = null;
  body.forEach((cells, index) => {
    const line = csvLine(cells);
    const bytes = jsonBytes(`${line}\r\n`);
    if (!current || current.rows.length >= maxRows || current.bytes + bytes > maxBytes) {
      current = { lines: [headerLine], rows: [], bytes: jsonBytes(`${headerLine}\r\n`) };
      parts.push(current);
    }
    current.lines.push(line);
    current.rows.push(rowNumbers[index + 1]);
    current.bytes += bytes;
  });
  return parts.map((part) => ({
    csv: `${part.lines.join('\r\n')}\r\n`,
    // Server row r (r >= 2) is this part's row r - 2; the header is the file's header.
    fileRow: (row) => (row >= 2 ? (part.rows[row - 2] ?? row) : rowNumbers[0]),
    rowCount: part.rows.length,
  }));
}

module.exports = { splitIntoParts };
