// Entities near both of two entities: what two organisations, hospitals or regions have in common.
import { compareStrings } from '../../graph/ordering.js';
import type { EntityRecord } from '../../model/records.js';
import type { EntityType } from '../../model/index.js';
import type { RequestContext } from '../context.js';
import { requireRange } from '../argumentLimits.js';
import { explore } from './explore.js';
import { requireEntity } from '../reads.js';

export interface CommonNeighborArgs {
  a: string;
  b: string;
  maxHops?: number | null;
  types?: readonly EntityType[] | null;
  first?: number | null;
}

export interface CommonNeighbor {
  node: EntityRecord;
  hopsFromA: number;
  hopsFromB: number;
}

export async function commonNeighbors(
  args: CommonNeighborArgs,
  ctx: RequestContext,
): Promise<CommonNeighbor[]> {
  const maxHops = requireRange('maxHops', args.maxHops ?? 1, 1, ctx.limits.maxCommonHops);
  const first = requireRange('first', args.first ?? 50, 0, ctx.limits.maxFirst);
  const [a, b] = await Promise.all([
    requireEntity(args.a, 'a', ctx),
    requireEntity(args.b, 'b', ctx),
  ]);
  // Both explorations advance together, so each level is one batched call for both.
  const [fromA, fromB] = await Promise.all([explore(a, maxHops, ctx), explore(b, maxHops, ctx)]);
  const types = args.types?.length ? new Set(args.types) : null;
  const common: CommonNeighbor[] = [];
  for (const [id, { entity: node, distance: hopsFromA }] of fromA.reached) {
    const hopsFromB = fromB.reached.get(id)?.distance;
    if (hopsFromB === undefined || id === a.id || id === b.id) continue;
    if (types && !types.has(node.type)) continue;
    common.push({ node, hopsFromA, hopsFromB });
  }
  return common
    .sort(
      (x, y) =>
        x.hopsFromA + x.hopsFromB - (y.hopsFromA + y.hopsFromB) ||
        compareStrings(x.node.id, y.node.id),
    )
    .slice(0, first);
}
