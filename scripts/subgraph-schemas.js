#!/usr/bin/env node
// Prints each subgraph's SDL, as the subgraph itself serves it, to its committed
// schema.graphql (the files gateway/supergraph.yaml names): the one input composition
// reads, so the gateway never loads subgraph code. `npm run compose` writes them (after
// building); `--check` fails on a stale one.
const path = require('node:path');
const { printSubgraphSchema } = require('@apollo/subgraph');
const { writeOrCheck } = require('./committed-file');
const { supergraphConfig } = require('./supergraph-config');

async function main() {
  let fresh = true;
  for (const { name, schemaFile, packageDir } of supergraphConfig().subgraphs) {
    // Each subgraph's main module exports its definition as `<name>Subgraph`.
    const { [`${name}Subgraph`]: definition } = require(path.join(packageDir, 'dist', 'main'));
    const sdl = printSubgraphSchema(await definition.buildSchema());
    fresh = writeOrCheck(schemaFile, `${sdl}\n`, 'npm run compose') && fresh;
  }
  if (!fresh) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
