// The view in the URL: every change is written to it (replaceState), and a link replays it (focus, expansions, filters, path, selection).
import { byId } from '../dom.js';
import { viewSearch, type ViewState } from '../urlState.js';
import type { Explorer, ViewUrl } from './Explorer.js';

export function viewUrl(app: Explorer): ViewUrl {
  const { state, graph, status } = app;

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
      hiddenSources: [...state.hiddenSources],
      colourBySource: state.colourBySource,
      minAmount: state.actionFilter.minAmount,
      maxAmount: state.actionFilter.maxAmount,
      path:
        state.pathFrom && state.pathTo ? { from: state.pathFrom.id, to: state.pathTo.id } : null,
      pathHighlight: state.pathHighlight,
      language: state.language,
      layout: state.layout,
    };
  }

  function saveView(): void {
    if (state.restoring) return;
    const search = viewSearch(viewState());
    if (search === location.search) return;
    history.replaceState(null, '', `${location.pathname}${search}${location.hash}`);
  }

  async function restoreView(view: ViewState): Promise<void> {
    state.restoring = true;
    try {
      state.hiddenTypes = new Set(view.hiddenTypes);
      state.hiddenRelations = new Set(view.hiddenRelations);
      state.fold = view.fold;
      state.group = view.group;
      state.hiddenSources = new Set(view.hiddenSources);
      state.colourBySource = view.colourBySource;
      state.actionFilter = {
        hiddenCategories: new Set(view.hiddenCategories),
        hiddenActivities: new Set(view.hiddenActivities),
        minAmount: view.minAmount,
        maxAmount: view.maxAmount,
      };
      state.layout = view.layout;
      graph.setLayout(view.layout);
      byId<HTMLSelectElement>('layout').value = view.layout;
      if (view.language !== state.language) app.toggleLanguage();
      if (view.focus.length) await app.open(view.focus, { select: false });
      for (const id of view.expanded) await app.expand(id);
      if (view.path) {
        await status.run('Loading the path', async () => {
          for (const id of [view.path!.from, view.path!.to])
            if (graph.cy.getElementById(id).empty() && (await app.draw(id))) app.afterGraphChange();
        });
        state.pathFrom = app.summaryOf(view.path.from);
        state.pathTo = app.summaryOf(view.path.to);
        await app.findPath();
        if (!view.pathHighlight) app.setPathHighlight(false);
      }
      if (view.selected) {
        const element = graph.cy.getElementById(view.selected);
        if (element.nonempty() && element.isEdge()) app.selectEdge(view.selected);
        else if (element.hasClass('group')) app.selectGroup(view.selected);
        else await status.run('Loading', () => app.select(view.selected!));
      }
      // Selecting lifts a path's highlight; the link says whether it was on.
      if (view.path) app.setPathHighlight(view.pathHighlight);
      app.afterGraphChange();
    } finally {
      state.restoring = false;
      saveView();
    }
  }

  return { saveView, restoreView };
}
