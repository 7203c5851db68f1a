// What the picture shows and how it grows: the neighbourhood rule, opening, expanding and collapsing, folding and grouping the relief actions, the legend and filters, the labels' language.
import { activitiesOf, actionShown, amountsLabel, categoryName } from '../actionFilter.js';
import { idsOfType, neighborhoods, type EntitySummary, type Subgraph } from '../api.js';
import { byId } from '../dom.js';
import { renderFilters } from '../filtersPanel.js';
import { sourcePalette } from '../graphStyle.js';
import type { Explorer, ViewOperations } from './Explorer.js';

/** Above this many entities on screen the view offers to group, then fold, the relief actions. */
const maxNodes = { wide: 150, phone: 80 };

export function viewOperations(app: Explorer): ViewOperations {
  const { state, graph, panel, sheet, empty, status } = app;

  function visibility() {
    return {
      hiddenTypes: state.hiddenTypes,
      hiddenRelations: state.hiddenRelations,
      fold: state.fold,
      group: state.group,
      groupLabel: (category: string, count: number) =>
        `${categoryName(state.docs, category, state.language)} (${count})`,
      actionShown: (action: EntitySummary) => actionShown(action, state.actionFilter),
      hiddenSources: state.hiddenSources,
      sourceColour: state.colourBySource ? sourceColours() : null,
      foldLabel: (actions: EntitySummary[]) => {
        const categories = [
          ...new Set(actions.map((a) => a.category).filter((c): c is string => Boolean(c))),
        ].map((c) => categoryName(state.docs, c, state.language));
        const first =
          categories.length > 2
            ? `${categories.slice(0, 2).join(' · ')} …`
            : categories.join(' · ');
        const amounts = amountsLabel(actions, state.language);
        return [first, amounts].filter(Boolean).join('\n');
      },
    };
  }

  /** Each source's colour: the palette in the order of the sources' ids, worked out once per call. */
  function sourceColours(): (sourceId: string) => string {
    const colours = new Map(
      [...state.sources.keys()]
        .sort()
        .map((id, index) => [id, sourcePalette[index % sourcePalette.length]!]),
    );
    return (sourceId) => colours.get(sourceId) ?? sourcePalette[0]!;
  }

  /** The sources for the legend, with how many drawn entities cite each; null without Entity.sources. */
  function sourceLines() {
    if (!state.hasSources) return null;
    const drawn = new Map<string, number>();
    graph.cy
      .nodes()
      .not('.derived')
      .forEach((node) => {
        for (const { id } of (node.data('sources') as { id: string }[] | undefined) ?? [])
          drawn.set(id, (drawn.get(id) ?? 0) + 1);
      });
    const colour = sourceColours();
    return [...state.sources.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((source) => ({
        source,
        colour: colour(source.id),
        drawn: drawn.get(source.id) ?? 0,
      }));
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
      sources: sourceLines(),
      hiddenSources: state.hiddenSources,
      colourBySource: state.colourBySource,
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
    app.saveView();
  }

  const declineOffer = () => (state.offerDeclined = true);

  function offerToSimplify(): void {
    const limit = sheet.isPhone() ? maxNodes.phone : maxNodes.wide;
    const shown = graph.cy.nodes(':visible').length;
    if (shown <= limit || state.fold || state.offerDeclined) return;
    const message = `${shown} entities: more than the ${limit} this view keeps readable.`;
    // First the gentler step: one node per category of action; then folding the actions away.
    if (!state.group)
      status.show(
        message,
        'info',
        { label: 'Group the actions by category', run: () => setGroup(true) },
        declineOffer,
      );
    else
      status.show(
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
    await status.run('Loading the neighbourhood', async () => {
      const wasEmpty = graph.cy.nodes().length === 0;
      const found: string[] = [];
      for (const id of ids) if (await draw(id)) found.push(id);
      if (found.length === 0) {
        status.show(`No entity with the id ${ids.join(', ')}.`, 'error');
        return;
      }
      // What the earlier focus drew stays: a link replays it as an expansion.
      for (const earlier of state.focus)
        if (!found.includes(earlier) && !state.userExpanded.includes(earlier))
          state.userExpanded.push(earlier);
      state.focus = found;
      state.offerDeclined = false;
      // A new focus is a new question: the old path's highlight no longer applies.
      app.setPathHighlight(false);
      afterGraphChange();
      settle(wasEmpty);
      if (options.select !== false) await app.select(found[0]!);
    });
  }

  /** Expansions in flight, so that a collapse can cancel one that has not arrived yet. */
  const expanding = new Set<string>();

  async function expand(id: string): Promise<void> {
    if (state.expanded.has(id) || expanding.has(id)) return;
    expanding.add(id);
    await status.run('Expanding', async () => {
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
    status.show(
      removed
        ? `Collapsed ${removed} ${removed === 1 ? 'entity' : 'entities'}.`
        : 'Nothing to collapse.',
    );
  }
  /** Every hospital by the neighbourhood rule, folded: who supported which hospital, with how much. */
  async function hospitalsView(): Promise<void> {
    const ids = await status.run('Loading the hospitals', () => idsOfType('HOSPITAL'));
    if (!ids?.length) return;
    state.fold = true;
    await open(ids, { select: false });
  }

  function setFold(on: boolean): void {
    state.fold = on;
    afterGraphChange();
    settle();
    if (on)
      status.show('Relief actions folded: each edge runs from an actor to what it supported.');
  }
  function toggleLanguage(): void {
    state.language = state.language === 'zh' ? 'en' : 'zh';
    const button = byId('language');
    button.setAttribute('aria-pressed', String(state.language === 'en'));
    button.textContent = state.language === 'en' ? '中文标签' : 'EN labels';
    button.title = state.language === 'en' ? 'Show Chinese labels' : 'Show English labels';
    graph.setLanguage(state.language);
    app.renderPathBar();
  }

  /** Clear: an empty picture, no focus, no path, the panel's hint. */
  function clearView(): void {
    graph.clear();
    state.expanded.clear();
    state.userExpanded = [];
    state.focus = [];
    state.selected = null;
    app.searchInput.value = '';
    state.offerDeclined = false;
    app.clearPath();
    afterGraphChange();
    status.show('');
    sheet.reset();
    panel.innerHTML =
      '<p class="muted">Select an entity or a relationship to see its names, numbers and evidence.</p>';
  }

  return {
    afterGraphChange,
    settle,
    setGroup,
    setFold,
    draw,
    open,
    expand,
    collapse,
    hospitalsView,
    renderLegend,
    toggleLanguage,
    clearView,
  };
}
