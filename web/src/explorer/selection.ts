// Selection: an entity, a relationship (or a folded actor → target edge) or a group of actions shown in the side panel (the bottom sheet on phones).
import {
  entity as fetchEntity,
  type EntitySummary,
  type Evidence,
  type GraphEdge,
} from '../api.js';
import { escapeHtml } from '../dom.js';
import { actorRelations, targetRelations } from '../fold.js';
import { entityHtml, foldedHtml, groupHtml, relationHtml } from '../panel.js';
import type { Explorer, Selection } from './Explorer.js';

export function selection(app: Explorer): Selection {
  const { state, graph, panel, sheet } = app;
  const { panelContext } = app;

  /** Shows an entity in the panel; draws it first (by the neighbourhood rule) when it is not on screen. */
  async function select(id: string): Promise<void> {
    if (graph.cy.getElementById(id).empty()) {
      if (await app.draw(id)) {
        state.userExpanded.push(id);
        app.afterGraphChange();
        app.settle();
      }
    }
    if (state.path && !graph.cy.getElementById(id).hasClass('on-path')) app.setPathHighlight(false);
    state.selected = id;
    graph.select(id);
    app.saveView();
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
    app.saveView();
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
    app.saveView();
    const members = (node.data('members') as string[]).map(
      (member) => graph.cy.getElementById(member).data() as EntitySummary,
    );
    panel.innerHTML = groupHtml(node.data('category') as string, members, panelContext);
    sheet.show(node.data('name') as string);
  }

  return { select, selectEdge, selectGroup };
}
