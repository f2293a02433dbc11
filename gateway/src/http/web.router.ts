import fs from 'node:fs';
import path from 'node:path';

import express, { Router, type Request, type Response, type NextFunction } from 'express';

// Paths the gateway answers itself; the app's client-side routes never shadow them.
const RESERVED = /^\/(graphql|health|ready|playground)(\/|$)/;

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Imajin</title></head>
<body><h1>The web app is not built</h1>
<p>Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it), then reload.
The GraphQL playground is at <a href="/graphql">/graphql</a>.</p></body></html>
`;

/**
 * Serves the built web app (clients/web) from `webRoot`: its files, and index.html for any other GET that
 * wants HTML, so client-side routes survive a reload. Hashed assets are cached for a year, index.html never.
 */
export function webRouter(webRoot: string): Router {
  const router = Router();
  const index = path.join(webRoot, 'index.html');
  router.use(
    '/assets',
    express.static(path.join(webRoot, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(webRoot, { index: false, maxAge: 0 }));
  router.get(/.*/, (req: Request, res: Response, next: NextFunction) => {
    if (RESERVED.test(req.path) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    // Checked per request so a build finished after the gateway started is served without a restart.
    if (!fs.existsSync(index)) {
      res.status(503).type('html').send(NOT_BUILT);
      return;
    }
    res.sendFile(index);
  });
  return router;
}
