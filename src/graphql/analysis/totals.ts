// Aggregates over relief actions: money, counts and every quantity summed per actor, category or region.
import { byId, compareStrings, moneyOf } from '../../graph/ordering.js';
import type { EntityRecord, Quantity } from '../../model/records.js';
import { isLowerBound, qualifierOfSum, type QuantityQualifier } from '../../model/index.js';
import type { RequestContext } from '../context.js';
import { requireRange } from '../argumentLimits.js';
import { compileWhere, type WhereInput } from '../where.js';
import { actorTypes, allEntities, hitsOf, relationQuery, uniqueNodes } from '../reads.js';

export interface QuantityTotal {
  unit: string;
  item: string | null;
  total: number;
  /** What the parts' qualifiers make of the sum (qualifierOfSum). */
  qualifier: QuantityQualifier;
  approximate: boolean;
  /** The true total is at least `total`: some part is only a lower bound (上万, 超过 …). */
  lowerBound: boolean;
  contributions: { quantity: Quantity; action: EntityRecord }[];
}

export interface Totals {
  actionCount: number;
  actorCount: number;
  money: number;
  /** Every CNY quantity, whatever its item, summed: `money` with its inputs and qualifier. */
  moneyTotal: QuantityTotal;
  quantities: QuantityTotal[];
  actions: EntityRecord[];
}

export type TotalsOrder = 'MONEY' | 'ACTIONS';

/** One sum of quantities with the numbers that went in and what their qualifiers make of it. */
function sumOf(
  unit: string,
  item: string | null,
  contributions: QuantityTotal['contributions'],
): QuantityTotal {
  const qualifier = qualifierOfSum(contributions.map((c) => c.quantity.qualifier));
  return {
    unit,
    item,
    total: contributions.reduce((sum, c) => sum + c.quantity.value, 0),
    qualifier,
    approximate: contributions.some((c) => c.quantity.approximate),
    lowerBound: isLowerBound(qualifier),
    contributions,
  };
}

/** Sums a set of actions: one total per unit and item, each listing the numbers that went in. */
export function totalsOf(actions: EntityRecord[], actorCount: number): Totals {
  const sorted = [...actions].sort(byId);
  const groups = new Map<string, QuantityTotal['contributions']>();
  const money: QuantityTotal['contributions'] = [];
  for (const action of sorted) {
    for (const quantity of action.quantities) {
      const key = JSON.stringify([quantity.unit, quantity.item]);
      const group = groups.get(key);
      if (group) group.push({ quantity, action });
      else groups.set(key, [{ quantity, action }]);
      if (quantity.unit === 'CNY') money.push({ quantity, action });
    }
  }
  const quantities = [...groups.values()]
    .map((contributions) => {
      const { unit, item } = contributions[0]!.quantity;
      return sumOf(unit, item, contributions);
    })
    .sort((a, b) => compareStrings(a.unit, b.unit) || compareStrings(a.item ?? '', b.item ?? ''));
  return {
    actionCount: sorted.length,
    actorCount,
    money: sorted.reduce((sum, action) => sum + moneyOf(action), 0),
    moneyTotal: sumOf('CNY', null, money),
    quantities,
    actions: sorted,
  };
}

/**
 * Orders totals by action count (ACTIONS) or by money (MONEY, the default, also when the argument
 * is null), descending, then by the id of what they total.
 */
export function compareTotals(order: TotalsOrder | null | undefined) {
  type Ranked = Pick<Totals, 'money' | 'actionCount'> & { key: string };
  return (a: Ranked, b: Ranked): number => {
    const byMoney = b.money - a.money;
    const byCount = b.actionCount - a.actionCount;
    const first = order === 'ACTIONS' ? byCount || byMoney : byMoney || byCount;
    return first || compareStrings(a.key, b.key);
  };
}

export interface ActionsWithActors {
  actions: EntityRecord[];
  /** Actor records per action id. */
  actors: Map<string, EntityRecord[]>;
}

/** The relief actions matching `where`, each with who performed or led it. */
export async function actionsWithActors(
  where: WhereInput | null | undefined,
  ctx: RequestContext,
): Promise<ActionsWithActors> {
  const actions = await allEntities(
    ['RELIEF_ACTION'],
    compileWhere('ReliefAction', where, ctx.limits),
    ctx,
  );
  const hits = await hitsOf(
    actions.map((a) => a.id),
    relationQuery('IN', actorTypes, ctx),
    ctx,
  );
  const actors = new Map(actions.map((a, i) => [a.id, uniqueNodes(hits[i]!.map((h) => h.node))]));
  return { actions, actors };
}

/**
 * Groups actions under keys (an action may fall under several). A null key groups the actions
 * that lack one; no caller reads that group.
 */
export function groupActions<K extends string | null>(
  data: ActionsWithActors,
  keysOf: (action: EntityRecord) => K[],
): Map<K, EntityRecord[]> {
  const groups = new Map<K, EntityRecord[]>();
  for (const action of data.actions) {
    for (const key of new Set(keysOf(action))) {
      const list = groups.get(key);
      if (list) list.push(action);
      else groups.set(key, [action]);
    }
  }
  return groups;
}

/** The totals of one group of actions, counting its distinct actors. */
export function groupTotals(data: ActionsWithActors, actions: EntityRecord[]): Totals {
  const actors = new Set(actions.flatMap((a) => data.actors.get(a.id)!.map((o) => o.id)));
  return totalsOf(actions, actors.size);
}

/**
 * The top `first` groups in the requested order, each with its subject (actor or region). Groups
 * are ranked on money and count alone, so only the ones returned get their full totals.
 */
export function ranked<S extends { id: string }>(
  data: ActionsWithActors,
  groups: Map<string, EntityRecord[]>,
  subjects: Map<string, S>,
  order: TotalsOrder | null | undefined,
  first: number | null | undefined,
  ctx: RequestContext,
): (Totals & { subject: S })[] {
  const count = requireRange('first', first ?? 20, 0, ctx.limits.maxFirst);
  const rows: (Pick<Totals, 'money' | 'actionCount'> & { key: string; actions: EntityRecord[] })[] =
    [];
  for (const [key, actions] of groups) {
    if (!subjects.has(key)) continue;
    const money = actions.reduce((sum, action) => sum + moneyOf(action), 0);
    rows.push({ key, actions, money, actionCount: actions.length });
  }
  return rows
    .sort(compareTotals(order))
    .slice(0, count)
    .map((row) => ({ ...groupTotals(data, row.actions), subject: subjects.get(row.key)! }));
}

/** The regions each action counts under: where it was aimed, where it was carried out, or where its actors are. */
export async function regionsOfActions(
  basis: 'TARGET' | 'SCOPE' | 'ACTOR',
  data: ActionsWithActors,
  ctx: RequestContext,
): Promise<{ keys: Map<string, string[]>; regions: Map<string, EntityRecord> }> {
  const regions = new Map<string, EntityRecord>();
  const placesOf = new Map<string, EntityRecord[]>();
  if (basis !== 'ACTOR') {
    const hits = await hitsOf(
      data.actions.map((a) => a.id),
      relationQuery('OUT', [basis === 'TARGET' ? 'TARGETED' : 'COVERED'], ctx),
      ctx,
    );
    data.actions.forEach((a, i) =>
      placesOf.set(
        a.id,
        hits[i]!.map((h) => h.node),
      ),
    );
  } else {
    for (const a of data.actions) placesOf.set(a.id, data.actors.get(a.id)!);
  }
  // A place that is not a region counts under the regions it is located in.
  const places = uniqueNodes([...placesOf.values()].flat()).filter((p) => p.type !== 'REGION');
  const located = await hitsOf(
    places.map((p) => p.id),
    relationQuery('OUT', ['LOCATED_IN'], ctx),
    ctx,
  );
  const regionsOf = new Map(places.map((p, i) => [p.id, located[i]!.map((h) => h.node)]));
  const keys = new Map<string, string[]>();
  for (const [actionId, list] of placesOf) {
    // Every place that is not a region was looked up above.
    const reached = list.flatMap((p) => (p.type === 'REGION' ? [p] : regionsOf.get(p.id)!));
    for (const region of reached) regions.set(region.id, region);
    keys.set(
      actionId,
      reached.map((r) => r.id),
    );
  }
  return { keys, regions };
}
