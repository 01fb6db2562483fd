import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * Where gateway/playground/build.js writes the bundle. Relative to this file, so it
 * holds both when running from gateway/src (tests) and from gateway/dist (npm start).
 */
export const PLAYGROUND_DIR = path.join(__dirname, '..', 'dist', 'playground');

const MISSING = `The GraphQL playground has not been built.
Run \`npm run build\` (or \`node gateway/playground/build.js\`) and reload.
The API itself is available at /graphql.
`;

/**
 * Serves the self-hosted GraphiQL playground (index.html at GET /, playground.js,
 * playground.css and the Monaco workers). Answers 503 on GET / while the bundle is missing;
 * every other path falls through to the next handler.
 */
export function playgroundRouter(dir: string = PLAYGROUND_DIR): express.Router {
  const router = express.Router();
  router.use(
    express.static(dir, {
      index: 'index.html',
      redirect: false,
      dotfiles: 'ignore',
      setHeaders: (res) => {
        // Fixed file names: let browsers revalidate (ETag) instead of caching a stale bundle.
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('X-Content-Type-Options', 'nosniff');
      },
    }),
  );
  router.get(['/', '/index.html'], (_req, res, next) => {
    if (fs.existsSync(path.join(dir, 'index.html'))) return next();
    res.status(503).type('text/plain').send(MISSING);
  });
  return router;
}

/**
 * A browser opening the API's URL (GET /graphql asking for HTML) is sent to the
 * playground at /; GraphQL clients (JSON, or no preference) go on to the API.
 */
export const sendBrowsersToPlayground: express.RequestHandler = (req, res, next) => {
  const preferred = req.accepts([
    'application/json',
    'application/graphql-response+json',
    'text/html',
  ]);
  if (preferred !== 'text/html') return next();
  const query = req.originalUrl.indexOf('?');
  res.redirect(302, query === -1 ? '/' : `/${req.originalUrl.slice(query)}`);
};
