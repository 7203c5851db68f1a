// The orderings the port promises, in one place so both adapters sort and rank identically.
import type { EntityRecord, RelationRecord } from '../model/records.js';
import type { RelationHit, SortField, SortKey } from './port.js';

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

/** An entity's names as stored: the Chinese name, the English name, every alias. */
export function namesOf(entity: EntityRecord): string[] {
  return [entity.name, entity.nameEn, ...entity.aliases].filter((name): name is string => !!name);
}

const normalizedCache = new WeakMap<EntityRecord, string[]>();

/**
 * namesOf, each normalised as search text is (position for position): what every name filter and
 * search compares, in both adapters and in the Neo4j seeder's stored searchNames. Cached per
 * record, since the embedded adapter's records live as long as the graph.
 */
export function normalizedNames(entity: EntityRecord): string[] {
  let names = normalizedCache.get(entity);
  if (!names) {
    names = namesOf(entity).map(normalizeSearchText);
    normalizedCache.set(entity, names);
  }
  return names;
}

/** The best way one of an entity's names matches: 3 exact, 2 prefix, 1 substring; the name as stored. */
export interface NameMatch {
  rank: 1 | 2 | 3;
  name: string;
}

/**
 * How well an entity's names match the normalised search text; the first name with the best rank
 * wins, or null when none matches.
 */
export function bestNameMatch(entity: EntityRecord, needle: string): NameMatch | null {
  const raw = namesOf(entity);
  const names = normalizedNames(entity);
  let best: NameMatch | null = null;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const rank = name === needle ? 3 : name.startsWith(needle) ? 2 : name.includes(needle) ? 1 : 0;
    if (rank > (best?.rank ?? 0)) best = { rank: rank as NameMatch['rank'], name: raw[i]! };
    if (rank === 3) break;
  }
  return best;
}

/** 3 exact, 2 prefix, 1 substring, 0 none. */
export function searchRank(entity: EntityRecord, needle: string): number {
  return bestNameMatch(entity, needle)?.rank ?? 0;
}

/** Best rank first, then id. */
export function rankEntities(entities: EntityRecord[], needle: string): EntityRecord[] {
  return entities
    .map((entity) => ({ entity, rank: searchRank(entity, needle) }))
    .filter((r) => r.rank > 0)
    .sort((a, b) => b.rank - a.rank || byId(a.entity, b.entity))
    .map((r) => r.entity);
}

/** The sum of an entity's CNY quantities: the `money` sort key and the money aggregates. */
export function moneyOf(entity: EntityRecord): number {
  let total = 0;
  for (const q of entity.quantities) if (q.unit === 'CNY') total += q.value;
  return total;
}

function sortValue(entity: EntityRecord, field: SortField): string | number | null {
  if (field === 'money') return moneyOf(entity);
  return entity[field];
}

/**
 * Compares two values as Cypher's ORDER BY does: nulls after everything else, numbers by value,
 * strings by code unit. One key's values are all numbers (money) or all strings, which < orders alike.
 */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The comparator of a sort: the keys in order, then id ascending. */
export function sortComparator(keys: readonly SortKey[]) {
  return (a: EntityRecord, b: EntityRecord): number => {
    for (const key of keys) {
      const order = compareValues(sortValue(a, key.field), sortValue(b, key.field));
      if (order !== 0) return key.direction === 'ASC' ? order : -order;
    }
    return byId(a, b);
  };
}
