#!/usr/bin/env node
// Composes the committed subgraph SDL files named in gateway/supergraph.yaml (Rover's config
// format) into gateway/supergraph.graphql, the static supergraph the gateway serves.
// Fails on composition errors and on hints too: a hint (e.g. a stub described differently
// from its owner) is a disagreement between subgraphs that clients would see. `--check`
// fails when the committed supergraph differs from the composition.
const fs = require('node:fs');
const path = require('node:path');
const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');
const { root, writeOrCheck } = require('./committed-file');
const { supergraphConfig } = require('./supergraph-config');

const SUPERGRAPH = path.join(root, 'gateway', 'supergraph.graphql');

/** The supergraph of the subgraphs a config names, and every error and hint composition gave. */
function compose(config) {
  const result = composeServices(
    config.subgraphs.map(({ name, url, schemaFile }) => ({
      name,
      url,
      typeDefs: parse(fs.readFileSync(schemaFile, 'utf8')),
    })),
  );
  const problems = [
    ...(result.errors ?? []).map((error) => `error: ${error.message}`),
    ...(result.hints ?? []).map((hint) => `hint ${hint.definition.code}: ${hint.message}`),
  ];
  return { supergraphSdl: result.supergraphSdl, problems };
}

function main() {
  const config = supergraphConfig();
  const { supergraphSdl, problems } = compose(config);
  if (problems.length > 0) {
    console.error(
      `Composition of ${path.relative(root, config.file)} failed:\n${problems.join('\n')}`,
    );
    process.exit(1);
  }
  if (!writeOrCheck(SUPERGRAPH, supergraphSdl, 'npm run compose')) process.exit(1);
}

if (require.main === module) main();

module.exports = { compose, SUPERGRAPH };
