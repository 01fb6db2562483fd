'use strict';
// The markdown report: machine and data, the four measurements, and the queries.
const { fixed, int, ms } = require('./format');
const { QUERIES } = require('./queries');
const { compareSection, comparedQueries } = require('./report-compare');
const { SINGLE_CONNECTIONS, STATEMENT_REQUESTS, SUBGRAPHS, WARMUP_SECONDS } = require('./settings');

const statements = (per) =>
  `${fixed(per.total, per.total % 1 ? 2 : 0)} (${SUBGRAPHS.map((s) => fixed(per[s], per[s] % 1 ? 2 : 0)).join(' + ')})`;

function report(meta, results) {
  const lines = [];
  const push = (...rows) => lines.push(...rows);
  const scales = results.map((r) => r.scale);
  push('# ehelse-graph benchmark', '');
  push(`- Date: ${meta.date}`);
  push(`- Machine: ${meta.cpu}, ${meta.cores} cores, ${meta.memoryGb} GB RAM, ${meta.platform}`);
  push(`- Node ${process.version}, ${meta.database}, autocannon ${meta.autocannon}`);
  push(
    `- Scales: ${scales.join(', ')}; each load run ${meta.duration} s (after ${WARMUP_SECONDS} s warm-ups), keep-alive, POST JSON, no pipelining`,
  );
  push(
    `- Load generator, gateway, subgraphs and the database share the machine (load average 1/5/15 min: ${meta.loadBefore} before, ${meta.loadAfter} after): figures compare like with like within a run, not across machines.`,
  );
  push(
    '- Sections 1–3 measure our gateway with its response cache off (`RESPONSE_CACHE=false`): their requests repeat, and a cached answer would count no SQL statements; section 4 compares it with the cache off and on.',
  );
  push(
    "- p50/p99: latency of 2xx responses in ms, as measured by the load generator (full precision, not autocannon's whole-millisecond histogram).",
  );
  push('');

  push('## Data', '');
  push(
    `| rows | ${scales.map((s) => `scale ${s}`).join(' | ')} |`,
    `| --- | ${scales.map(() => '---:').join(' | ')} |`,
  );
  for (const table of Object.keys(results[0].rows)) {
    push(`| ${table} | ${results.map((r) => int(r.rows[table])).join(' | ')} |`);
  }
  push(
    `| net budget 2019 (MNOK, computed) | ${results.map((r) => fixed(r.samples.netBudget, 1)).join(' | ')} |`,
  );
  const reach = (x) => `${x.withAgendaItems} / ${x.withMeasures} of ${x.projects}`;
  const returned = (x) => `${x.agendaItems} / ${x.measures}`;
  push(
    `| dashboard page: projects with agenda items / tiltak | ${results.map((r) => reach(r.samples.reach)).join(' | ')} |`,
  );
  push(
    `| dashboard page: agenda items / tiltak returned | ${results.map((r) => returned(r.samples.reach)).join(' | ')} |`,
  );
  push(
    `| dashboard by name: projects with agenda items / tiltak | ${results.map((r) => reach(r.samples.reachByName)).join(' | ')} |`,
  );
  push(
    `| dashboard by name: agenda items / tiltak returned | ${results.map((r) => returned(r.samples.reachByName)).join(' | ')} |`,
  );
  push(
    `| response size: single / dashboard (bytes) | ${results.map((r) => `${int(r.samples.singleBytes)} / ${int(r.samples.dashboardBytes)}`).join(' | ')} |`,
  );
  push(
    `| start (migrate + seed) / generate (s) | ${results.map((r) => `${fixed(r.startMs / 1000)} / ${fixed((r.generateMs ?? 0) / 1000)}`).join(' | ')} |`,
  );
  push('');

  push(
    `## 1. Single-subgraph query: direct vs through the gateway (${SINGLE_CONNECTIONS} connections)`,
    '',
  );
  push(
    '| scale | path | req/s | p50 ms | p99 ms | non-2xx | GraphQL errors | socket errors / timeouts |',
  );
  push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    for (const [label, run] of [
      ['portfolio subgraph, direct', r.singleDirect],
      ['through the gateway', r.singleGateway],
    ]) {
      push(
        `| ${r.scale} | ${label} | ${int(run.rps)} | ${ms(run.p50)} | ${ms(run.p99)} | ${run.non2xx} | ${run.graphqlErrors} | ${run.socketErrors} / ${run.timeouts} |`,
      );
    }
  }
  push('');
  push(
    'Gateway overhead (same query, same data; the gateway answers identically: ' +
      `${results.every((r) => r.samples.sameAnswer) ? 'yes' : 'NO'}):`,
    '',
  );
  push(
    '| scale | p50 gateway / direct | p99 gateway / direct | req/s direct / gateway | p50 added by the gateway (ms) |',
  );
  push('| ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const d = r.singleDirect;
    const g = r.singleGateway;
    push(
      `| ${r.scale} | ${fixed(g.p50 / d.p50, 2)}× | ${fixed(g.p99 / d.p99, 2)}× | ${fixed(d.rps / g.rps, 2)}× | ${ms(g.p50 - d.p50)} |`,
    );
  }
  push('');

  push('## 2. Cross-domain dashboard query through the gateway', '');
  push(
    '| scale | connections | req/s | p50 ms | p99 ms | requests | non-2xx | GraphQL errors | socket errors / timeouts |',
  );
  push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    for (const run of r.dashboard) {
      push(
        `| ${r.scale} | ${run.connections} | ${int(run.rps)} | ${ms(run.p50)} | ${ms(run.p99)} | ${int(run.requests)} | ${run.non2xx} | ${run.graphqlErrors} | ${run.socketErrors} / ${run.timeouts} |`,
      );
    }
  }
  push('');

  push(
    `## 3. SQL statements per request (${STATEMENT_REQUESTS} sequential requests, from the subgraphs' \`sql_statements_total\`)`,
    '',
  );
  push('Total (portfolio + governance + architecture).', '');
  push(`| query | ${scales.map((s) => `scale ${s}`).join(' | ')} | same at every scale |`);
  push(`| --- | ${scales.map(() => '---:').join(' | ')} | --- |`);
  for (const [key, label] of [
    ['singleDirect', 'single-subgraph list, direct'],
    ['singleGateway', 'single-subgraph list, through the gateway'],
    ['dashboard', 'cross-domain dashboard, through the gateway'],
    ['dashboardByName', 'the dashboard with its page ordered by name'],
  ]) {
    const values = results.map((r) => r.statements[key]);
    const same = values.every((v) => SUBGRAPHS.every((s) => v[s] === values[0][s]));
    push(
      `| ${label} | ${values.map(statements).join(' | ')} | ${values.length < 2 ? 'n/a (one scale)' : same ? 'yes' : '**no**'} |`,
    );
  }
  push('');
  push(
    'Each level of a query costs one batched statement per subgraph, whatever its number of rows; a level that reaches no rows ' +
      'issues none for the levels below it (no agenda items on the page: no meetings or councils to load). Where a count differs ' +
      'between scales, compare what the pages reached (Data above).',
    '',
  );

  push(...compareSection(meta, results));

  push('## Queries', '');
  push('Single-subgraph (portfolio):', '', '```graphql', QUERIES.single, '```', '');
  push(
    'Cross-domain dashboard (portfolio, governance, architecture):',
    '',
    '```graphql',
    QUERIES.dashboard,
    '```',
    '',
  );
  push(
    'The dashboard ordered by name (statement count only): the same with `projects(first: 20, orderBy: { field: NAME })`.',
    '',
  );
  push(...comparedQueries());
  return lines.join('\n');
}

module.exports = { report };
