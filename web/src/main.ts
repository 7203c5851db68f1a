// The explorer page: wires the search box, the graph, the side panel, the path finder and the article view.
import './styles.css';
import {
  ApiError,
  entity as fetchEntity,
  evidenceSpans,
  neighborhoods,
  shortestPath,
  sources as fetchSources,
  type EntitySummary,
  type EvidenceSpan,
  type GraphEdge,
  type Source,
  type Subgraph,
} from './api.js';
import { articleHtml, parseArticleHash } from './article.js';
import { byId, escapeHtml } from './dom.js';
import { entityTypes, typeIcon } from './entityTypes.js';
import { createGraphView, type LabelLanguage } from './graphView.js';
import { entityHtml, pathHtml, relationHtml, type PanelContext } from './panel.js';
import { attachSearch } from './search.js';

const state = {
  language: 'zh' as LabelLanguage,
  sources: new Map<string, Source>(),
  selected: null as string | null,
  expanded: new Set<string>(),
  pathFrom: null as EntitySummary | null,
  pathTo: null as EntitySummary | null,
  path: null as Subgraph | null,
  hiddenTypes: new Set<string>(),
  hiddenRelations: new Set<string>(),
  /** Requests in flight; the browser tests wait for 0. */
  pending: 0,
  /** The last error shown, for the tests and for a reader who missed the banner. */
  lastError: null as string | null,
};

const graphElement = byId('graph');
const graph = createGraphView(graphElement);
const panel = byId('panel');
const status = byId('status');
const empty = byId('empty');
let spans: Promise<EvidenceSpan[]> | null = null;

// The browser tests read the graph library's own state from here.
declare global {
  interface Window {
    __explorer?: { cy: typeof graph.cy; state: typeof state };
  }
}
window.__explorer = { cy: graph.cy, state };

const panelContext: PanelContext = {
  sources: state.sources,
  names: (id) => {
    const node = graph.cy.getElementById(id);
    return node.nonempty() ? (node.data() as EntitySummary) : undefined;
  },
};

// ---- status line ----------------------------------------------------------------------------

function showStatus(message: string, kind: 'info' | 'error' = 'info', retry?: () => void): void {
  status.className = kind;
  status.innerHTML = escapeHtml(message);
  if (kind === 'error') state.lastError = message;
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Retry';
    button.addEventListener('click', retry);
    status.append(' ', button);
  }
}

function showError(error: unknown, retry?: () => void): void {
  const message =
    error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`;
  showStatus(message, 'error', retry);
}

/** Runs one user-visible operation: a loading message while it runs, its error if it fails. */
async function run<T>(
  label: string,
  work: () => Promise<T>,
  retry?: () => void,
): Promise<T | undefined> {
  state.pending++;
  showStatus(`${label}…`);
  status.setAttribute('aria-busy', 'true');
  try {
    const result = await work();
    // Clears the loading line, but not an error or notice the work itself put there.
    if (status.textContent === `${label}…`) showStatus('');
    return result;
  } catch (error) {
    showError(error, retry);
    return undefined;
  } finally {
    state.pending--;
    status.setAttribute('aria-busy', String(state.pending > 0));
  }
}

// ---- graph operations -----------------------------------------------------------------------

function afterGraphChange(): void {
  empty.hidden = graph.cy.nodes().length > 0;
  renderRelationFilters();
  graph.filter(state.hiddenTypes, state.hiddenRelations);
  if (state.path) graph.markPath(state.path);
}

/** Draws an entity with its neighbours and, through the relief actions among them, who acted and on what. */
async function open(id: string): Promise<void> {
  await run('Loading the neighbourhood', async () => {
    const [around] = await neighborhoods([id]);
    if (!around || around.nodes.length === 0) {
      showStatus(`No entity with the id ${id}.`, 'error');
      return;
    }
    // Relief actions are where actors meet targets: one more hop through them answers "who supported X".
    const actions = around.nodes
      .filter((node) => node.type === 'RELIEF_ACTION' && node.id !== id)
      .slice(0, 30)
      .map((node) => node.id);
    // An action's own neighbourhood is small: its actors, targets and commissioners.
    const further = await neighborhoods(actions, 1, 50);
    graph.add([
      { subgraph: around, around: id },
      ...further.map((subgraph, index) => ({ subgraph, around: actions[index] })),
    ]);
    for (const shown of [id, ...actions]) state.expanded.add(shown);
    afterGraphChange();
    await select(id);
    graph.show([id, ...actions]);
  });
}

async function expand(id: string): Promise<void> {
  if (state.expanded.has(id)) return;
  await run('Expanding', async () => {
    const [around] = await neighborhoods([id]);
    if (around) graph.add([{ subgraph: around, around: id }]);
    state.expanded.add(id);
    afterGraphChange();
  });
}

function collapse(id: string): void {
  const removed = graph.collapse(id);
  state.expanded.delete(id);
  afterGraphChange();
  showStatus(
    removed
      ? `Collapsed ${removed} ${removed === 1 ? 'entity' : 'entities'}.`
      : 'Nothing to collapse.',
  );
}

/** Shows an entity in the panel; draws it first (next to the selection) when it is not on screen. */
async function select(id: string): Promise<void> {
  if (graph.cy.getElementById(id).empty()) {
    const [around] = await neighborhoods([id]);
    if (around) graph.add([{ subgraph: around, around: state.selected ?? id }]);
    state.expanded.add(id);
    afterGraphChange();
  }
  state.selected = id;
  graph.select(id);
  const detail = await fetchEntity(id);
  if (state.selected !== id) return;
  if (!detail) {
    panel.innerHTML = `<p class="error">No entity with the id ${escapeHtml(id)}.</p>`;
    return;
  }
  panel.innerHTML = entityHtml(detail, panelContext, {
    from: state.pathFrom?.id,
    to: state.pathTo?.id,
  });
}

function selectEdge(id: string): void {
  const edge = graph.cy.getElementById(id);
  if (edge.empty()) return;
  state.selected = id;
  graph.select(id);
  const data = edge.data() as GraphEdge & { source: string; target: string };
  panel.innerHTML = relationHtml({ ...data, from: data.source, to: data.target }, panelContext);
}

// ---- shortest path --------------------------------------------------------------------------

function renderPathBar(): void {
  const name = (node: EntitySummary | null) =>
    node
      ? `<strong lang="zh">${escapeHtml(state.language === 'en' ? (node.nameEn ?? node.name) : node.name)}</strong>`
      : '<em>pick an entity</em>';
  byId('path-from').innerHTML = `from: ${name(state.pathFrom)}`;
  byId('path-to').innerHTML = `to: ${name(state.pathTo)}`;
  byId<HTMLButtonElement>('path-find').disabled = !(state.pathFrom && state.pathTo);
  byId<HTMLButtonElement>('path-clear').disabled = !(state.pathFrom || state.pathTo || state.path);
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
  else if (state.selected === id) await select(id);
}

async function findPath(): Promise<void> {
  const from = state.pathFrom;
  const to = state.pathTo;
  if (!from || !to) return;
  await run('Finding the shortest path', async () => {
    const path = await shortestPath(from.id, to.id);
    if (!path) {
      state.path = null;
      graph.markPath(null);
      showStatus(`No path between ${from.name} and ${to.name} within 10 hops.`, 'error');
      return;
    }
    state.path = path;
    graph.add([{ subgraph: path, around: from.id }]);
    afterGraphChange();
    graph.fit(graph.cy.elements('.on-path'));
    state.selected = null;
    graph.select(null);
    panel.innerHTML = pathHtml(path);
  });
  renderPathBar();
}

function clearPath(): void {
  state.pathFrom = null;
  state.pathTo = null;
  state.path = null;
  graph.markPath(null);
  renderPathBar();
}

// ---- filters and legend ---------------------------------------------------------------------

function renderTypeFilters(): void {
  byId('type-filters').innerHTML = entityTypes
    .map(
      (
        type,
      ) => `<label class="filter"><input type="checkbox" data-filter="type" value="${type.type}" checked />
        ${typeIcon(type.type)} ${escapeHtml(type.label)} <span lang="zh" class="muted">${escapeHtml(type.labelZh)}</span></label>`,
    )
    .join('');
}

function renderRelationFilters(): void {
  const types = graph.relationTypes();
  const container = byId('relation-filters');
  const shown = [...container.querySelectorAll<HTMLInputElement>('input')].map(
    (input) => input.value,
  );
  if (shown.join() === types.join()) return;
  container.innerHTML = types.length
    ? types
        .map(
          (type) =>
            `<label class="filter"><input type="checkbox" data-filter="relation" value="${escapeHtml(type)}" ${state.hiddenRelations.has(type) ? '' : 'checked'} /> ${escapeHtml(type)}</label>`,
        )
        .join('')
    : '<p class="muted">None drawn yet.</p>';
}

document.querySelector('.filters')!.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const set = input.dataset.filter === 'type' ? state.hiddenTypes : state.hiddenRelations;
  if (input.checked) set.delete(input.value);
  else set.add(input.value);
  graph.filter(state.hiddenTypes, state.hiddenRelations);
});

// ---- article view ---------------------------------------------------------------------------

const article = byId('article');
let returnFocus: HTMLElement | null = null;

async function openArticle(
  sourceId: string,
  focus: { start: number; end: number } | null,
): Promise<void> {
  const source = state.sources.get(sourceId);
  if (!source) {
    showStatus(`No article with the id ${sourceId}.`, 'error');
    return;
  }
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  byId('article-title').textContent = source.title;
  byId('article-meta').textContent = [source.publisher, source.date].filter(Boolean).join(' · ');
  const text = byId('article-text');
  // The quote in focus is shown at once; the other evidenced spans follow when they arrive.
  text.innerHTML = articleHtml(source, [], focus);
  article.hidden = false;
  byId('article-close').focus();
  text.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  spans ??= evidenceSpans();
  const all = await run('Marking every quote in the article', () => spans!);
  if (!all) {
    spans = null;
    return;
  }
  if (article.hidden) return;
  text.innerHTML = articleHtml(source, all, focus);
  text.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
}

function closeArticle(): void {
  if (article.hidden) return;
  article.hidden = true;
  if (parseArticleHash(location.hash))
    history.replaceState(null, '', location.pathname + location.search);
  returnFocus?.focus();
}

function openArticleFromHash(): void {
  const target = parseArticleHash(location.hash);
  if (target && state.sources.size) void openArticle(target.sourceId, target.focus);
}

window.addEventListener('hashchange', openArticleFromHash);
byId('article-close').addEventListener('click', closeArticle);
article.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeArticle();
});
byId('article-text').addEventListener('click', (event) => {
  const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-entity]');
  const id = mark?.dataset.entity;
  if (!id) return;
  closeArticle();
  void run('Loading', () => select(id)).then(() => graph.centre(id));
});

// ---- events ---------------------------------------------------------------------------------

attachSearch({
  input: byId<HTMLInputElement>('search-input'),
  list: byId<HTMLUListElement>('search-results'),
  onPick: (hit) => void open(hit.id),
  onError: (error) => showError(error),
});

graph.cy.on('tap', 'node', (event) => {
  const id = (event.target as { id(): string }).id();
  void run('Loading', async () => {
    await select(id);
  });
  void expand(id);
});
graph.cy.on('dbltap', 'node', (event) => collapse((event.target as { id(): string }).id()));
graph.cy.on('tap', 'edge', (event) => selectEdge((event.target as { id(): string }).id()));

panel.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
  const id = button?.dataset.id;
  if (!button || !id) return;
  const action = button.dataset.action;
  if (action === 'expand') void expand(id);
  else if (action === 'collapse') collapse(id);
  else if (action === 'centre') graph.centre(id);
  else if (action === 'path-from') void setPathEnd('from', id);
  else if (action === 'path-to') void setPathEnd('to', id);
  else if (action === 'goto') void run('Loading', () => select(id)).then(() => graph.centre(id));
});

byId('fit').addEventListener('click', () => graph.fit());
byId('zoom-in').addEventListener('click', () => zoomBy(1.25));
byId('zoom-out').addEventListener('click', () => zoomBy(0.8));
byId('clear').addEventListener('click', () => {
  graph.clear();
  state.expanded.clear();
  state.selected = null;
  clearPath();
  afterGraphChange();
  panel.innerHTML =
    '<p class="muted">Select an entity or a relationship to see its names, numbers and evidence.</p>';
});
byId('language').addEventListener('click', () => {
  state.language = state.language === 'zh' ? 'en' : 'zh';
  const button = byId('language');
  button.setAttribute('aria-pressed', String(state.language === 'en'));
  button.textContent = state.language === 'en' ? '中文标签' : 'EN labels';
  button.title = state.language === 'en' ? 'Show Chinese labels' : 'Show English labels';
  graph.setLanguage(state.language);
  renderPathBar();
});
byId('path-find').addEventListener('click', () => void findPath());
byId('path-clear').addEventListener('click', clearPath);
empty.addEventListener('click', (event) => {
  const id = (event.target as HTMLElement).closest<HTMLElement>('[data-example]')?.dataset.example;
  if (id) void open(id);
});

function zoomBy(factor: number): void {
  const cy = graph.cy;
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

// The canvas cannot hold keyboard focus per node, so the keys act on the view and the selection.
graphElement.addEventListener('keydown', (event) => {
  const pan: Record<string, [number, number]> = {
    ArrowLeft: [60, 0],
    ArrowRight: [-60, 0],
    ArrowUp: [0, 60],
    ArrowDown: [0, -60],
  };
  const step = pan[event.key];
  if (step) graph.cy.panBy({ x: step[0], y: step[1] });
  else if (event.key === '+' || event.key === '=') zoomBy(1.25);
  else if (event.key === '-') zoomBy(0.8);
  else if (event.key === 'f') graph.fit();
  else if (event.key === 'e' && state.selected) void expand(state.selected);
  else if (event.key === 'c' && state.selected) collapse(state.selected);
  else return;
  event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  const typing =
    event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    byId('search-input').focus();
  }
});

// ---- start ----------------------------------------------------------------------------------

async function start(): Promise<void> {
  const loaded = await run('Connecting to the server', fetchSources, () => void start());
  if (!loaded) return;
  for (const source of loaded) state.sources.set(source.id, source);
  openArticleFromHash();
}

renderTypeFilters();
renderPathBar();
void start();
