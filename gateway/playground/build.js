#!/usr/bin/env node
// Bundles the GraphiQL playground (gateway/playground/index.tsx) with esbuild into
// gateway/dist/playground/: index.html, playground.js, playground.css and the Monaco
// web workers (workers/*.js). Everything is self-contained: no CDN, works offline.
// It takes some 6 s and 5 MB, so it is skipped when none of its inputs changed: its own files
// (size and modification time) and the version of every package it bundled, as recorded in
// the bundle's stamp (esbuild has no cache of its own to reuse across runs).
// Usage: node gateway/playground/build.js [--force]   (from any directory)
const fs = require('node:fs');
const path = require('node:path');
const {
  fingerprint,
  packageFolderOf,
  versionOf,
  readJsonOr,
} = require('../../scripts/changed-files');

const here = __dirname;
const root = path.join(here, '..', '..');
const outdir = path.join(here, '..', 'dist', 'playground');
// Not served: the static handler ignores dot files.
const STAMP = '.inputs.json';
const resolveFrom = (specifier) => require.resolve(specifier, { paths: [here] });

/**
 * graphiql/style.css already holds all of Monaco's CSS (with its codicon font inlined),
 * so the CSS files that monaco-editor's ESM modules import from JavaScript are dropped
 * instead of being bundled a second time.
 */
const dropMonacoCss = {
  name: 'drop-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'monaco-css' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'monaco-css' }, () => ({
      contents: '',
      loader: 'css',
    }));
  },
};

const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked', // licence comments go to *.LEGAL.txt beside each bundle
  target: ['es2022', 'chrome111', 'firefox111', 'safari16.4'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ehelse-graph playground</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="playground.css" />
    <style>
      html, body, #playground { height: 100%; margin: 0; }
      .graphiql-logo { white-space: nowrap; }
      .playground-examples p { margin: 0 0 var(--px-12); color: hsla(var(--color-neutral), var(--alpha-secondary)); }
      .playground-examples ul { list-style: none; margin: 0; padding: 0; }
      .playground-examples button {
        display: block; width: 100%; margin-bottom: var(--px-8); padding: var(--px-8) var(--px-12);
        text-align: left; cursor: pointer; font: inherit; color: inherit;
        background: hsla(var(--color-neutral), var(--alpha-background-light));
        border: 0; border-radius: var(--border-radius-4);
      }
      .playground-examples button:hover { background: hsla(var(--color-primary), var(--alpha-background-medium)); }
      .playground-examples span { display: block; font-size: var(--font-size-hint); color: hsla(var(--color-neutral), var(--alpha-secondary)); }
    </style>
  </head>
  <body>
    <div id="playground">Loading the playground…</div>
    <script defer src="playground.js"></script>
  </body>
</html>
`;

/** What the bundle was made from: esbuild's list of the files it read, summarised. */
function stampOf(inputFiles) {
  const sources = {};
  const packages = {};
  for (const file of [...inputFiles, __filename]) {
    const folder = packageFolderOf(file);
    if (folder) packages[path.relative(root, folder)] ??= versionOf(folder);
    else sources[path.relative(root, file)] = fingerprint(file);
  }
  return { sources, packages };
}

/** True when the bundle is there and none of the inputs it recorded has changed since. */
function playgroundIsCurrent() {
  const stamp = readJsonOr(path.join(outdir, STAMP), undefined);
  if (!stamp?.sources || !fs.existsSync(path.join(outdir, 'index.html'))) return false;
  return (
    Object.entries(stamp.sources).every(
      ([file, print]) => fingerprint(path.join(root, file)) === print,
    ) &&
    Object.entries(stamp.packages).every(
      ([folder, version]) => versionOf(path.join(root, folder)) === version,
    )
  );
}

async function bundle(into) {
  const esbuild = require('esbuild');
  const inputs = new Set();
  const record = (result) =>
    Object.keys(result.metafile.inputs).forEach((file) =>
      inputs.add(path.resolve(root, file.replace(/^[a-z-]+:/, ''))),
    );

  // The page: React + GraphiQL; the CSS it imports lands in playground.css.
  // Without code splitting, esbuild inlines the dynamic imports of monaco-editor
  // and monaco-graphql that @graphiql/react performs on first render.
  const page = await esbuild.build({
    ...common,
    absWorkingDir: root,
    metafile: true,
    entryPoints: { playground: path.join(here, 'index.tsx') },
    outdir: into,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    loader: {
      '.ttf': 'dataurl',
      '.woff': 'dataurl',
      '.woff2': 'dataurl',
      '.svg': 'dataurl',
      '.png': 'dataurl',
    },
    // Only used for subscriptions over websockets, which this API does not offer.
    external: ['graphql-ws'],
    plugins: [dropMonacoCss],
  });
  record(page);

  // Monaco's web workers: separate bundles, started by MonacoEnvironment.getWorker in index.tsx.
  const workers = await esbuild.build({
    ...common,
    absWorkingDir: root,
    metafile: true,
    entryPoints: {
      'editor.worker': resolveFrom('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': resolveFrom('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': resolveFrom('monaco-graphql/esm/graphql.worker.js'),
    },
    outdir: path.join(into, 'workers'),
    format: 'iife',
    platform: 'browser',
  });
  record(workers);
  // Resolved through the package's exports, so never read from disk by esbuild itself.
  inputs.add(require.resolve('esbuild/package.json', { paths: [here] }));

  fs.writeFileSync(path.join(into, 'index.html'), html);
  fs.writeFileSync(path.join(into, STAMP), JSON.stringify(stampOf(inputs), null, 1));
}

/**
 * Bundles into a folder of its own, then swaps it in: a gateway serving the old bundle
 * meanwhile never sees half of the new one.
 */
async function buildPlayground() {
  const parent = path.dirname(outdir);
  fs.mkdirSync(parent, { recursive: true });
  // What an interrupted build left behind.
  for (const name of fs.readdirSync(parent))
    if (/^playground\.(tmp|old)-\d+$/.test(name) && !name.endsWith(`-${process.pid}`))
      fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  const fresh = `${outdir}.tmp-${process.pid}`;
  const old = `${outdir}.old-${process.pid}`;
  fs.rmSync(fresh, { recursive: true, force: true });
  await bundle(fresh);
  if (fs.existsSync(outdir)) fs.renameSync(outdir, old);
  fs.renameSync(fresh, outdir);
  fs.rmSync(old, { recursive: true, force: true });
}

function sizesOf(dir) {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    if (entry.isDirectory() || entry.name.startsWith('.')) return [];
    return [
      `  ${path.relative(dir, file).padEnd(34)} ${(fs.statSync(file).size / 1024).toFixed(0).padStart(6)} KiB`,
    ];
  });
}

async function main() {
  const where = path.relative(process.cwd(), outdir) || '.';
  if (!process.argv.includes('--force') && playgroundIsCurrent()) {
    console.log(
      `playground in ${where} is up to date (its inputs are unchanged; --force rebuilds)`,
    );
    return;
  }
  await buildPlayground();
  console.log(`playground bundled into ${where}\n${sizesOf(outdir).join('\n')}`);
}

module.exports = { playgroundIsCurrent, buildPlayground };

if (require.main === module)
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
