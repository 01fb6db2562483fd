// Reads gateway/supergraph.yaml (Rover's supergraph config format): the subgraphs, the
// committed SDL file and the routing URL of each, and the Federation composition version,
// which must be the @apollo/composition installed here so that Rover and `npm run compose`
// agree on the result.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { root } = require('./committed-file');

const CONFIG = path.join(root, 'gateway', 'supergraph.yaml');

function supergraphConfig(file = CONFIG) {
  const config = YAML.parse(fs.readFileSync(file, 'utf8'));
  const installed = require('@apollo/composition/package.json').version;
  const wanted = String(config.federation_version).replace(/^=/, '');
  if (wanted !== installed) {
    throw new Error(
      `${path.relative(root, file)} asks for federation_version =${wanted}; @apollo/composition ${installed} is installed`,
    );
  }
  const subgraphs = Object.entries(config.subgraphs).map(([name, subgraph]) => {
    const schemaFile = path.resolve(path.dirname(file), subgraph.schema.file);
    return { name, url: subgraph.routing_url, schemaFile, packageDir: path.dirname(schemaFile) };
  });
  return { file, subgraphs };
}

module.exports = { supergraphConfig };
