// Live updates: revisions committed by anyone, followed over the change feed (graphChanged), change what is drawn.
import { neighborhoods, type EntitySummary, type GraphEdge } from '../api.js';
import { followChanges, type Revision } from '../live.js';
import type { Explorer } from './Explorer.js';

/** A relation as a revision records it (the port's record: evidence names its source by id). */
interface RecordedRelation {
  id: string;
  type: string;
  from: string;
  to: string;
  quantities: GraphEdge['quantities'];
  evidence: { sourceId: string; quote: string; start: number; end: number }[];
}

/** Follows the change feed; its cursor is read at once (start-up waits for it before any data). */
export function followLiveUpdates(app: Explorer): ReturnType<typeof followChanges> {
  const { state, graph } = app;

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
      app.afterGraphChange();
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
      app.afterGraphChange();
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
    app.settle();
    app.afterGraphChange();
  }

  return followChanges(
    (revision) => void applyRevision(revision),
    () => (state.live = true),
  );
}
