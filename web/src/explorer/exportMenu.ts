// The menu's exports: the picture as PNG or SVG, its entities and relationships as CSV, and a link to this view.
import { byId } from '../dom.js';
import { csvOf, download, pngOf, svgOf } from '../exportView.js';
import type { Explorer } from './Explorer.js';

export function attachExportMenu(app: Explorer): void {
  const { state, graph, status } = app;

  function closeMenu(): void {
    byId<HTMLDetailsElement>('menu').open = false;
  }
  function fileName(extension: string): string {
    const focus = state.focus[0]?.replace(/[^a-z0-9-]+/gi, '-') ?? 'graph';
    return `relief-graph-${focus}.${extension}`;
  }
  byId('export-png').addEventListener('click', () => {
    download(fileName('png'), pngOf(graph.cy));
    closeMenu();
  });
  byId('export-svg').addEventListener('click', () => {
    download(fileName('svg'), new Blob([svgOf(graph.cy)], { type: 'image/svg+xml' }));
    closeMenu();
  });
  byId('export-csv').addEventListener('click', () => {
    // A byte-order mark, so that spreadsheet programs read the Chinese as UTF-8.
    download(fileName('csv'), new Blob(['\ufeff', csvOf(graph.cy)], { type: 'text/csv' }));
    closeMenu();
  });
  byId('copy-link').addEventListener('click', () => {
    app.saveView();
    const link = location.href.replace(/#.*$/, '');
    void navigator.clipboard?.writeText(link).then(
      () => status.show('Link to this view copied.'),
      () => status.show(`Link to this view: ${link}`),
    );
    closeMenu();
  });
}
