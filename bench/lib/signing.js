'use strict';
// Production needs SUBGRAPH_SECRET; direct subgraph requests are signed as the gateway signs them.
const { randomBytes } = require('node:crypto');
// Built by `npm run bench` before this runs.
const { SIGNATURE_HEADER, signBody } = require('../../shared/dist/runtime');

const SUBGRAPH_SECRET = randomBytes(32).toString('hex');
const signedHeaders = (body) => ({
  'content-type': 'application/json',
  [SIGNATURE_HEADER]: signBody(SUBGRAPH_SECRET, body),
});

module.exports = { SUBGRAPH_SECRET, signedHeaders };
