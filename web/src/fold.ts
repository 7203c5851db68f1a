// The actors → targets view: each relief action folded into direct edges from those who performed it to what it targeted.
import type { Core, NodeSingular } from 'cytoscape';

/** Relationships that make an organisation an action's actor (incoming to the action). */
export const actorRelations = new Set(['PERFORMED']);
/** Relationships that name what an action supported (outgoing from the action). */
export const targetRelations = new Set(['TARGETED']);

export interface FoldedEdge {
  id: string;
  source: string;
  target: string;
  /** The relief actions behind this edge, in id order. */
  actions: string[];
}

/**
 * One edge per (actor, target) pair joined by at least one shown action. Only drawn entities count:
 * an action whose actors or targets are not on the graph folds into nothing.
 */
export function foldActions(
  cy: Core,
  shown: (action: NodeSingular) => boolean,
  endVisible: (node: NodeSingular) => boolean,
): FoldedEdge[] {
  const folded = new Map<string, FoldedEdge>();
  cy.nodes('[type = "RELIEF_ACTION"]').forEach((action) => {
    if (!shown(action)) return;
    const actors = action
      .incomers('edge')
      .filter((edge) => !edge.hasClass('folded') && actorRelations.has(edge.data('type') as string))
      .sources()
      .filter((node) => endVisible(node));
    const targets = action
      .outgoers('edge')
      .filter((edge) => targetRelations.has(edge.data('type') as string))
      .targets()
      .filter((node) => endVisible(node));
    actors.forEach((actor) => {
      targets.forEach((target) => {
        if (actor.id() === target.id()) return;
        const id = `fold:${actor.id()}->${target.id()}`;
        const edge = folded.get(id) ?? { id, source: actor.id(), target: target.id(), actions: [] };
        edge.actions.push(action.id());
        folded.set(id, edge);
      });
    });
  });
  for (const edge of folded.values()) edge.actions.sort();
  return [...folded.values()];
}
