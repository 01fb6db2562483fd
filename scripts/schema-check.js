#!/usr/bin/env node
// Fails when the public API schema breaks against gateway/schema/baseline.graphql without the
// change being listed in gateway/schema/CHANGELOG.md: npm run schema:check [-- --write-baseline]
const fs = require('node:fs');
const path = require('node:path');
const { baselineFile, checkSchema, formatSchemaCheck } = require('../gateway/dist/schema-check');
const { printApiSchema } = require('../gateway/dist/api-schema');

const root = path.join(__dirname, '..');
const SUPERGRAPH = path.join(root, 'gateway', 'supergraph.graphql');
const BASELINE = path.join(root, 'gateway', 'schema', 'baseline.graphql');
const CHANGELOG = path.join(root, 'gateway', 'schema', 'CHANGELOG.md');
const read = (file) => fs.readFileSync(file, 'utf8');

async function main() {
  const supergraph = read(SUPERGRAPH);
  if (process.argv.includes('--write-baseline')) {
    const today = new Date().toISOString().slice(0, 10);
    fs.writeFileSync(BASELINE, baselineFile(supergraph, `gateway/supergraph.graphql on ${today}`));
    console.log(`Wrote ${path.relative(process.cwd(), BASELINE)}.`);
    return;
  }
  const result = await checkSchema(read(BASELINE), printApiSchema(supergraph), read(CHANGELOG));
  console.log(formatSchemaCheck(result, path.relative(root, CHANGELOG)));
  if (!result.passed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
