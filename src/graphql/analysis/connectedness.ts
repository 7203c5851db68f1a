// Which organisations are most connected to others through shared actions or shared targets.
import { byId, compareStrings } from '../../graph/ordering.js';
import type { EntityRecord } from '../../model/records.js';
import type { EntityType } from '../../model/index.js';
import { organizationTypes } from '../../model/index.js';
import type { RequestContext } from '../context.js';
import { badInput, requireRange } from '../argumentLimits.js';
import { actorTypes, allEntities, hitsOf, relationQuery, uniqueNodes } from '../reads.js';

export interface Connectedness {
  entity: EntityRecord;
  degree: number;
  connected: EntityRecord[];
  sharedActions: EntityRecord[];
  sharedTargets: EntityRecord[];
}

/** Per action: its actors (PERFORMED, incoming) and its targets (TARGETED, outgoing). */
interface ActionEnds {
  actors: EntityRecord[];
  targets: EntityRecord[];
}

async function actionEnds(
  actionIds: string[],
  ctx: RequestContext,
): Promise<Map<string, ActionEnds>> {
  // One query for both ends, so the DataLoader serves later levels from the same cache.
  const perId = await hitsOf(
    actionIds,
    relationQuery('BOTH', [...actorTypes, 'TARGETED'], ctx),
    ctx,
  );
  // The type alone tells the two apart: PERFORMED only ends at an action and TARGETED never
  // does (src/model/relations.ts), so an action's PERFORMED hits are incoming, its TARGETED outgoing.
  return new Map(
    actionIds.map((id, i) => {
      const hits = perId[i]!;
      const actors = hits.filter((h) => h.relation.type !== 'TARGETED');
      const targets = hits.filter((h) => h.relation.type === 'TARGETED');
      return [
        id,
        {
          actors: uniqueNodes(actors.map((h) => h.node)),
          targets: uniqueNodes(targets.map((h) => h.node)),
        },
      ];
    }),
  );
}

export async function mostConnected(
  args: { types?: readonly EntityType[] | null; first?: number | null },
  ctx: RequestContext,
): Promise<Connectedness[]> {
  const types = [...new Set(args.types?.length ? args.types : ['ASSOCIATION' as const])].sort();
  const wrong = types.filter((t) => !(organizationTypes as readonly EntityType[]).includes(t));
  if (wrong.length > 0) {
    throw badInput(
      `Argument "types" may only name organisations; got ${wrong.join(', ')}.`,
      'types',
    );
  }
  const first = requireRange('first', args.first ?? 10, 0, ctx.limits.maxFirst);
  const organizations = await allEntities(types, null, ctx);

  // Level 1: each organisation's actions. Level 2: those actions' actors and targets.
  const actionsOf = await hitsOf(
    organizations.map((o) => o.id),
    relationQuery('OUT', actorTypes, ctx),
    ctx,
  );
  const ownActions = organizations.map((_, i) => uniqueNodes(actionsOf[i]!.map((h) => h.node)));
  const ends = await actionEnds([...new Set(ownActions.flat().map((a) => a.id))], ctx);
  // Level 3: every action aimed at those targets. Level 4: the actors of the new ones.
  const targetIds = [...new Set([...ends.values()].flatMap((e) => e.targets.map((t) => t.id)))];
  const aimedAt = await hitsOf(targetIds, relationQuery('IN', ['TARGETED'], ctx), ctx);
  const actionsAt = new Map(
    targetIds.map((id, i) => [id, uniqueNodes(aimedAt[i]!.map((h) => h.node))]),
  );
  // Own actions among them, and repeated ids, come from the loader's cache, not the backend.
  const aimed = [...actionsAt.values()].flat().map((a) => a.id);
  for (const [id, end] of await actionEnds(aimed, ctx)) ends.set(id, end);

  const results = organizations.map((org, i): Connectedness => {
    const connected = new Map<string, EntityRecord>();
    const sharedActions: EntityRecord[] = [];
    const sharedTargets = new Map<string, EntityRecord>();
    for (const action of ownActions[i]!) {
      const { actors, targets } = ends.get(action.id)!;
      const others = actors.filter((a) => a.id !== org.id);
      if (others.length > 0) sharedActions.push(action);
      for (const other of others) connected.set(other.id, other);
      for (const target of targets) {
        // Every target of an own action is among targetIds, so actionsAt has it.
        for (const aimed of actionsAt.get(target.id)!) {
          const theirs = ends.get(aimed.id)!.actors.filter((a) => a.id !== org.id);
          if (theirs.length > 0) sharedTargets.set(target.id, target);
          for (const other of theirs) connected.set(other.id, other);
        }
      }
    }
    return {
      entity: org,
      degree: connected.size,
      connected: [...connected.values()].sort(byId),
      sharedActions: sharedActions.sort(byId),
      sharedTargets: [...sharedTargets.values()].sort(byId),
    };
  });
  return results
    .sort((a, b) => b.degree - a.degree || compareStrings(a.entity.id, b.entity.id))
    .slice(0, first);
}
