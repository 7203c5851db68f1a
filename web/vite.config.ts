// Vite build of the explorer's pages (the graph at index.html, the report review at ingest.html): web/ -> dist/web, served by the server under /explorer/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // One page, one graph library: a single chunk is smaller than the warning says.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: {
        explorer: fileURLToPath(new URL('index.html', import.meta.url)),
        ingest: fileURLToPath(new URL('ingest.html', import.meta.url)),
      },
    },
  },
  // `npm run dev:web` serves the page with hot reload and sends API calls to a running server.
  server: { proxy: { '/graphql': process.env.EXPLORER_API ?? 'http://127.0.0.1:4000' } },
});
