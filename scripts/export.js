#!/usr/bin/env node
// Prints the portfolio table of a year as CSV: npm run export -- --year 2019 [--url URL] > portfolio.csv
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
    process.stdout.write(result.data.portfolioCsv);
  })
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
