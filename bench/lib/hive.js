'use strict';
// The peer: Hive Gateway with its Hive Router runtime, installed apart in tests/compat/hive
// (`npm ci --prefix tests/compat/hive`), serving our supergraph over the same subgraphs.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, SUBGRAPHS } = require('./settings');

const HIVE_DIR = path.join(ROOT, 'tests', 'compat', 'hive');
// bin.js itself, not node_modules/.bin/hive-gateway: the pid read for CPU is then the gateway's.
const HIVE_BIN = path.join(HIVE_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
const HIVE_CONFIG = path.join(HIVE_DIR, 'bench.gateway.config.mjs');
const HIVE_PACKAGES = ['@graphql-hive/gateway', '@graphql-hive/router-runtime'];
const INSTALL_HINT = 'npm ci --prefix tests/compat/hive';

/** The installed versions, or null when the peer is not installed. */
function hiveVersions() {
  if (!fs.existsSync(HIVE_BIN)) return null;
  const versions = {};
  for (const name of HIVE_PACKAGES) {
    const manifest = path.join(HIVE_DIR, 'node_modules', name, 'package.json');
    if (!fs.existsSync(manifest)) return null;
    versions[name] = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  }
  return versions;
}

/** The committed supergraph names the default ports: a copy pointing at this run's subgraphs. */
function supergraphFor(ports) {
  let supergraph = fs.readFileSync(path.join(ROOT, 'gateway', 'supergraph.graphql'), 'utf8');
  for (const subgraph of SUBGRAPHS) {
    supergraph = supergraph.replace(
      new RegExp(`(@join__graph\\(name: "${subgraph}", url: ")[^"]+"`),
      `$1http://127.0.0.1:${ports[subgraph]}/graphql"`,
    );
  }
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-bench-hive-')),
    'supergraph.graphql',
  );
  fs.writeFileSync(file, supergraph);
  return file;
}

/** What services.launch needs to start Hive Gateway on `port`. */
function hiveCommand(supergraphFile, port) {
  return {
    entry: HIVE_BIN,
    cwd: HIVE_DIR,
    args: [
      'supergraph',
      supergraphFile,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '-c',
      HIVE_CONFIG,
      '--fork',
      '1',
    ],
  };
}

module.exports = {
  hiveVersions,
  supergraphFor,
  hiveCommand,
  INSTALL_HINT,
  HIVE_READY_PATH: '/readiness',
};
