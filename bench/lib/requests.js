'use strict';
// Single requests: a checked sample answer, and SQL statements per request from /metrics.
const { REQUEST_TIMEOUT_MS, STATEMENT_REQUESTS, SUBGRAPHS } = require('./settings');
const { signedHeaders } = require('./signing');

async function post(url, query) {
  const request = JSON.stringify({ query });
  const response = await fetch(url, {
    method: 'POST',
    headers: signedHeaders(request),
    body: request,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with non-JSON: ${text.slice(0, 300)}`);
  }
  return { status: response.status, body, text, bytes: Buffer.byteLength(text) };
}

/** Sends the query once and fails loudly when the answer is not a clean 200 with data. */
async function sample(url, query, label) {
  const result = await post(url, query);
  if (result.status !== 200 || result.body.errors || !result.body.data) {
    throw new Error(
      `${label}: HTTP ${result.status}, ${JSON.stringify(result.body.errors ?? result.body).slice(0, 600)}`,
    );
  }
  return result;
}

async function statementTotals(ports) {
  const totals = {};
  for (const subgraph of SUBGRAPHS) {
    const response = await fetch(`http://127.0.0.1:${ports[subgraph]}/metrics`, {
      signal: AbortSignal.timeout(5000),
    });
    const text = await response.text();
    const match = /^sql_statements_total(?:\{[^}]*\})?\s+([0-9.eE+-]+)\s*$/m.exec(text);
    if (!match) throw new Error(`${subgraph} /metrics has no sql_statements_total`);
    totals[subgraph] = Number(match[1]);
  }
  return totals;
}

/** SQL statements per request: the subgraphs' counters before and after N sequential requests. */
async function statementsPerRequest(url, query, ports) {
  for (let i = 0; i < 3; i += 1) await sample(url, query, 'warm-up');
  const before = await statementTotals(ports);
  for (let i = 0; i < STATEMENT_REQUESTS; i += 1) await sample(url, query, 'statement count');
  const after = await statementTotals(ports);
  const per = {};
  for (const subgraph of SUBGRAPHS)
    per[subgraph] = (after[subgraph] - before[subgraph]) / STATEMENT_REQUESTS;
  per.total = SUBGRAPHS.reduce((sum, subgraph) => sum + per[subgraph], 0);
  return per;
}

module.exports = { post, sample, statementsPerRequest };
