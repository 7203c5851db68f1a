// The explorer page: builds the store and the modules of web/src/explorer/ over it, and wires the page's controls (search, graph taps, panel, filters, toolbar, article view) to them.
import './styles.css';
import { amountStopLabel, categoryName, filterActive } from './actionFilter.js';
import {
  schemaTypes,
  sources as fetchSources,
  useActivityField,
  useSourcesField,
  sourceCounts,
  type EntitySummary,
} from './api.js';
import { createArticleView } from './articleView.js';
import { byId } from './dom.js';
import { createGraphView } from './graphView.js';
import { attachHoverCard } from './hoverCard.js';
import { nameIn } from './labels.js';
import type { LayoutName } from './layout.js';
import type { PanelContext } from './panel.js';
import { createPhoneSheet } from './phoneSheet.js';
import { noSchemaDocs, schemaDocsOf } from './schemaDocs.js';
import { attachSearch } from './search.js';
import { createStatusLine } from './statusLine.js';
import { parseViewState } from './urlState.js';
import type { Explorer, Parts } from './explorer/Explorer.js';
import { attachExportMenu } from './explorer/exportMenu.js';
import { attachKeyboard, zoomBy } from './explorer/keyboard.js';
import { followLiveUpdates } from './explorer/liveUpdates.js';
import { pathFinder } from './explorer/pathFinder.js';
import { selection } from './explorer/selection.js';
import { createStore } from './explorer/store.js';
import { exposeForTests } from './explorer/testHook.js';
import { viewOperations } from './explorer/view.js';
import { viewUrl } from './explorer/viewUrl.js';

/** Two taps on the same node within this many milliseconds are a double tap. */
const doubleTapMs = 320;

const state = createStore();
const graphElement = byId('graph');
const graph = createGraphView(graphElement);
const panel = byId('panel');
const empty = byId('empty');
const searchInput = byId<HTMLInputElement>('search-input');
const sheet = createPhoneSheet(graph);
const statusLine = createStatusLine(byId('status'), {
  busy: (delta) => (state.pending += delta),
  failed: (message) => {
    state.lastError = message;
  },
});

const panelContext: PanelContext = {
  sources: state.sources,
  names: (id) => {
    const node = graph.cy.getElementById(id);
    return node.nonempty() ? (node.data() as EntitySummary) : undefined;
  },
  get docs() {
    return state.docs;
  },
  category: (category) => categoryName(state.docs, category, state.language),
};

const parts: Parts = {
  state,
  graph,
  graphElement,
  panel,
  empty,
  searchInput,
  sheet,
  status: statusLine,
  panelContext,
};
// Each module adds its operations; they call one another through `app` once all are in.
const app = parts as Explorer;
Object.assign(app, viewOperations(app), selection(app), pathFinder(app), viewUrl(app));
attachExportMenu(app);
attachKeyboard(app);
const live = followLiveUpdates(app);

exposeForTests(() => ({
  cy: graph.cy,
  state,
  labelled: () => graph.labelled(),
  // Not settled before start-up has restored the view from its URL (the sources can arrive before
  // the schema's descriptions), nor between the restore's steps (focus, expansions, path).
  settled: () => state.started && state.pending === 0 && !state.restoring && !graph.moving(),
}));

byId('filters').addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const kind = input.dataset.filter;
  if (input.type === 'range') {
    let min = Number(byId<HTMLInputElement>('amount-min').value);
    let max = Number(byId<HTMLInputElement>('amount-max').value);
    // The sliders never cross: the one moved pushes the other.
    if (min > max) {
      if (input.id === 'amount-min') max = min;
      else min = max;
    }
    state.actionFilter.minAmount = min;
    state.actionFilter.maxAmount = max;
  } else if (kind === 'group') {
    app.setGroup(input.checked);
    return;
  } else if (kind === 'by-source') {
    state.colourBySource = input.checked;
  } else if (kind === 'source') {
    if (input.checked) state.hiddenSources.delete(input.value);
    else state.hiddenSources.add(input.value);
  } else if (kind === 'type' && input.value === 'RELIEF_ACTION') {
    // Unticking the relief actions folds them into actor → target edges rather than leaving dots.
    app.setFold(!input.checked);
    return;
  } else {
    const set =
      kind === 'type'
        ? state.hiddenTypes
        : kind === 'relation'
          ? state.hiddenRelations
          : kind === 'category'
            ? state.actionFilter.hiddenCategories
            : state.actionFilter.hiddenActivities;
    if (input.checked) set.delete(input.value);
    else set.add(input.value);
  }
  app.afterGraphChange();
  app.settle();
  if (filterActive(state.actionFilter) && graph.cy.nodes(':visible').empty())
    statusLine.show('No relief action passes these filters.');
});
// The sliders' labels follow while dragging; the graph follows on release.
for (const id of ['amount-min', 'amount-max']) {
  byId<HTMLInputElement>(id).addEventListener('input', () => {
    const value = Number(byId<HTMLInputElement>(id).value);
    byId(`${id}-value`).textContent = amountStopLabel(value, state.language);
  });
}

const articleView = createArticleView({
  sources: state.sources,
  status: statusLine,
  about: () => {
    const node = state.selected ? graph.cy.getElementById(state.selected) : null;
    if (!node?.nonempty() || !node.isNode() || node.hasClass('derived')) return null;
    return { id: node.id(), name: nameIn(node.data() as EntitySummary, state.language) };
  },
  onPick: (id) => {
    if (graph.cy.getElementById(id).nonempty())
      void statusLine.run('Loading', () => app.select(id));
    else void app.open([id]);
  },
});

attachHoverCard(graph.cy, byId('tooltip'), (category) =>
  categoryName(state.docs, category, state.language),
);

attachSearch({
  input: searchInput,
  list: byId<HTMLUListElement>('search-results'),
  onPick: (hit) => void app.open([hit.id]),
  onError: (error) => statusLine.showError(error),
});

// The canvas takes the keyboard when clicked, so its shortcuts work at once.
graphElement.addEventListener('pointerdown', () => graphElement.focus({ preventScroll: true }));

let lastTap = { id: '', at: 0 };
graph.cy.on('tap', 'node', (event) => {
  graphElement.focus({ preventScroll: true });
  const id = (event.target as { id(): string }).id();
  if (graph.cy.getElementById(id).hasClass('group')) {
    app.selectGroup(id);
    return;
  }
  const now = performance.now();
  // A double tap is two taps on the same node: a quick tap elsewhere is a new selection.
  if (lastTap.id === id && now - lastTap.at < doubleTapMs) {
    lastTap = { id: '', at: 0 };
    app.collapse(id);
    return;
  }
  lastTap = { id, at: now };
  void statusLine.run('Loading', () => app.select(id));
  void app.expand(id);
});
graph.cy.on('tap', 'edge', (event) => {
  graphElement.focus({ preventScroll: true });
  if (graph.edgeTapIsNodeTap(event.renderedPosition)) return;
  app.selectEdge((event.target as { id(): string }).id());
});

panel.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-action]');
  const id = button?.dataset.id;
  if (!button || !id) return;
  const action = button.dataset.action;
  if (action === 'expand') void app.expand(id);
  else if (action === 'collapse') app.collapse(id);
  else if (action === 'centre') graph.centre(id);
  else if (action === 'path-from') void app.setPathEnd('from', id);
  else if (action === 'path-to') void app.setPathEnd('to', id);
  else if (action === 'goto')
    void statusLine.run('Loading', () => app.select(id)).then(() => graph.centre(id));
  else if (action === 'ungroup') app.setGroup(false);
});

byId('fit').addEventListener('click', () => graph.fit());
byId('zoom-in').addEventListener('click', () => zoomBy(graph, 1.25));
byId('zoom-out').addEventListener('click', () => zoomBy(graph, 0.8));
byId('fold').addEventListener('click', () => app.setFold(!state.fold));
byId('clear').addEventListener('click', () => app.clearView());

byId('language').addEventListener('click', () => {
  app.toggleLanguage();
  app.afterGraphChange();
});
byId<HTMLSelectElement>('layout').addEventListener('change', (event) => {
  state.layout = (event.target as HTMLSelectElement).value as LayoutName;
  graph.setLayout(state.layout);
  graph.setFocus(state.focus);
  graph.settle({ incremental: false });
  app.saveView();
});
empty.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const id = target.closest<HTMLElement>('[data-example]')?.dataset.example;
  if (id) void app.open([id]);
  if (target.closest<HTMLElement>('[data-view="hospitals"]')) void app.hospitalsView();
});

async function start(): Promise<void> {
  try {
    await startUp();
  } finally {
    state.started = true;
  }
}

async function startUp(): Promise<void> {
  // The change feed's cursor is read before any data: every revision after it is replayed, so
  // nothing committed between the page's reads and its subscription is missed.
  await live.cursorRead;
  const [loaded, docs] = await Promise.all([
    statusLine.run('Connecting to the server', fetchSources, () => void start()),
    // Descriptions are a help, not a need: a server with introspection off still gets the page.
    schemaTypes().then(schemaDocsOf, () => noSchemaDocs),
  ]);
  if (!loaded) return;
  state.docs = docs;
  // The activity filter needs ReliefAction.activity, which a server older than the field lacks.
  state.hasActivity = docs.fieldType('ReliefAction', 'activity') !== undefined;
  useActivityField(state.hasActivity);
  // Which sources each fact cites (the sources filter and colours) needs Entity.sources.
  state.hasSources = docs.fieldType('Association', 'sources') !== undefined;
  useSourcesField(state.hasSources);
  for (const source of loaded) state.sources.set(source.id, source);
  if (state.hasSources) {
    // The counts are only a tooltip: fetched beside the restore rather than before it, and a
    // server that cannot give them still gets the filter.
    // Counted as in flight, so the tests' idle waits see the legend drawn again.
    state.pending += 1;
    void sourceCounts()
      .then(
        (all) => {
          for (const counts of all) Object.assign(state.sources.get(counts.id) ?? {}, counts);
          app.renderLegend();
        },
        () => undefined,
      )
      .finally(() => (state.pending -= 1));
  }
  app.renderLegend();
  await app.restoreView(parseViewState(location.search));
  articleView.openFromHash();
}

app.renderPathBar();
app.renderLegend();
void start();
