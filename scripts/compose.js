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
const YAML = require('yaml');
const { root, writeOrCheck } = require('./committed-file');

const CONFIG = path.join(root, 'gateway', 'supergraph.yaml');
const SUPERGRAPH = path.join(root, 'gateway', 'supergraph.graphql');

function servicesOf(configFile) {
  const config = YAML.parse(fs.readFileSync(configFile, 'utf8'));
  return Object.entries(config.subgraphs).map(([name, subgraph]) => {
    const file = path.resolve(path.dirname(configFile), subgraph.schema.file);
    return { name, url: subgraph.routing_url, typeDefs: parse(fs.readFileSync(file, 'utf8')) };
  });
}

function main() {
  const result = composeServices(servicesOf(CONFIG));
  const problems = [
    ...(result.errors ?? []).map((error) => `error: ${error.message}`),
    ...(result.hints ?? []).map((hint) => `hint ${hint.definition.code}: ${hint.message}`),
  ];
  if (problems.length > 0) {
    console.error(`Composition of ${path.relative(root, CONFIG)} failed:\n${problems.join('\n')}`);
    process.exit(1);
  }
  if (!writeOrCheck(SUPERGRAPH, result.supergraphSdl, 'npm run compose')) process.exit(1);
}

main();
