// Breadth-first exploration through the port, one batched relationsOf per level, ignoring direction.
import type { EntityRecord, RelationRecord } from '../../model/records.js';
import type { RequestContext } from '../context.js';
import { hitsOf, relationQuery } from '../reads.js';

export interface Exploration {
  /** Hop distance of every entity reached, the start at 0. */
  distance: Map<string, number>;
  /** Every entity reached. */
  nodes: Map<string, EntityRecord>;
  /** Every relation seen, including those between entities of the last level and beyond. */
  relations: Map<string, RelationRecord>;
}

/** Explores `levels` levels out from `start`: the relations of every entity closer than that. */
export async function explore(
  start: EntityRecord,
  levels: number,
  ctx: RequestContext,
): Promise<Exploration> {
  const distance = new Map([[start.id, 0]]);
  const nodes = new Map([[start.id, start]]);
  const relations = new Map<string, RelationRecord>();
  let frontier = [start.id];
  for (let level = 1; level <= levels && frontier.length > 0; level++) {
    const perId = await hitsOf(frontier, relationQuery('BOTH', null, ctx), ctx);
    const next: string[] = [];
    for (const hit of perId.flat()) {
      relations.set(hit.relation.id, hit.relation);
      if (distance.has(hit.node.id)) continue;
      distance.set(hit.node.id, level);
      nodes.set(hit.node.id, hit.node);
      next.push(hit.node.id);
    }
    frontier = next;
  }
  return { distance, nodes, relations };
}
