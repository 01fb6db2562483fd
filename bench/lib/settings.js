'use strict';
// What every part of the benchmark agrees on: the services, the load shape and the time limits.
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const RESULTS = path.join(ROOT, 'bench', 'results');
const SUBGRAPHS = ['portfolio', 'governance', 'architecture'];
const ENTRIES = {
  portfolio: 'subgraphs/portfolio/dist/main.js',
  governance: 'subgraphs/governance/dist/main.js',
  architecture: 'subgraphs/architecture/dist/main.js',
  gateway: 'gateway/dist/main.js',
};
const DASHBOARD_CONNECTIONS = [1, 10, 50];
const SINGLE_CONNECTIONS = 10;
const STATEMENT_REQUESTS = 20;
// Our gateway beside Hive Gateway: connections, and at most this long per alternating run.
const COMPARE_CONNECTIONS = 10;
const COMPARE_MAX_SECONDS = 5;
const COMPARE_WARMUP_SECONDS = 1;
const WARMUP_SECONDS = 2;
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;

const log = (...args) => console.error('[bench]', ...args);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = {
  ROOT,
  RESULTS,
  SUBGRAPHS,
  ENTRIES,
  DASHBOARD_CONNECTIONS,
  SINGLE_CONNECTIONS,
  STATEMENT_REQUESTS,
  COMPARE_CONNECTIONS,
  COMPARE_MAX_SECONDS,
  COMPARE_WARMUP_SECONDS,
  WARMUP_SECONDS,
  START_TIMEOUT_MS,
  STOP_TIMEOUT_MS,
  REQUEST_TIMEOUT_MS,
  log,
  sleep,
};
