// Every simple path of at most k hops between two entities, found by exploring from both ends.
import { compareStrings } from '../../graph/ordering.js';
import type { EntityRecord, RelationRecord } from '../../model/records.js';
import type { RequestContext } from '../context.js';
import { badInput, requireRange } from '../argumentLimits.js';
import { explore } from './explore.js';
import { requireEntity } from '../reads.js';

export interface PathArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  first?: number | null;
}

export interface Path {
  length: number;
  nodes: EntityRecord[];
  edges: RelationRecord[];
}

/** Two id sequences of one length (comparePaths compares lengths first), element by element. */
function compareSequences(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareStrings(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

/** Shortest first, then by the ids of the path's entities, then of its relationships. */
function comparePaths(a: Path, b: Path): number {
  return (
    a.length - b.length ||
    compareSequences(
      a.nodes.map((n) => n.id),
      b.nodes.map((n) => n.id),
    ) ||
    compareSequences(
      a.edges.map((e) => e.id),
      b.edges.map((e) => e.id),
    )
  );
}

/**
 * Exploring ceil(k/2) levels from `from` and floor(k/2) from `to` sees every relation of every
 * path of at most k hops: a path's i-th relation starts within i hops of `from`, or ends within
 * k - i - 1 hops of `to`. The paths are then enumerated over the relations seen.
 */
export async function paths(args: PathArgs, ctx: RequestContext): Promise<Path[]> {
  const maxHops = requireRange('maxHops', args.maxHops ?? 3, 1, ctx.limits.maxPathHops);
  const first = requireRange('first', args.first ?? 20, 0, ctx.limits.maxPaths);
  const [from, to] = await Promise.all([
    requireEntity(args.from, 'from', ctx),
    requireEntity(args.to, 'to', ctx),
  ]);
  if (from.id === to.id) return [{ length: 0, nodes: [from], edges: [] }].slice(0, first);
  const [fromSide, toSide] = await Promise.all([
    explore(from, Math.ceil(maxHops / 2), ctx),
    explore(to, Math.floor(maxHops / 2), ctx),
  ]);
  const nodes = new Map([...fromSide.reached, ...toSide.reached]);
  const adjacency = new Map<string, RelationRecord[]>();
  for (const relation of new Map([...fromSide.relations, ...toSide.relations]).values()) {
    for (const end of [relation.from, relation.to]) {
      const list = adjacency.get(end);
      if (list) list.push(relation);
      else adjacency.set(end, [relation]);
    }
  }

  const found: Path[] = [];
  let steps = 0;
  const trail: string[] = [from.id];
  const edges: RelationRecord[] = [];
  const walk = (at: string): void => {
    if (at === to.id) {
      found.push({
        length: edges.length,
        nodes: trail.map((id) => nodes.get(id)!.entity),
        edges: [...edges],
      });
      return;
    }
    if (edges.length === maxHops) return;
    for (const relation of adjacency.get(at) ?? []) {
      const next = relation.from === at ? relation.to : relation.from;
      if (trail.includes(next) || !nodes.has(next)) continue;
      if (++steps > ctx.limits.maxPathSteps) {
        throw badInput(
          `More than ${ctx.limits.maxPathSteps} partial paths within maxHops ${maxHops}; lower maxHops.`,
          'maxHops',
        );
      }
      trail.push(next);
      edges.push(relation);
      walk(next);
      trail.pop();
      edges.pop();
    }
  };
  walk(from.id);
  return found.sort(comparePaths).slice(0, first);
}
