'use strict';
// Our gateway beside Hive Gateway (Hive Router runtime) on the same subgraph processes: the same
// answers first, then alternating load runs (ours, Hive, ours, Hive …) per query, cache off and
// on, with every process's CPU time and memory read from /proc around and during each run.
const { isDeepStrictEqual } = require('node:util');
const { load } = require('./load');
const { watch } = require('./procstat');
const { COMPARED, QUERIES } = require('./queries');
const { post } = require('./requests');
const { COMPARE_CONNECTIONS, COMPARE_WARMUP_SECONDS, log } = require('./settings');

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Every gateway's answer to the query, checked against the first's: the data must be equal
 * (key order aside, which is reported); a data difference fails the run.
 */
async function checkAnswers(gateways, key, reference) {
  const answers = [];
  for (const gateway of gateways) {
    const answer = await post(gateway.url, QUERIES[key]);
    if (answer.status !== 200 || answer.body.errors || !answer.body.data)
      throw new Error(
        `${key} via ${gateway.label}: HTTP ${answer.status}, ${answer.text.slice(0, 600)}`,
      );
    // A second answer tells whether answers repeat byte for byte (then every load answer is checked).
    answer.repeats = (await post(gateway.url, QUERIES[key])).text === answer.text;
    answers.push(answer);
  }
  const [first] = answers;
  // The cached gateways must answer what the uncached ones did.
  if (reference && !isDeepStrictEqual(first.body.data, reference))
    throw new Error(`${key}: ${gateways[0].label} answers other data than with the cache off`);
  const check = { identicalBytes: true, keyOrderDiffers: false, extensionsDiffer: false };
  for (const [index, answer] of answers.entries()) {
    if (answer.text !== first.text) check.identicalBytes = false;
    if (JSON.stringify(answer.body.data) !== JSON.stringify(first.body.data)) {
      if (!isDeepStrictEqual(answer.body.data, first.body.data))
        throw new Error(
          `${key}: ${gateways[index].label} answers other data than ${gateways[0].label}:\n  ${first.text.slice(0, 400)}\n  ${answer.text.slice(0, 400)}`,
        );
      check.keyOrderDiffers = true;
    }
    if (!isDeepStrictEqual(answer.body.extensions, first.body.extensions))
      check.extensionsDiffer = true;
  }
  // Extensions carry no data (cost, tracing …): named in the report, not compared.
  if (check.extensionsDiffer) {
    check.extensionKeys = answers.map(
      (a, i) =>
        `${gateways[i].label}: ${Object.keys(a.body.extensions ?? {}).join(', ') || 'none'}`,
    );
  }
  return {
    check,
    data: first.body.data,
    expected: answers.map((a) => (a.repeats ? a.text : undefined)),
  };
}

/** Where an answer under load departs from the checked one: both, around the first difference. */
function difference(actual, expected) {
  if (actual === undefined) return undefined;
  if (expected === undefined) return actual.slice(0, 400);
  let at = 0;
  while (at < actual.length && actual[at] === expected[at]) at += 1;
  const around = (text) => JSON.stringify(text.slice(Math.max(0, at - 80), at + 160));
  return `at character ${at}: ${around(actual)} instead of ${around(expected)}`;
}

/** One measured run: the load, and CPU ms per completed request of every process. */
async function measuredRun(gateway, key, seconds, expected, others) {
  const watcher = watch({ gateway: gateway.pid, ...others });
  const run = await load(gateway.url, QUERIES[key], COMPARE_CONNECTIONS, seconds, { expected });
  const usage = watcher.stop();
  run.difference = difference(run.firstMismatch, expected);
  run.cpuPerRequest = {};
  run.rss = {};
  for (const [label, { cpuMs, rss }] of Object.entries(usage)) {
    run.cpuPerRequest[label] = cpuMs === null || !run.requests ? NaN : cpuMs / run.requests;
    run.rss[label] = rss;
  }
  return run;
}

/** The medians over one gateway's rounds. */
function summarise(runs) {
  const labels = Object.keys(runs[0].cpuPerRequest);
  const total = (field) => runs.reduce((sum, run) => sum + run[field], 0);
  return {
    rounds: runs.length,
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    requests: total('requests'),
    failures: total('non2xx') + total('socketErrors') + total('timeouts'),
    // Answers under load with errors, and error-free answers unlike the checked one.
    errorAnswers: total('errorAnswers'),
    otherAnswers: total('otherAnswers'),
    firstError: runs.find((r) => r.firstError)?.firstError?.slice(0, 400),
    difference: runs.find((r) => r.difference)?.difference,
    cpu: Object.fromEntries(labels.map((l) => [l, median(runs.map((r) => r.cpuPerRequest[l]))])),
  };
}

/**
 * pairs: [{ cache: 'off'|'on', gateways: [ours, hive?] }], each gateway { label, url, pid };
 * others: the pids of the subgraphs and the database. Returns the rows of the report's tables.
 */
async function compareGateways({ pairs, others, rounds, seconds, deadline, scale }) {
  const rows = [];
  const rss = {};
  const reference = {};
  const keep = (label, samples) => (rss[label] ??= []).push(...samples);
  for (const { cache, gateways } of pairs) {
    const roundsHere = cache === 'on' ? Math.max(1, rounds - 1) : rounds;
    for (const [key, title] of COMPARED) {
      const { check, data, expected } = await checkAnswers(gateways, key, reference[key]);
      reference[key] ??= data;
      for (const gateway of gateways)
        await load(gateway.url, QUERIES[key], COMPARE_CONNECTIONS, COMPARE_WARMUP_SECONDS);
      const runs = gateways.map(() => []);
      for (let round = 0; round < roundsHere; round += 1) {
        for (const [index, gateway] of gateways.entries()) {
          if (Date.now() > deadline)
            throw new Error(`time limit reached before ${key} via ${gateway.label}`);
          log(
            `scale ${scale}: ${key} via ${gateway.label}, round ${round + 1}/${roundsHere}, ${seconds} s`,
          );
          const run = await measuredRun(gateway, key, seconds, expected[index], others);
          keep(gateway.label, run.rss.gateway);
          for (const label of Object.keys(others)) keep(label, run.rss[label] ?? []);
          runs[index].push(run);
        }
      }
      rows.push({
        key,
        title,
        cache,
        check,
        everyAnswerChecked: expected.every((e) => e !== undefined),
        gateways: gateways.map((gateway, index) => ({
          label: gateway.label,
          ...summarise(runs[index]),
        })),
      });
    }
  }
  const memory = Object.entries(rss).map(([label, samples]) => ({
    label,
    median: median(samples),
    peak: samples.length ? Math.max(...samples) : NaN,
    samples: samples.length,
  }));
  return { rows, memory, rounds, seconds };
}

module.exports = { compareGateways };
