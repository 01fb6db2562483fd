'use strict';
// The gateways of one scale. Sections 1–3 measure ours with its response cache off (their
// requests repeat, and a cached answer would count no SQL statements). Section 4 adds ours with
// the cache on, and Hive Gateway without and with its own cache (when installed).
const fs = require('node:fs');
const path = require('node:path');
const { HIVE_READY_PATH, hiveCommand, supergraphFor } = require('./hive');
const { launch, waitReady } = require('./services');
const { ENTRIES, ROOT } = require('./settings');

const url = (port) => `http://127.0.0.1:${port}/graphql`;

/**
 * Starts them (pushed onto `services`, temporary files onto `cleanups`) and waits until each is
 * ready. Returns ours without the cache, and section 4's pairs (none unless `comparing`).
 */
async function startGateways({ env, ports, hive, comparing, readyBy, services, cleanups }) {
  const started = [];
  const start = (service, port, readyPath) => {
    services.push(service);
    started.push(waitReady(service, port, readyBy, readyPath));
    return { service, port };
  };
  const ours = (cache, port) =>
    start(
      launch(
        cache === 'off' ? 'gateway' : 'gateway-cached',
        { ...env, GATEWAY_PORT: String(port), RESPONSE_CACHE: String(cache === 'on') },
        { entry: path.join(ROOT, ENTRIES.gateway) },
      ),
      port,
    );
  const gateway = ours('off', ports.gateway);
  if (!comparing) {
    await Promise.all(started);
    return { gateway: gateway.service, pairs: [] };
  }
  const cached = ours('on', ports.gatewayCached);
  let hives = [];
  if (hive) {
    const supergraph = supergraphFor(ports);
    cleanups.push(() => fs.rmSync(path.dirname(supergraph), { recursive: true, force: true }));
    hives = [
      ['hive', 'off'],
      ['hiveCached', 'on'],
    ].map(([name, cache]) =>
      start(
        launch(
          name,
          { ...env, HIVE_RESPONSE_CACHE: String(cache === 'on') },
          hiveCommand(supergraph, ports[name]),
        ),
        ports[name],
        HIVE_READY_PATH,
      ),
    );
  }
  await Promise.all(started);
  const entry = (label, { service, port }) => ({ label, url: url(port), pid: service.child.pid });
  const pairs = [
    ['off', gateway, hives[0]],
    ['on', cached, hives[1]],
  ].map(([cache, oursStarted, hiveStarted]) => ({
    cache,
    gateways: [
      entry(`ours, cache ${cache}`, oursStarted),
      ...(hiveStarted ? [entry(`Hive, cache ${cache}`, hiveStarted)] : []),
    ],
  }));
  return { gateway: gateway.service, pairs };
}

module.exports = { startGateways };
