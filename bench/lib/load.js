'use strict';
// Load runs with autocannon: throughput and full-precision latency percentiles.
const autocannon = require('autocannon');
const { REQUEST_TIMEOUT_MS } = require('./settings');
const { signedHeaders } = require('./signing');

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

/**
 * One autocannon run; latencies are kept at full (sub-millisecond) precision for 2xx responses.
 * With `expected` (a body), every answer must be exactly that body; otherwise it must carry no errors.
 */
function load(url, query, connections, duration, { expected } = {}) {
  return new Promise((resolve, reject) => {
    const latencies = [];
    let firstMismatch;
    let firstError;
    let errorAnswers = 0;
    let otherAnswers = 0;
    const instance = autocannon(
      {
        url,
        method: 'POST',
        // One signature for the whole run: runs are far shorter than its 5 minutes.
        headers: signedHeaders(JSON.stringify({ query })),
        body: JSON.stringify({ query }),
        connections,
        pipelining: 1,
        duration,
        timeout: REQUEST_TIMEOUT_MS / 1000,
        // A response that carries GraphQL errors counts as a mismatch (an unescaped
        // `"errors":[` can only be the top-level key: these queries select no field of that name).
        verifyBody: (body) => {
          const good = expected === undefined ? !body.includes('"errors":[') : body === expected;
          // An answer with errors (a subgraph timing out under load) is a failure, not other data.
          if (good) return true;
          if (body.includes('"errors":[')) {
            errorAnswers += 1;
            firstError ??= body;
          } else {
            otherAnswers += 1;
            firstMismatch ??= body;
          }
          return false;
        },
      },
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          connections,
          requests: result.requests.total,
          rps: result.requests.total / result.duration,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          mean: latencies.reduce((sum, v) => sum + v, 0) / (latencies.length || 1),
          non2xx: result.non2xx,
          graphqlErrors: result.mismatches,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          duration: result.duration,
          errorAnswers,
          otherAnswers,
          firstMismatch,
          firstError,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300 && latencies.length < 2_000_000)
        latencies.push(responseTime);
    });
  });
}

module.exports = { load };
