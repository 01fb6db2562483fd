'use strict';
// The report's section 4: our gateway beside Hive Gateway (Hive Router runtime), cache off and on.
const { fixed, int, ms } = require('./format');
const { COMPARED, QUERIES } = require('./queries');
const { COMPARE_CONNECTIONS, COMPARE_WARMUP_SECONDS, SUBGRAPHS } = require('./settings');

const ratio = (a, b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${fixed(a / b, 2)}×` : 'n/a';
const PROCESSES = [...SUBGRAPHS, 'mysqld'];

function answers(row) {
  const { check } = row;
  const parts = [
    row.gateways.length < 2
      ? 'one gateway'
      : check.identicalBytes
        ? 'identical'
        : check.keyOrderDiffers
          ? 'same data, key order differs'
          : 'same data',
  ];
  if (check.extensionsDiffer) parts.push(`extensions differ (${check.extensionKeys.join('; ')})`);
  const sum = (field) => row.gateways.reduce((total, g) => total + g[field], 0);
  if (!row.everyAnswerChecked) parts.push('answers under load checked for errors only');
  else if (!sum('otherAnswers')) parts.push('every load answer the same');
  else parts.push(`**${sum('otherAnswers')} load answers differ**`);
  if (sum('errorAnswers')) parts.push(`**${sum('errorAnswers')} load answers with errors**`);
  if (sum('failures')) parts.push(`**${sum('failures')} failed requests**`);
  return parts.join('; ');
}

function compareSection(meta, allResults) {
  const results = allResults.filter((r) => r.compare);
  const lines = [];
  const push = (...rows) => lines.push(...rows);
  const peer = meta.hive
    ? `Hive Gateway ${meta.hive['@graphql-hive/gateway']} with @graphql-hive/router-runtime ${meta.hive['@graphql-hive/router-runtime']}`
    : null;
  push('## 4. Our gateway beside Hive Gateway (Hive Router runtime), cache off and on', '');
  if (!peer)
    push(
      meta.peerMissing
        ? `Hive Gateway is not installed (\`${meta.peerMissing}\`): our gateway alone, cache off and on.`
        : 'Run with `--peer none`: our gateway alone, cache off and on.',
      '',
    );
  push(
    `${peer ? `Ours and ${peer}` : 'Our gateway'} over the same subgraph processes and the same supergraph, at the largest scale, ` +
      `${COMPARE_CONNECTIONS} connections, each query repeated; ${meta.rounds} alternating round(s) of ${meta.compareSeconds} s per gateway and query ` +
      `with the cache off, ${Math.max(1, meta.rounds - 1)} with it on (after ${COMPARE_WARMUP_SECONDS} s warm-ups); medians. ` +
      (peer
        ? 'Cache on: our gateway with `RESPONSE_CACHE=true` (in memory), Hive with its `responseCaching` plugin; cache off: ours with ' +
          '`RESPONSE_CACHE=false`, Hive without the plugin and with subgraph request deduplication off. Each answer is checked equal between ' +
          'the gateways (and to the uncached one) before the load, '
        : 'Cache on: `RESPONSE_CACHE=true` (in memory); cache off: `RESPONSE_CACHE=false`. Each cached answer is checked equal to the uncached one before the load, ') +
      'and every answer under load equal to it when a gateway repeats its answers byte for byte.',
    '',
  );
  push(
    '| scale | query | cache | ours req/s | Hive req/s | ours / Hive req/s | ours p50 / p99 ms | Hive p50 / p99 ms | gateway CPU ms/req ours / Hive | answers |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const r of results) {
    for (const row of r.compare.rows) {
      const [ours, hive = {}] = row.gateways;
      push(
        `| ${r.scale} | ${row.title} | ${row.cache} | ${int(ours.rps)} | ${int(hive.rps)} | ${ratio(ours.rps, hive.rps)} | ` +
          `${ms(ours.p50)} / ${ms(ours.p99)} | ${ms(hive.p50)} / ${ms(hive.p99)} | ${ratio(ours.cpu?.gateway, hive.cpu?.gateway)} | ${answers(row)} |`,
      );
    }
  }
  push('');

  push(
    'CPU ms per request of each process (utime + stime from `/proc/<pid>/stat` before and after each run, over the requests it completed; medians over the rounds):',
    '',
    `| scale | query | cache | gateway | gateway | ${PROCESSES.join(' | ')} | total |`,
    `| ---: | --- | --- | --- | ---: | ${PROCESSES.map(() => '---:').join(' | ')} | ---: |`,
  );
  for (const r of results) {
    for (const row of r.compare.rows) {
      for (const g of row.gateways) {
        const cells = ['gateway', ...PROCESSES].map((p) => g.cpu[p]);
        const measured = cells.filter(Number.isFinite);
        const total = measured.length ? measured.reduce((sum, v) => sum + v, 0) : NaN;
        push(
          `| ${r.scale} | ${row.key} | ${row.cache} | ${g.label} | ${cells.map(ms).join(' | ')} | ${ms(total)} |`,
        );
      }
    }
  }
  push('');

  push(
    'The cache: req/s with the cache on over req/s with it off, per gateway:',
    '',
    '| scale | query | ours on / off | Hive on / off |',
    '| ---: | --- | ---: | ---: |',
  );
  for (const r of results) {
    for (const [key, title] of COMPARED) {
      const [off, on] = ['off', 'on'].map((cache) =>
        r.compare.rows.find((row) => row.key === key && row.cache === cache),
      );
      push(
        `| ${r.scale} | ${title} | ${ratio(on.gateways[0].rps, off.gateways[0].rps)} | ${ratio(on.gateways[1]?.rps, off.gateways[1]?.rps)} |`,
      );
    }
  }
  push('');

  push(
    'Memory under load: VmRSS from `/proc/<pid>/status` every 250 ms during the runs of section 4 (a gateway during its own runs; the subgraphs and the database during all of them):',
    '',
    '| scale | process | RSS median MB | RSS peak MB | samples |',
    '| ---: | --- | ---: | ---: | ---: |',
  );
  for (const r of results) {
    for (const m of r.compare.memory)
      push(
        `| ${r.scale} | ${m.label} | ${fixed(m.median, 0)} | ${fixed(m.peak, 0)} | ${m.samples} |`,
      );
  }
  push('');
  return lines;
}

/** The compared queries, for the report's Queries section. */
const comparedQueries = () =>
  COMPARED.filter(([key]) => key !== 'dashboard').flatMap(([key, title]) => [
    `${title} (\`${key}\`):`,
    '',
    '```graphql',
    QUERIES[key],
    '```',
    '',
  ]);

module.exports = { compareSection, comparedQueries };
