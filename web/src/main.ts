// The explorer page: wires the search box, the graph, the side panel (a bottom sheet on phones), the path finder, the filters, the URL and the article view.
import './styles.css';
import {
  actionShown,
  activitiesOf,
  amountStopLabel,
  amountsLabel,
  categoryName,
  emptyActionFilter,
  filterActive,
} from './actionFilter.js';
import {
  entity as fetchEntity,
  idsOfType,
  neighborhoods,
  schemaTypes,
  shortestPath,
  sources as fetchSources,
  useActivityField,
  type EntitySummary,
  type Evidence,
  type GraphEdge,
  type Source,
  type Subgraph,
} from './api.js';
import { createArticleView } from './articleView.js';
import { byId, escapeHtml } from './dom.js';
import { csvOf, download, pngOf, svgOf } from './exportView.js';
import { renderFilters } from './filtersPanel.js';
import { actorRelations, targetRelations } from './fold.js';
import { createGraphView, type LabelLanguage } from './graphView.js';
import { attachHoverCard } from './hoverCard.js';
import { nameIn } from './labels.js';
import type { LayoutName } from './layout.js';
import {
  entityHtml,
  foldedHtml,
  groupHtml,
  pathHtml,
  relationHtml,
  type PanelContext,
} from './panel.js';
import { createPhoneSheet } from './phoneSheet.js';
import { noSchemaDocs, schemaDocsOf, type SchemaDocs } from './schemaDocs.js';
import { attachSearch } from './search.js';
import { followChanges, type Revision } from './live.js';
import { createStatusLine } from './statusLine.js';
import { parseViewState, viewSearch, type ViewState } from './urlState.js';

/** Above this many entities on screen the view offers to group, then fold, the relief actions. */
const maxNodes = { wide: 150, phone: 80 };
/** Two taps on the same node within this many milliseconds are a double tap. */
const doubleTapMs = 320;

const state = {
  language: 'zh' as LabelLanguage,
  sources: new Map<string, Source>(),
  docs: noSchemaDocs as SchemaDocs,
  selected: null as string | null,
  /** The entities the picture is about (opened from search, an example, a link or the article). */
  focus: [] as string[],
  /** Entities whose neighbourhood is drawn. */
  expanded: new Set<string>(),
  /** The ones the reader expanded, in order: what a link replays. */
  userExpanded: [] as string[],
  pathFrom: null as EntitySummary | null,
  pathTo: null as EntitySummary | null,
  path: null as Subgraph | null,
  pathHighlight: false,
  hiddenTypes: new Set<string>(),
  hiddenRelations: new Set<string>(),
  fold: false,
  group: false,
  actionFilter: emptyActionFilter(),
  hasActivity: false,
  layout: 'force' as LayoutName,
  /** Requests in flight; the browser tests wait for 0. */
  pending: 0,
  /** The last error shown, for the tests and for a reader who missed the banner. */
  lastError: null as string | null,
  /** Connected to the change feed (live updates). */
  live: false,
};

const graphElement = byId('graph');
const graph = createGraphView(graphElement);
const panel = byId('panel');
const status = byId('status');
const empty = byId('empty');
const sheet = createPhoneSheet(graph);

// The browser tests read the graph library's own state from here.
declare global {
  interface Window {
    __explorer?: {
      cy: typeof graph.cy;
      state: typeof state;
      labelled: () => string[];
      settled: () => boolean;
    };
  }
}
window.__explorer = {
  cy: graph.cy,
  state,
  labelled: () => graph.labelled(),
  // Not settled before start-up has restored the view from its URL (the sources can arrive before
  // the schema's descriptions), nor between the restore's steps (focus, expansions, path).
  settled: () => started && state.pending === 0 && !restoring && !graph.moving(),
};

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

// ---- status line ----------------------------------------------------------------------------

const statusLine = createStatusLine(status, {
  busy: (delta) => (state.pending += delta),
  failed: (message) => {
    state.lastError = message;
  },
});
const showStatus = statusLine.show;
const showError = statusLine.showError;
const run = statusLine.run;

// ---- what is shown --------------------------------------------------------------------------

function visibility() {
  return {
    hiddenTypes: state.hiddenTypes,
    hiddenRelations: state.hiddenRelations,
    fold: state.fold,
    group: state.group,
    groupLabel: (category: string, count: number) =>
      `${categoryName(state.docs, category, state.language)} (${count})`,
    actionShown: (action: EntitySummary) => actionShown(action, state.actionFilter),
    foldLabel: (actions: EntitySummary[]) => {
      const categories = [
        ...new Set(actions.map((a) => a.category).filter((c): c is string => Boolean(c))),
      ].map((c) => categoryName(state.docs, c, state.language));
      const first =
        categories.length > 2 ? `${categories.slice(0, 2).join(' · ')} …` : categories.join(' · ');
      const amounts = amountsLabel(actions, state.language);
      return [first, amounts].filter(Boolean).join('\n');
    },
  };
}

function renderLegend(): void {
  const categories = new Map<string, number>();
  const activities = state.hasActivity ? new Map<string, number>() : null;
  graph.cy
    .nodes('[type = "RELIEF_ACTION"]')
    .not('.derived')
    .forEach((node) => {
      const action = node.data() as EntitySummary;
      if (action.category)
        categories.set(action.category, (categories.get(action.category) ?? 0) + 1);
      for (const activity of activitiesOf(action))
        activities?.set(activity, (activities.get(activity) ?? 0) + 1);
    });
  renderFilters({
    hiddenTypes: state.hiddenTypes,
    hiddenRelations: state.hiddenRelations,
    fold: state.fold,
    actionFilter: state.actionFilter,
    language: state.language,
    docs: state.docs,
    relationTypes: graph.relationTypes(),
    categories,
    activities,
    categoryName: (category) => categoryName(state.docs, category, state.language),
    orphans: graph.orphans(),
  });
  byId('fold').setAttribute('aria-pressed', String(state.fold));
  const group = byId<HTMLInputElement>('group-actions');
  group.checked = state.group;
  group.disabled = state.fold;
}

/** After anything changes what is drawn or shown: filters, legend, path, the offer to fold, the URL. */
function afterGraphChange(): void {
  empty.hidden = graph.cy.nodes().length > 0;
  // The path first: what is on it stays visible whatever the filters leave around it.
  if (state.path) graph.markPath(state.path, state.pathHighlight);
  graph.setVisibility(visibility());
  renderLegend();
  offerToSimplify();
  saveView();
}

/** The reader put the offer to group or fold away: not offered again until a new focus or Clear. */
let offerDeclined = false;
const declineOffer = () => (offerDeclined = true);

function offerToSimplify(): void {
  const limit = sheet.isPhone() ? maxNodes.phone : maxNodes.wide;
  const shown = graph.cy.nodes(':visible').length;
  if (shown <= limit || state.fold || offerDeclined) return;
  const message = `${shown} entities: more than the ${limit} this view keeps readable.`;
  // First the gentler step: one node per category of action; then folding the actions away.
  if (!state.group)
    showStatus(
      message,
      'info',
      { label: 'Group the actions by category', run: () => setGroup(true) },
      declineOffer,
    );
  else
    showStatus(
      message,
      'info',
      { label: 'Fold the actions (actors → targets)', run: () => setFold(true) },
      declineOffer,
    );
}

function setGroup(on: boolean): void {
  state.group = on;
  afterGraphChange();
  settle();
}

/** Lays out and fits after a change; `fresh` lays everything out anew. */
function settle(fresh = false): void {
  graph.setFocus(state.focus);
  graph.settle({ incremental: !fresh });
}

// ---- graph operations -----------------------------------------------------------------------

/**
 * The one neighbourhood rule, whichever way an entity is opened or expanded: the entity, its
 * neighbours and, through the relief actions among them, who acted and on what.
 */
async function neighbourhood(id: string): Promise<{ subgraph: Subgraph; around: string }[]> {
  const [around] = await neighborhoods([id]);
  if (!around || around.nodes.length === 0) return [];
  // Relief actions are where actors meet targets: one more hop through them answers "who supported X".
  const actions = around.nodes
    .filter((node) => node.type === 'RELIEF_ACTION' && node.id !== id)
    .map((node) => node.id);
  // An action's own neighbourhood is small: its actors, targets and commissioners.
  const further = await neighborhoods(actions, 1, 50);
  return [
    { subgraph: around, around: id },
    ...further.map((subgraph, index) => ({ subgraph, around: actions[index]! })),
  ];
}

/** Draws an entity by the neighbourhood rule; false when there is no such entity. */
async function draw(id: string): Promise<boolean> {
  const parts = await neighbourhood(id);
  if (parts.length === 0) return false;
  graph.add(parts);
  for (const part of parts) state.expanded.add(part.around);
  return true;
}

/** Opens entities as the new focus of the picture (search, examples, a link, the article). */
async function open(ids: string[], options: { select?: boolean } = {}): Promise<void> {
  await run('Loading the neighbourhood', async () => {
    const wasEmpty = graph.cy.nodes().length === 0;
    const found: string[] = [];
    for (const id of ids) if (await draw(id)) found.push(id);
    if (found.length === 0) {
      showStatus(`No entity with the id ${ids.join(', ')}.`, 'error');
      return;
    }
    // What the earlier focus drew stays: a link replays it as an expansion.
    for (const earlier of state.focus)
      if (!found.includes(earlier) && !state.userExpanded.includes(earlier))
        state.userExpanded.push(earlier);
    state.focus = found;
    offerDeclined = false;
    // A new focus is a new question: the old path's highlight no longer applies.
    setPathHighlight(false);
    afterGraphChange();
    settle(wasEmpty);
    if (options.select !== false) await select(found[0]!);
  });
}

/** Expansions in flight, so that a collapse can cancel one that has not arrived yet. */
const expanding = new Set<string>();

async function expand(id: string): Promise<void> {
  if (state.expanded.has(id) || expanding.has(id)) return;
  expanding.add(id);
  await run('Expanding', async () => {
    const parts = await neighbourhood(id);
    if (!expanding.has(id)) return;
    expanding.delete(id);
    graph.add(parts);
    for (const part of parts) state.expanded.add(part.around);
    state.userExpanded.push(id);
    afterGraphChange();
    settle();
  });
  expanding.delete(id);
}

function collapse(id: string): void {
  expanding.delete(id);
  const removed = graph.collapse(id);
  state.expanded.delete(id);
  const drawn = (nid: string) => graph.cy.getElementById(nid).nonempty();
  state.userExpanded = state.userExpanded.filter((nid) => nid !== id && drawn(nid));
  for (const nid of [...state.expanded]) if (!drawn(nid)) state.expanded.delete(nid);
  afterGraphChange();
  settle();
  showStatus(
    removed
      ? `Collapsed ${removed} ${removed === 1 ? 'entity' : 'entities'}.`
      : 'Nothing to collapse.',
  );
}

/** Shows an entity in the panel; draws it first (by the neighbourhood rule) when it is not on screen. */
async function select(id: string): Promise<void> {
  if (graph.cy.getElementById(id).empty()) {
    if (await draw(id)) {
      state.userExpanded.push(id);
      afterGraphChange();
      settle();
    }
  }
  if (state.path && !graph.cy.getElementById(id).hasClass('on-path')) setPathHighlight(false);
  state.selected = id;
  graph.select(id);
  saveView();
  sheet.show(graph.cy.getElementById(id).data('name') as string | undefined);
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
  saveView();
  if (edge.hasClass('folded')) {
    const data = edge.data() as { source: string; target: string; actions: string[] };
    const actions = data.actions.map((actionId) => {
      const action = graph.cy.getElementById(actionId);
      const evidence: Evidence[] = [];
      // The quotes that make this actor an actor of the action, and this target its target.
      action
        .connectedEdges()
        .not('.derived')
        .forEach((behind) => {
          const type = behind.data('type') as string;
          const isActor = actorRelations.has(type) && behind.source().id() === data.source;
          const isTarget = targetRelations.has(type) && behind.target().id() === data.target;
          if (isActor || isTarget) evidence.push(...(behind.data('evidence') as Evidence[]));
        });
      return { action: action.data() as EntitySummary, evidence };
    });
    panel.innerHTML = foldedHtml(data, panelContext, actions);
    sheet.show('Actor → target');
    return;
  }
  const data = edge.data() as GraphEdge & { source: string; target: string };
  panel.innerHTML = relationHtml({ ...data, from: data.source, to: data.target }, panelContext);
  sheet.show(data.type);
}

/** A group of relief actions: its category and the actions it stands for, each one a click away. */
function selectGroup(id: string): void {
  const node = graph.cy.getElementById(id);
  if (node.empty()) return;
  state.selected = id;
  graph.select(id);
  saveView();
  const members = (node.data('members') as string[]).map(
    (member) => graph.cy.getElementById(member).data() as EntitySummary,
  );
  panel.innerHTML = groupHtml(node.data('category') as string, members, panelContext);
  sheet.show(node.data('name') as string);
}

/** Every hospital by the neighbourhood rule, folded: who supported which hospital, with how much. */
async function hospitalsView(): Promise<void> {
  const ids = await run('Loading the hospitals', () => idsOfType('HOSPITAL'));
  if (!ids?.length) return;
  state.fold = true;
  await open(ids, { select: false });
}

function setFold(on: boolean): void {
  state.fold = on;
  afterGraphChange();
  settle();
  if (on) showStatus('Relief actions folded: each edge runs from an actor to what it supported.');
}

// ---- shortest path --------------------------------------------------------------------------

function renderPathBar(): void {
  const name = (node: EntitySummary | null) =>
    node
      ? `<strong lang="zh">${escapeHtml(nameIn(node, state.language))}</strong>`
      : '<em>pick an entity</em>';
  byId('path-from').innerHTML = `from: ${name(state.pathFrom)}`;
  byId('path-to').innerHTML = `to: ${name(state.pathTo)}`;
  byId<HTMLButtonElement>('path-find').disabled = !(state.pathFrom && state.pathTo);
  byId<HTMLButtonElement>('path-clear').disabled = !(state.pathFrom || state.pathTo || state.path);
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
  saveView();
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
      graph.markPath(null, false);
      showStatus(`No path between ${from.name} and ${to.name} within 10 hops.`, 'error');
      return;
    }
    state.path = path;
    state.pathHighlight = true;
    graph.add([{ subgraph: path, around: from.id }]);
    afterGraphChange();
    graph.setFocus(state.focus);
    graph.settle({ incremental: true, animate: false });
    graph.fit({ ids: path.nodes.map((n) => n.id) });
    state.selected = null;
    graph.select(null);
    panel.innerHTML = pathHtml(path);
    sheet.show(`Path: ${path.edges.length} hops`);
  });
  renderPathBar();
  saveView();
}

function clearPath(): void {
  state.pathFrom = null;
  state.pathTo = null;
  state.path = null;
  state.pathHighlight = false;
  graph.markPath(null, false);
  renderPathBar();
  saveView();
}

// ---- the URL --------------------------------------------------------------------------------

/** While a link is being replayed the URL is not rewritten half-way. */
let restoring = false;
/** Set once start-up has ended, restored view or not (a failed connection offers a retry). */
let started = false;

function viewState(): ViewState {
  return {
    focus: state.focus,
    expanded: state.userExpanded,
    selected: state.selected,
    hiddenTypes: [...state.hiddenTypes],
    hiddenRelations: [...state.hiddenRelations],
    fold: state.fold,
    group: state.group,
    hiddenCategories: [...state.actionFilter.hiddenCategories],
    hiddenActivities: [...state.actionFilter.hiddenActivities],
    minAmount: state.actionFilter.minAmount,
    maxAmount: state.actionFilter.maxAmount,
    path: state.pathFrom && state.pathTo ? { from: state.pathFrom.id, to: state.pathTo.id } : null,
    pathHighlight: state.pathHighlight,
    language: state.language,
    layout: state.layout,
  };
}

function saveView(): void {
  if (restoring) return;
  const search = viewSearch(viewState());
  if (search === location.search) return;
  history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
}

async function restoreView(view: ViewState): Promise<void> {
  restoring = true;
  try {
    state.hiddenTypes = new Set(view.hiddenTypes);
    state.hiddenRelations = new Set(view.hiddenRelations);
    state.fold = view.fold;
    state.group = view.group;
    state.actionFilter = {
      hiddenCategories: new Set(view.hiddenCategories),
      hiddenActivities: new Set(view.hiddenActivities),
      minAmount: view.minAmount,
      maxAmount: view.maxAmount,
    };
    state.layout = view.layout;
    graph.setLayout(view.layout);
    byId<HTMLSelectElement>('layout').value = view.layout;
    if (view.language !== state.language) toggleLanguage();
    if (view.focus.length) await open(view.focus, { select: false });
    for (const id of view.expanded) await expand(id);
    if (view.path) {
      await run('Loading the path', async () => {
        for (const id of [view.path!.from, view.path!.to])
          if (graph.cy.getElementById(id).empty() && (await draw(id))) afterGraphChange();
      });
      state.pathFrom = summaryOf(view.path.from);
      state.pathTo = summaryOf(view.path.to);
      await findPath();
      if (!view.pathHighlight) setPathHighlight(false);
    }
    if (view.selected) {
      const element = graph.cy.getElementById(view.selected);
      if (element.nonempty() && element.isEdge()) selectEdge(view.selected);
      else if (element.hasClass('group')) selectGroup(view.selected);
      else await run('Loading', () => select(view.selected!));
    }
    // Selecting lifts a path's highlight; the link says whether it was on.
    if (view.path) setPathHighlight(view.pathHighlight);
    afterGraphChange();
  } finally {
    restoring = false;
    saveView();
  }
}

// ---- filters and legend ---------------------------------------------------------------------

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
    setGroup(input.checked);
    return;
  } else if (kind === 'type' && input.value === 'RELIEF_ACTION') {
    // Unticking the relief actions folds them into actor → target edges rather than leaving dots.
    setFold(!input.checked);
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
  afterGraphChange();
  settle();
  if (filterActive(state.actionFilter) && graph.cy.nodes(':visible').empty())
    showStatus('No relief action passes these filters.');
});
// The sliders' labels follow while dragging; the graph follows on release.
for (const id of ['amount-min', 'amount-max']) {
  byId<HTMLInputElement>(id).addEventListener('input', () => {
    const value = Number(byId<HTMLInputElement>(id).value);
    byId(`${id}-value`).textContent = amountStopLabel(value, state.language);
  });
}

// ---- article view ---------------------------------------------------------------------------

const articleView = createArticleView({
  sources: state.sources,
  status: statusLine,
  about: () => {
    const node = state.selected ? graph.cy.getElementById(state.selected) : null;
    if (!node?.nonempty() || !node.isNode() || node.hasClass('derived')) return null;
    return { id: node.id(), name: nameIn(node.data() as EntitySummary, state.language) };
  },
  onPick: (id) => {
    if (graph.cy.getElementById(id).nonempty()) void run('Loading', () => select(id));
    else void open([id]);
  },
});

// ---- hover: the full names of a node ---------------------------------------------------------

attachHoverCard(graph.cy, byId('tooltip'), (category) =>
  categoryName(state.docs, category, state.language),
);

// ---- events ---------------------------------------------------------------------------------

const searchInput = byId<HTMLInputElement>('search-input');
attachSearch({
  input: searchInput,
  list: byId<HTMLUListElement>('search-results'),
  onPick: (hit) => void open([hit.id]),
  onError: (error) => showError(error),
});

// The canvas takes the keyboard when clicked, so its shortcuts work at once.
graphElement.addEventListener('pointerdown', () => graphElement.focus({ preventScroll: true }));

let lastTap = { id: '', at: 0 };
graph.cy.on('tap', 'node', (event) => {
  graphElement.focus({ preventScroll: true });
  const id = (event.target as { id(): string }).id();
  if (graph.cy.getElementById(id).hasClass('group')) {
    selectGroup(id);
    return;
  }
  const now = performance.now();
  // A double tap is two taps on the same node: a quick tap elsewhere is a new selection.
  if (lastTap.id === id && now - lastTap.at < doubleTapMs) {
    lastTap = { id: '', at: 0 };
    collapse(id);
    return;
  }
  lastTap = { id, at: now };
  void run('Loading', () => select(id));
  void expand(id);
});
graph.cy.on('tap', 'edge', (event) => {
  graphElement.focus({ preventScroll: true });
  if (graph.edgeTapIsNodeTap(event.renderedPosition)) return;
  selectEdge((event.target as { id(): string }).id());
});

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
  else if (action === 'ungroup') setGroup(false);
});

byId('fit').addEventListener('click', () => graph.fit());
byId('zoom-in').addEventListener('click', () => zoomBy(1.25));
byId('zoom-out').addEventListener('click', () => zoomBy(0.8));
byId('fold').addEventListener('click', () => setFold(!state.fold));
byId('clear').addEventListener('click', () => {
  graph.clear();
  state.expanded.clear();
  state.userExpanded = [];
  state.focus = [];
  state.selected = null;
  searchInput.value = '';
  offerDeclined = false;
  clearPath();
  afterGraphChange();
  showStatus('');
  sheet.reset();
  panel.innerHTML =
    '<p class="muted">Select an entity or a relationship to see its names, numbers and evidence.</p>';
});

function toggleLanguage(): void {
  state.language = state.language === 'zh' ? 'en' : 'zh';
  const button = byId('language');
  button.setAttribute('aria-pressed', String(state.language === 'en'));
  button.textContent = state.language === 'en' ? '中文标签' : 'EN labels';
  button.title = state.language === 'en' ? 'Show Chinese labels' : 'Show English labels';
  graph.setLanguage(state.language);
  renderPathBar();
}
byId('language').addEventListener('click', () => {
  toggleLanguage();
  afterGraphChange();
});
byId<HTMLSelectElement>('layout').addEventListener('change', (event) => {
  state.layout = (event.target as HTMLSelectElement).value as LayoutName;
  graph.setLayout(state.layout);
  graph.setFocus(state.focus);
  graph.settle({ incremental: false });
  saveView();
});
byId('path-find').addEventListener('click', () => void findPath());
byId('path-clear').addEventListener('click', clearPath);
byId('path-highlight').addEventListener('click', () => setPathHighlight(!state.pathHighlight));
empty.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const id = target.closest<HTMLElement>('[data-example]')?.dataset.example;
  if (id) void open([id]);
  if (target.closest<HTMLElement>('[data-view="hospitals"]')) void hospitalsView();
});

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
  saveView();
  const link = location.href.replace(/#.*$/, '');
  void navigator.clipboard?.writeText(link).then(
    () => showStatus('Link to this view copied.'),
    () => showStatus(`Link to this view: ${link}`),
  );
  closeMenu();
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
  const node = state.selected ? graph.cy.getElementById(state.selected) : null;
  const onNode = node?.nonempty() && node.isNode() ? state.selected : null;
  if (step) graph.cy.panBy({ x: step[0], y: step[1] });
  else if (event.key === '+' || event.key === '=') zoomBy(1.25);
  else if (event.key === '-') zoomBy(0.8);
  else if (event.key === 'f') graph.fit();
  else if (event.key === 'e' && onNode) void expand(onNode);
  else if (event.key === 'c' && onNode) collapse(onNode);
  else return;
  event.preventDefault();
});
document.addEventListener('keydown', (event) => {
  const typing =
    event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
  if (event.key === '/' && !typing) {
    event.preventDefault();
    searchInput.focus();
  }
});

// ---- live updates ---------------------------------------------------------------------------

/** A relation as a revision records it (the port's record: evidence names its source by id). */
interface RecordedRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  quantities: GraphEdge['quantities'];
  evidence: { sourceId: string; quote: string; start: number; end: number }[];
}

/**
 * A committed revision that concerns what is drawn changes the drawing: a new relation at a drawn
 * entity appears (with its other end), a retracted fact disappears, an updated entity is renamed.
 * Anything else is left for the reader to open.
 */
async function applyRevision(revision: Revision): Promise<void> {
  if (revision.kind === 'SOURCE') return;
  const drawn = graph.cy.getElementById(revision.factId);
  if (revision.action === 'RETRACT') {
    if (drawn.empty()) return;
    graph.cy.remove(drawn);
    afterGraphChange();
    return;
  }
  if (revision.kind === 'ENTITY') {
    if (drawn.empty()) return;
    const entity = JSON.parse(revision.record) as EntitySummary;
    drawn.data({
      name: entity.name,
      nameEn: entity.nameEn,
      category: entity.category,
      quantities: entity.quantities,
      activity: entity.activity,
    });
    graph.setLanguage(state.language);
    afterGraphChange();
    return;
  }
  const relation = JSON.parse(revision.record) as RecordedRelation;
  const ends = [relation.from, relation.to];
  const around = ends.find((id) => graph.cy.getElementById(id).nonempty());
  if (!around || drawn.nonempty()) return;
  const missing = ends.filter((id) => graph.cy.getElementById(id).empty());
  const fetched = missing.length ? await neighborhoods(missing, 0, 1) : [];
  const edge: GraphEdge = {
    ...relation,
    evidence: relation.evidence.map((e) => ({
      quote: e.quote,
      start: e.start,
      end: e.end,
      source: { id: e.sourceId },
    })),
  };
  graph.add([{ subgraph: { nodes: fetched.flatMap((s) => s.nodes), edges: [edge] }, around }]);
  settle();
  afterGraphChange();
}

const live = followChanges(
  (revision) => void applyRevision(revision),
  () => (state.live = true),
);

// ---- start ----------------------------------------------------------------------------------

async function start(): Promise<void> {
  try {
    await startUp();
  } finally {
    started = true;
  }
}

async function startUp(): Promise<void> {
  // The change feed's cursor is read before any data: every revision after it is replayed, so
  // nothing committed between the page's reads and its subscription is missed.
  await live.cursorRead;
  const [loaded, docs] = await Promise.all([
    run('Connecting to the server', fetchSources, () => void start()),
    // Descriptions are a help, not a need: a server with introspection off still gets the page.
    schemaTypes().then(schemaDocsOf, () => noSchemaDocs),
  ]);
  if (!loaded) return;
  state.docs = docs;
  // The activity filter needs ReliefAction.activity, which a server older than the field lacks.
  state.hasActivity = docs.fieldType('ReliefAction', 'activity') !== undefined;
  useActivityField(state.hasActivity);
  for (const source of loaded) state.sources.set(source.id, source);
  renderLegend();
  await restoreView(parseViewState(location.search));
  articleView.openFromHash();
}

renderPathBar();
renderLegend();
void start();
