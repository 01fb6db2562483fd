#!/usr/bin/env node
// Compiles each TypeScript project (tsconfig.json's references) from src/ to dist/ with swc,
// only the files that changed since its last run: what `npm start` runs from. A file at a time,
// without type-checking: about 2 ms a file here, where a clean `tsc -b` takes some 18 s of CPU
// and a `tsc -b` with nothing to do still 0.6–1.3 s. Type errors are `npm run typecheck`'s
// (and CI's) to report; the tests run the same swc output (scripts/swc-options.js).
// `npm run build` (tsc -b) writes the same files, with declarations, for the Docker image.
// Usage: node scripts/transpile.js   (prints what it compiled)
const fs = require('node:fs');
const path = require('node:path');
const swcOptions = require('./swc-options');
const { fingerprint, readJsonOr } = require('./changed-files');

const root = path.join(__dirname, '..');
const MANIFEST = '.transpiled.json';
const isSource = (name) => name.endsWith('.ts') && !/\.(test|d)\.ts$/.test(name);

function sourcesUnder(folder, prefix = '') {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path.join(folder, entry.name), relative);
    return isSource(entry.name) ? [relative] : [];
  });
}

const outputsOf = (outDir, source) => {
  const base = path.join(outDir, source.replace(/\.ts$/, ''));
  return [`${base}.js`, `${base}.js.map`, `${base}.d.ts`, `${base}.d.ts.map`];
};

let swc;
/** The compiler and its settings: when either changes, every file is compiled again. */
const compilerId = () =>
  `@swc/core ${require('@swc/core/package.json').version} ${JSON.stringify(swcOptions)}`;

function compile(sourceFile, outFile) {
  swc ??= require('@swc/core');
  const { code, map } = swc.transformFileSync(sourceFile, {
    ...swcOptions,
    filename: sourceFile,
    sourceFileName: path.relative(path.dirname(outFile), sourceFile),
    sourceMaps: true,
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${code}\n//# sourceMappingURL=${path.basename(outFile)}.map\n`);
  fs.writeFileSync(`${outFile}.map`, map);
}

/** One project: compiles what changed, removes the output of sources that are gone. */
function transpileProject(project, compiler) {
  const options = readJsonOr(path.join(root, project, 'tsconfig.json'), {}).compilerOptions ?? {};
  const srcDir = path.join(root, project, options.rootDir ?? 'src');
  const outDir = path.join(root, project, options.outDir ?? 'dist');
  const manifestFile = path.join(outDir, MANIFEST);
  const previous = readJsonOr(manifestFile, {});
  const before = previous.compiler === compiler ? previous.files : {};
  const files = {};
  let compiled = 0;
  let removed = 0;
  for (const source of sourcesUnder(srcDir)) {
    const sourceFile = path.join(srcDir, source);
    const [outFile] = outputsOf(outDir, source);
    files[source] = fingerprint(sourceFile);
    if (before[source] === files[source] && fs.existsSync(outFile)) continue;
    compile(sourceFile, outFile);
    compiled++;
  }
  for (const source of Object.keys(before ?? {}).filter((source) => !(source in files))) {
    for (const output of outputsOf(outDir, source)) fs.rmSync(output, { force: true });
    removed++;
  }
  if (compiled || removed || previous.compiler !== compiler)
    fs.writeFileSync(manifestFile, JSON.stringify({ compiler, files }, null, 1));
  return { compiled, removed };
}

/** Every project of the root tsconfig.json, in its order. */
function transpileChanged() {
  const compiler = compilerId();
  const projects = readJsonOr(path.join(root, 'tsconfig.json'), {}).references.map((r) => r.path);
  const totals = { compiled: 0, removed: 0 };
  for (const project of projects) {
    const { compiled, removed } = transpileProject(project, compiler);
    totals.compiled += compiled;
    totals.removed += removed;
  }
  return totals;
}

module.exports = { transpileChanged };

if (require.main === module) {
  const since = Date.now();
  const { compiled, removed } = transpileChanged();
  console.log(
    `transpiled ${compiled} changed files, removed the output of ${removed} deleted ones ` +
      `(${((Date.now() - since) / 1000).toFixed(1)} s)`,
  );
}
