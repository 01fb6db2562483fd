// A preload that reports how many modules a service has loaded once it has started, and how
// many of them are database or subgraph code: `node -r ./scripts/count-modules.js
// gateway/dist/main.js` prints e.g. {"total":1493,"subgraphs":0,"typeorm":0,"mysql2":0}.
// The gateway should load none of the last three (it serves a composed supergraph).
const AFTER_MS = Number(process.env.COUNT_AFTER_MS ?? 4000);

setTimeout(() => {
  const files = Object.keys(require.cache);
  const count = (pattern) => files.filter((file) => pattern.test(file)).length;
  console.error(
    JSON.stringify({
      total: files.length,
      subgraphs: count(/\/subgraphs\//),
      typeorm: count(/node_modules\/typeorm\//),
      mysql2: count(/node_modules\/mysql2\//),
    }),
  );
  process.exit(0);
}, AFTER_MS).unref();
