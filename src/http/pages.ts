// Web pages beside the API: the visual explorer (/explorer, and its report review at /explorer/ingest, built by Vite into dist/web) and an offline GraphiQL (/graphiql) with the examples/ operations as tabs.
import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import {
  css,
  editorWorkerService,
  favicon,
  graphqlWorker,
  js,
  jsonWorker,
} from '@graphql-yoga/render-graphiql/graphiql';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Example } from '../examples.js';
import { repoPath } from '../packageRoot.js';

/** Where `npm run build:web` writes the explorer, whether this runs from src/ or dist/src/. */
export const explorerBuildDir = repoPath(import.meta.url, 'dist/web');

export interface PagesOptions {
  /** GraphiQL opens with one tab per example (named after its operation), in this order. */
  examples: Example[];
  /** Folder holding the built explorer (index.html and assets/); defaults to dist/web. */
  explorerDir?: string;
}

const notBuilt = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body><h1>The explorer has not been built</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload.</p>
<p>The GraphQL API is at <a href="/graphql">/graphql</a>; an offline IDE at <a href="/graphiql">/graphiql</a>.</p>
</body></html>`;

export async function pages(app: FastifyInstance, options: PagesOptions): Promise<void> {
  const explorerDir = options.explorerDir ?? explorerBuildDir;

  // GraphiQL's self-contained build (React, Monaco and its workers inlined) is about 9 MB of
  // HTML: rendered once, on first use, so servers that never show it never pay for it.
  let graphiqlPage: string | undefined;
  app.get('/graphiql', async (_request, reply) => {
    graphiqlPage ??= graphiqlHtml(options.examples);
    return reply.type('text/html; charset=utf-8').send(graphiqlPage);
  });

  if (!existsSync(`${explorerDir}/index.html`)) {
    // A server started without the bundle still serves the API; the page says how to build it.
    const explain = (_request: unknown, reply: FastifyReply) =>
      reply.code(503).type('text/html; charset=utf-8').send(notBuilt);
    app.get('/explorer', explain);
    app.get('/explorer/*', explain);
    return;
  }

  await app.register(fastifyStatic, {
    root: explorerDir,
    prefix: '/explorer/',
    // Vite names assets by content hash, so they can be cached for good; index.html cannot.
    setHeaders(reply, filePath) {
      reply.header(
        'cache-control',
        filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/explorer', (_request, reply) => reply.sendFile('index.html'));
  // The review page of a new report (docs/ingest.md), built beside the explorer.
  app.get('/explorer/ingest', (_request, reply) => reply.sendFile('ingest.html'));
}

/** A JavaScript literal safe inside an inline <script>: no "</script>" can close it early. */
function scriptLiteral(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The page around Yoga's GraphiQL bundle. Written here rather than with the package's own
 * renderGraphiQL, whose types import all of graphql-yoga (and the DOM library with it).
 * Monaco's editor workers come from blob: URLs, so nothing is fetched but /graphql.
 */
function graphiqlHtml(examples: Example[]): string {
  const options = {
    title: 'Relief graph · GraphiQL',
    endpoint: '/graphql',
    // graphChanged runs over graphql-ws on /graphql; Yoga's GraphiQL would otherwise try SSE.
    subscriptionsProtocol: 'WS',
    defaultTabs: examples.map(({ query, variables }) => ({
      query,
      ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}),
    })),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>${options.title}</title>
<link rel="icon" href="${favicon}" />
<style>${css}</style>
</head>
<body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script>
const workerUrl = (source) => URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
const workers = {
  editorWorkerService: workerUrl(${scriptLiteral(editorWorkerService)}),
  json: workerUrl(${scriptLiteral(jsonWorker)}),
  graphql: workerUrl(${scriptLiteral(graphqlWorker)}),
};
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
${js};
YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptLiteral(options)});
</script>
</body>
</html>`;
}
