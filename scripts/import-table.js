// Reads a portfolio table file (.csv or the first sheet of an .xlsx) into rows of cell texts.
const fs = require('node:fs');
const path = require('node:path');
const { parseCsv } = require('../subgraphs/portfolio/dist/table/csv');
const { cellText } = require('../subgraphs/portfolio/dist/table/spreadsheet-cell');

/**
 * The first worksheet's rows as a spreadsheet shows them (see cellText). Cells it cannot
 * show as text are row errors, numbered as the spreadsheet numbers its rows.
 */
async function readXlsx(file) {
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const rows = [];
  const rowNumbers = [];
  const errors = [];
  let header = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) {
      const shown = cellText(row.getCell(c).value);
      if ('error' in shown)
        errors.push({
          row: rowNumber,
          column: header[c - 1] || `column ${c}`,
          message: shown.error,
        });
      cells.push('text' in shown ? shown.text : '');
    }
    if (!rows.length) header = cells;
    if (cells.some((cell) => cell.trim() !== '')) {
      rows.push(cells);
      rowNumbers.push(rowNumber);
    }
  });
  return { rows, rowNumbers, errors };
}

/** { rows, rowNumbers (each row's number in the file), errors (cells that are not text) }. */
async function readTable(file) {
  if (path.extname(file).toLowerCase() === '.xlsx') return readXlsx(file);
  const rows = parseCsv(fs.readFileSync(file, 'utf8'));
  return { rows, rowNumbers: rows.map((_, i) => i + 1), errors: [] };
}

module.exports = { readTable };
