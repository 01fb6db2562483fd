#!/usr/bin/env node
// Prints each subgraph's SDL, as the subgraph itself serves it, to the committed
// subgraphs/<name>/schema.graphql: the one input composition reads, so the gateway never
// loads subgraph code. `npm run schemas` writes them; `--check` fails on a stale one.
const path = require('node:path');
const { printSubgraphSchema } = require('@apollo/subgraph');
const { root, writeOrCheck } = require('./committed-file');

const SUBGRAPHS = ['portfolio', 'governance', 'architecture'];

async function main() {
  let fresh = true;
  for (const name of SUBGRAPHS) {
    const { [`${name}Subgraph`]: definition } = require(
      path.join(root, 'subgraphs', name, 'dist', 'main'),
    );
    const sdl = printSubgraphSchema(await definition.buildSchema());
    const file = path.join(root, 'subgraphs', name, 'schema.graphql');
    fresh = writeOrCheck(file, `${sdl}\n`, 'npm run compose') && fresh;
  }
  if (!fresh) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
