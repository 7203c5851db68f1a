// The orderings the port promises, in one place so both adapters sort and rank identically.
import type { EntityRecord, RelationHit, RelationRecord } from './port.js';

/** Plain code-unit order, the same as Cypher's ORDER BY on strings. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

export function compareRelations(a: RelationRecord, b: RelationRecord): number {
  return compareStrings(a.type, b.type) || compareStrings(a.id, b.id);
}

export function compareHits(a: RelationHit, b: RelationHit): number {
  return compareRelations(a.relation, b.relation);
}

/** Search is case-insensitive for Latin text; Chinese has no case. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * How well an entity's names match the search text: 3 exact, 2 prefix, 1 substring, 0 none.
 * Names are the Chinese name, the English name and every alias.
 */
export function searchRank(entity: EntityRecord, needle: string): number {
  let best = 0;
  for (const raw of [entity.name, entity.nameEn, ...entity.aliases]) {
    if (!raw) continue;
    const name = normalizeSearchText(raw);
    if (name === needle) return 3;
    if (name.startsWith(needle)) best = Math.max(best, 2);
    else if (name.includes(needle)) best = Math.max(best, 1);
  }
  return best;
}

/** Best rank first, then id. */
export function rankEntities(entities: EntityRecord[], needle: string): EntityRecord[] {
  return entities
    .map((entity) => ({ entity, rank: searchRank(entity, needle) }))
    .filter((r) => r.rank > 0)
    .sort((a, b) => b.rank - a.rank || byId(a.entity, b.entity))
    .map((r) => r.entity);
}
