#!/usr/bin/env node
// Prints the portfolio table of a year as CSV and nothing else on stdout:
//   npm run -s export -- --year 2019 [--url URL] [--token JWT] > portfolio.csv
//   npm run export -- --year 2019 --out portfolio.csv
// (without `-s`, `npm run … > file` puts npm's banner lines into the file; `--out` never does).
const fs = require('node:fs');
const { parseArgs } = require('node:util');

const { values } = parseArgs({
  options: {
    year: { type: 'string', default: '2019' },
    url: {
      type: 'string',
      default:
        process.env.EHELSE_URL || `http://localhost:${process.env.GATEWAY_PORT || 4000}/graphql`,
    },
    token: { type: 'string', default: process.env.EHELSE_TOKEN },
    out: { type: 'string' },
  },
});
fetch(values.url, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(values.token ? { authorization: `Bearer ${values.token}` } : {}),
  },
  body: JSON.stringify({
    query: 'query($year: Int!) { portfolioCsv(year: $year) }',
    variables: { year: Number(values.year) },
  }),
})
  .then((response) => response.json())
  .then((result) => {
    if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
    if (values.out) {
      fs.writeFileSync(values.out, result.data.portfolioCsv);
      console.error(`Wrote the ${values.year} table to ${values.out}`);
    } else process.stdout.write(result.data.portfolioCsv);
  })
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
