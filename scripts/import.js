#!/usr/bin/env node
// Imports a portfolio table through the API: npm run import -- file.csv|file.xlsx --year 2019 [--url URL] [--token JWT]
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const { loadConfig, signDevToken } = require('../shared/dist');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    url: {
      type: 'string',
      default:
        process.env.EHELSE_URL || `http://localhost:${process.env.GATEWAY_PORT || 4000}/graphql`,
    },
    token: { type: 'string', default: process.env.EHELSE_TOKEN },
  },
});
const [file] = positionals;
if (!file || !values.year) {
  console.error(
    'usage: npm run import -- <file.csv|file.xlsx> --year <year> [--url URL] [--token JWT]',
  );
  process.exit(2);
}

/** The first worksheet of an .xlsx file as semicolon CSV, cells as Excel shows them. */
async function xlsxToCsv(file) {
  const ExcelJS = require('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.worksheets[0];
  const lines = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = [];
    for (let c = 1; c <= sheet.columnCount; c += 1) {
      const value = row.getCell(c).value;
      const text =
        value === null || value === undefined
          ? ''
          : typeof value === 'object' && 'result' in value
            ? String(value.result)
            : String(value);
      cells.push(/[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(cells.join(';'));
  });
  return lines.join('\r\n');
}

(async () => {
  const csv =
    path.extname(file).toLowerCase() === '.xlsx'
      ? await xlsxToCsv(file)
      : fs.readFileSync(file, 'utf8');
  const token =
    values.token ||
    (await signDevToken(loadConfig().auth, { role: 'admin', subject: 'import-cli' }));
  const response = await fetch(values.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        'mutation($csv: String!, $year: Int!) { importPortfolioCsv(csv: $csv, year: $year) { year created updated } }',
      variables: { csv, year: Number(values.year) },
    }),
  });
  const result = await response.json();
  if (result.errors) {
    for (const error of result.errors) {
      console.error(error.message);
      for (const row of error.extensions?.rowErrors ?? [])
        console.error(`  row ${row.row}, ${row.column}: ${row.message}`);
    }
    process.exit(1);
  }
  const { year, created, updated } = result.data.importPortfolioCsv;
  console.log(`Imported ${year}: ${created} created, ${updated} updated.`);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
