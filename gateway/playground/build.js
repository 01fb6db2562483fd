#!/usr/bin/env node
// Bundles the GraphiQL playground (gateway/playground/index.tsx) with esbuild into
// gateway/dist/playground/: index.html, playground.js, playground.css and the Monaco
// web workers (workers/*.js). Everything is self-contained: no CDN, works offline.
// Usage: node gateway/playground/build.js   (from any directory)
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const here = __dirname;
const outdir = path.join(here, '..', 'dist', 'playground');
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

async function main() {
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });

  // The page: React + GraphiQL; the CSS it imports lands in playground.css.
  // Without code splitting, esbuild inlines the dynamic imports of monaco-editor
  // and monaco-graphql that @graphiql/react performs on first render.
  await esbuild.build({
    ...common,
    entryPoints: { playground: path.join(here, 'index.tsx') },
    outdir,
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

  // Monaco's web workers: separate bundles, started by MonacoEnvironment.getWorker in index.tsx.
  await esbuild.build({
    ...common,
    entryPoints: {
      'editor.worker': resolveFrom('monaco-editor/esm/vs/editor/editor.worker.js'),
      'json.worker': resolveFrom('monaco-editor/esm/vs/language/json/json.worker.js'),
      'graphql.worker': resolveFrom('monaco-graphql/esm/graphql.worker.js'),
    },
    outdir: path.join(outdir, 'workers'),
    format: 'iife',
    platform: 'browser',
  });

  fs.writeFileSync(path.join(outdir, 'index.html'), html);

  const sizes = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else
        sizes.push(
          `  ${path.relative(outdir, file).padEnd(34)} ${(fs.statSync(file).size / 1024).toFixed(0).padStart(6)} KiB`,
        );
    }
  };
  walk(outdir);
  console.log(
    `playground bundled into ${path.relative(process.cwd(), outdir) || '.'}\n${sizes.join('\n')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
