#!/usr/bin/env node
// Imports a portfolio table through the API:
//   npm run -s import -- file.csv|file.xlsx [--year 2019] [--dry-run] [--url URL] [--token JWT]
// Without --year the year is the one the table's header names ("Budsjett 2019 (MNOK)").
// The summary goes to stdout; progress and errors to stderr.
const { randomUUID } = require('node:crypto');
const { parseArgs } = require('node:util');
const { loadConfig, signDevToken } = require('../shared/dist/runtime');
const { tableYear } = require('../subgraphs/portfolio/dist/table/portfolio-table');
const { readTable } = require('./import-table');
const { splitIntoParts } = require('./import-parts');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    year: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'rows-per-part': { type: 'string', default: '500' },
    url: {
      type: 'string',
      default:
        process.env.EHELSE_URL || `http://localhost:${process.env.GATEWAY_PORT || 4000}/graphql`,
    },
    token: { type: 'string', default: process.env.EHELSE_TOKEN },
  },
});
const [file] = positionals;
if (!file) {
  console.error(
    'usage: npm run -s import -- <file.csv|file.xlsx> [--year <year>] [--dry-run] [--url URL] [--token JWT]',
  );
  process.exit(2);
}
const dryRun = values['dry-run'];
/** Room in each request for the query text and the other variables. */
const BODY_MARGIN = 4_000;
const RETRYABLE = ['TRANSIENT', 'SUBGRAPH_UNAVAILABLE'];
const ATTEMPTS = 5;
const IMPORT = `mutation($csv: String!, $year: Int!, $dryRun: Boolean) {
  importPortfolioCsv(csv: $csv, year: $year, dryRun: $dryRun) {
    year created updated unchanged statusReports dryRun rows { row projectId outcome changedFields } } }`;

const fail = (message, rowErrors = []) => {
  console.error(message);
  for (const error of rowErrors)
    console.error(`  row ${error.row}, ${error.column}: ${error.message}`);
  process.exit(1);
};
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The table's year: the header's, which --year must match; --year only for a header without one. */
function yearOf(header) {
  const named = tableYear(header);
  const asked = values.year === undefined ? null : Number(values.year);
  if (asked !== null && !Number.isInteger(asked)) fail(`--year ${values.year} is not a year`);
  if (named !== null && asked !== null && named !== asked)
    fail(`The table is for ${named} (its header says so), not ${asked}: nothing was imported.`);
  if (named === null && asked === null)
    fail('The table’s header names no year ("Budsjett 2019 (MNOK)"): give --year.');
  return named ?? asked;
}

/** Each id once in the whole file: the server sees one part at a time. */
function duplicateIds(rows, rowNumbers) {
  const seen = new Map();
  const errors = [];
  rows.slice(1).forEach((cells, index) => {
    const id = (cells[1] ?? '').trim();
    const row = rowNumbers[index + 1];
    if (id && seen.has(id))
      errors.push({ row, column: 'ID', message: `ID ${id} also appears in row ${seen.get(id)}` });
    else seen.set(id, row);
  });
  return errors;
}

/** One part, sent as a careful client sends a write: again with the same key while retryable. */
async function send(token, part, year, partDryRun) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  if (!partDryRun) headers['idempotency-key'] = randomUUID();
  const body = JSON.stringify({
    query: IMPORT,
    variables: { csv: part.csv, year, dryRun: partDryRun },
  });
  for (let attempt = 1; ; attempt += 1) {
    let result;
    try {
      result = await (await fetch(values.url, { method: 'POST', headers, body })).json();
    } catch (error) {
      result = { errors: [{ message: error.message, extensions: { code: 'TRANSIENT' } }] };
    }
    const code = result.errors?.[0]?.extensions?.code;
    if (!RETRYABLE.includes(code) || attempt === ATTEMPTS) return result;
    await pause(200 * attempt);
  }
}

/** Every part's answer, in file row numbers; stops at the first part that fails. */
async function importParts(token, parts, year, partDryRun) {
  const answers = [];
  const started = Date.now();
  for (const [index, part] of parts.entries()) {
    const result = await send(token, part, year, partDryRun);
    if (result.errors)
      return {
        answers,
        failed: {
          index,
          errors: result.errors.map((error) => ({
            message: error.message,
            rowErrors: (error.extensions?.rowErrors ?? []).map((row) => ({
              ...row,
              row: part.fileRow(row.row),
            })),
          })),
        },
      };
    const answer = result.data.importPortfolioCsv;
    answers.push({
      ...answer,
      rows: answer.rows.map((row) => ({ ...row, row: part.fileRow(row.row) })),
    });
    if (parts.length > 1) {
      const done = parts.slice(0, index + 1).reduce((total, p) => total + p.rowCount, 0);
      const total = parts.reduce((sum, p) => sum + p.rowCount, 0);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.error(
        `${partDryRun ? 'checking' : 'importing'}: part ${index + 1}/${parts.length}, ${done}/${total} rows, ${seconds} s`,
      );
    }
  }
  return { answers };
}

const total = (answers, field) => answers.reduce((sum, answer) => sum + answer[field], 0);

function printSummary(year, answers, partDryRun) {
  if (partDryRun)
    for (const row of answers.flatMap((answer) => answer.rows))
      if (row.outcome !== 'UNCHANGED')
        console.log(
          `row ${row.row}\t${row.projectId}\t${row.outcome}\t${row.changedFields.join(', ')}`,
        );
  const counts = `${total(answers, 'created')} created, ${total(answers, 'updated')} updated, ${total(answers, 'unchanged')} unchanged, ${total(answers, 'statusReports')} status colour(s) recorded as status reports`;
  console.log(
    partDryRun
      ? `Dry run for ${year}, nothing written: ${counts}.`
      : `Imported ${year}: ${counts}.`,
  );
}

(async () => {
  const { rows, rowNumbers, errors } = await readTable(file);
  if (!rows.length) fail(`${file} holds no table`);
  if (errors.length)
    fail(
      `${file} has ${errors.length} cell(s) that are not text or numbers; nothing was imported.`,
      errors,
    );
  const year = yearOf(rows[0]);
  const duplicates = duplicateIds(rows, rowNumbers);
  if (duplicates.length) fail('The table names a project twice; nothing was imported.', duplicates);

  const config = loadConfig(process.env);
  const token =
    values.token || (await signDevToken(config.auth, { role: 'admin', subject: 'import-cli' }));
  const parts = splitIntoParts(rows, rowNumbers, {
    maxBytes: config.gateway.maxBodyBytes - BODY_MARGIN,
    maxRows: Math.max(1, Number(values['rows-per-part']) || 500),
  });
  // Several parts are several transactions: check them all first, so that a row error
  // anywhere stops the import before any part is written.
  if (dryRun || parts.length > 1) {
    const check = await importParts(token, parts, year, true);
    if (check.failed) reportFailure(check, parts, true);
    if (dryRun) return printSummary(year, check.answers, true);
  }
  const written = await importParts(token, parts, year, false);
  if (written.failed) reportFailure(written, parts, false);
  printSummary(year, written.answers, false);
})().catch((error) => fail(error.message));

function reportFailure({ answers, failed }, parts, checking) {
  for (const error of failed.errors) {
    console.error(error.message);
    for (const row of error.rowErrors)
      console.error(`  row ${row.row}, ${row.column}: ${row.message}`);
  }
  if (!checking && failed.index > 0)
    console.error(
      `Parts 1–${failed.index} of ${parts.length} (${total(answers, 'created') + total(answers, 'updated')} changed rows) were imported, part ${failed.index + 1} and later were not. Run the same command again: rows already imported are unchanged and skipped.`,
    );
  else console.error('Nothing was imported.');
  process.exit(1);
}
