// The path finder: two ends picked in the panel, the shortest path between them drawn, highlighted and described.
import { shortestPath, type EntitySummary } from '../api.js';
import { byId, escapeHtml } from '../dom.js';
import { nameIn } from '../labels.js';
import { pathHtml } from '../panel.js';
import type { Explorer, PathFinder } from './Explorer.js';

export function pathFinder(app: Explorer): PathFinder {
  const { state, graph, panel, sheet, status } = app;

  function renderPathBar(): void {
    const name = (node: EntitySummary | null) =>
      node
        ? `<strong lang="zh">${escapeHtml(nameIn(node, state.language))}</strong>`
        : '<em>pick an entity</em>';
    byId('path-from').innerHTML = `from: ${name(state.pathFrom)}`;
    byId('path-to').innerHTML = `to: ${name(state.pathTo)}`;
    byId<HTMLButtonElement>('path-find').disabled = !(state.pathFrom && state.pathTo);
    byId<HTMLButtonElement>('path-clear').disabled = !(
      state.pathFrom ||
      state.pathTo ||
      state.path
    );
    const highlight = byId<HTMLButtonElement>('path-highlight');
    highlight.disabled = !state.path;
    highlight.setAttribute('aria-pressed', String(Boolean(state.path) && state.pathHighlight));
    byId('pathbar').classList.toggle('in-use', Boolean(state.pathFrom || state.pathTo));
  }

  function setPathHighlight(on: boolean): void {
    if (state.pathHighlight === on) return;
    state.pathHighlight = on;
    graph.markPath(state.path, on);
    renderPathBar();
    app.saveView();
  }

  function summaryOf(id: string): EntitySummary | null {
    const node = graph.cy.getElementById(id);
    return node.nonempty() ? (node.data() as EntitySummary) : null;
  }

  async function setPathEnd(end: 'from' | 'to', id: string): Promise<void> {
    const node = summaryOf(id);
    if (!node) return;
    if (end === 'from') state.pathFrom = node;
    else state.pathTo = node;
    renderPathBar();
    if (state.pathFrom && state.pathTo) await findPath();
    else if (state.selected === id) await app.select(id);
  }

  async function findPath(): Promise<void> {
    const from = state.pathFrom;
    const to = state.pathTo;
    if (!from || !to) return;
    await status.run('Finding the shortest path', async () => {
      const path = await shortestPath(from.id, to.id);
      if (!path) {
        state.path = null;
        graph.markPath(null, false);
        status.show(`No path between ${from.name} and ${to.name} within 10 hops.`, 'error');
        return;
      }
      state.path = path;
      state.pathHighlight = true;
      graph.add([{ subgraph: path, around: from.id }]);
      app.afterGraphChange();
      graph.setFocus(state.focus);
      graph.settle({ incremental: true, animate: false });
      graph.fit({ ids: path.nodes.map((n) => n.id) });
      state.selected = null;
      graph.select(null);
      panel.innerHTML = pathHtml(path);
      sheet.show(`Path: ${path.edges.length} hops`);
    });
    renderPathBar();
    app.saveView();
  }

  function clearPath(): void {
    state.pathFrom = null;
    state.pathTo = null;
    state.path = null;
    state.pathHighlight = false;
    graph.markPath(null, false);
    renderPathBar();
    app.saveView();
  }

  byId('path-find').addEventListener('click', () => void findPath());
  byId('path-clear').addEventListener('click', clearPath);
  byId('path-highlight').addEventListener('click', () => setPathHighlight(!state.pathHighlight));

  return { renderPathBar, setPathHighlight, summaryOf, setPathEnd, findPath, clearPath };
}
