import path from 'node:path';

import { Router, type NextFunction, type Request, type Response } from 'express';

// Every asset comes from node_modules so the playground works with no internet. The packages' export
// maps do not expose these files, so resolve each package.json and join the path inside it.
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'js' },
  'react-dom.production.min.js': {
    file: packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'js',
  },
  'graphiql.min.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'js' },
  'graphiql.min.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'css' },
};

export const PLAYGROUND_ASSET_PATH = '/playground/assets';

const DEFAULT_QUERY = `# Imajin supergraph playground.
# To act as yourself, open "Headers" below and add:
#   { "Authorization": "Bearer <session token>" }

query {
  __typename
}
`;

export function playgroundHtml(graphqlPath: string): string {
  const asset = (name: string) => `${PLAYGROUND_ASSET_PATH}/${name}`;
  // The subscription URL is built in the browser from location, so the page holds no absolute URL.
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Imajin GraphQL playground</title>
    <link rel="stylesheet" href="${asset('graphiql.min.css')}" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading…</div>
    <script src="${asset('react.production.min.js')}"></script>
    <script src="${asset('react-dom.production.min.js')}"></script>
    <script src="${asset('graphiql.min.js')}"></script>
    <script>
      (function () {
        var wsProtocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
        var fetcher = GraphiQL.createFetcher({
          url: ${JSON.stringify(graphqlPath)},
          subscriptionUrl: wsProtocol + '//' + location.host + ${JSON.stringify(graphqlPath)},
        });
        ReactDOM.createRoot(document.getElementById('graphiql')).render(
          React.createElement(GraphiQL, {
            fetcher: fetcher,
            defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
            defaultEditorToolsVisibility: 'headers',
            isHeadersEditorEnabled: true,
            shouldPersistHeaders: false,
          }),
        );
      })();
    </script>
  </body>
</html>
`;
}

/** GET <graphqlPath> from a browser gets GraphiQL; API clients (no text/html, or a query) fall through. */
export function playgroundRouter(graphqlPath: string): Router {
  const router = Router();
  const html = playgroundHtml(graphqlPath);

  router.get(graphqlPath, (req: Request, res: Response, next: NextFunction) => {
    const wantsHtml =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) {
      next();
      return;
    }
    res.type('html').send(html);
  });

  router.get(`${PLAYGROUND_ASSET_PATH}/:name`, (req: Request, res: Response) => {
    const asset = ASSETS[req.params.name as string];
    if (!asset) {
      res.status(404).json({ error: 'unknown playground asset' });
      return;
    }
    res.type(asset.type).sendFile(asset.file, { maxAge: '1d' });
  });

  return router;
}
