#!/usr/bin/env node
// Composes the committed subgraph SDL files named in gateway/supergraph.yaml (Rover's config
// format) into gateway/supergraph.graphql, the static supergraph the gateway serves.
// Fails on composition errors and on hints too: a hint (e.g. a stub described differently
// from its owner) is a disagreement between subgraphs that clients would see. `--check`
// fails when the committed supergraph differs from the composition.
const fs = require('node:fs');
const path = require('node:path');
const { composeServices } = require('@apollo/composition');
const { parse, visit } = require('graphql');
const { root, writeOrCheck } = require('./committed-file');
const { supergraphConfig } = require('./supergraph-config');

const SUPERGRAPH = path.join(root, 'gateway', 'supergraph.graphql');

/**
 * A subgraph's SDL without Apollo's @cacheControl (its definition, its scope enum and every
 * hint): the hints are the subgraph's own runtime policy, sent as Cache-Control with each
 * answer (shared/src/cache-control.ts); the supergraph and the API schema carry none, and the
 * scope enum, used by no field, would be a composition hint.
 */
const withoutCacheHints = (document) =>
  visit(document, {
    DirectiveDefinition: (node) => (node.name.value === 'cacheControl' ? null : undefined),
    EnumTypeDefinition: (node) => (node.name.value === 'CacheControlScope' ? null : undefined),
    Directive: (node) => (node.name.value === 'cacheControl' ? null : undefined),
  });

/** The supergraph of the subgraphs a config names, and every error and hint composition gave. */
function compose(config) {
  const result = composeServices(
    config.subgraphs.map(({ name, url, schemaFile }) => ({
      name,
      url,
      typeDefs: withoutCacheHints(parse(fs.readFileSync(schemaFile, 'utf8'))),
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
