// Breadth-first exploration through the port, one batched relationsOf per level, ignoring direction.
import type { EntityRecord, RelationRecord } from '../../model/records.js';
import type { RequestContext } from '../context.js';
import { hitsOf, relationQuery, uniqueNodes } from '../reads.js';

/** An entity reached, with its hop distance from the start (the start itself at 0). */
export interface Reached {
  entity: EntityRecord;
  distance: number;
}

export interface Exploration {
  /** Every entity reached, the start included. */
  reached: Map<string, Reached>;
  /** Every relation seen, including those between entities of the last level and beyond. */
  relations: Map<string, RelationRecord>;
}

/** Explores `levels` levels out from `start`: the relations of every entity closer than that. */
export async function explore(
  start: EntityRecord,
  levels: number,
  ctx: RequestContext,
): Promise<Exploration> {
  const reached = new Map([[start.id, { entity: start, distance: 0 }]]);
  const relations = new Map<string, RelationRecord>();
  let frontier = [start.id];
  // An empty frontier asks for nothing (no backend call), so the loop needs no early exit.
  for (let level = 1; level <= levels; level++) {
    const hits = (await hitsOf(frontier, relationQuery('BOTH', null, ctx), ctx)).flat();
    for (const hit of hits) relations.set(hit.relation.id, hit.relation);
    const fresh = uniqueNodes(hits.map((hit) => hit.node)).filter((node) => !reached.has(node.id));
    for (const node of fresh) reached.set(node.id, { entity: node, distance: level });
    frontier = fresh.map((node) => node.id);
  }
  return { reached, relations };
}
