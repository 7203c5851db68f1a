// Every Cypher statement of the project (adapter reads, seeding writes, reset), as named constants.
//
// Statements take parameters only. Where Cypher cannot take one (variable-length bounds, labels,
// relationship types), there is one constant statement per allowed value, built here from fixed
// numbers and fixed maps when the module loads, never from input. Every exported string, and
// every string in an exported record, is a statement: test/cypher/lint.test.ts lints them all.
import {
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_DEPTH,
  type Direction,
  type FilterField,
  type SortField,
} from '../port.js';
import type { EntityType } from '../../model/index.js';
import { relationTypes, type RelationType } from '../../model/index.js';
import {
  DATA_VERSION_LABEL,
  ENTITY_CORE_KEYS,
  ENTITY_LABEL,
  ENTITY_LABELS,
  ENTITY_READ_KEYS,
  REVISION_LABEL,
} from './records.js';

// One statement per depth up to the port's ceilings (port.ts), which both adapters share.
export { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_DEPTH };

/**
 * How many of `x`'s quantities the source `s` reads: those whose text occurs in one of its quotes
 * from that source (disagreements.ts quantitySources).
 */
const quantitiesReadFrom = (x: string, s: string) =>
  `size([i IN range(0, size(coalesce(${x}.quantityText, [])) - 1) WHERE any(j IN range(0, size(${x}.evidenceSource) - 1) WHERE ${x}.evidenceSource[j] = ${s} AND ${x}.evidenceQuote[j] CONTAINS ${x}.quantityText[i])])`;

/**
 * An entity as the adapter reads it: the values of `keys` (records.ts toEntity), in that order. A
 * list, not a map projection: the driver then decodes no key names and builds no map per entity,
 * a tenth of a planned read's CPU in this process (docs/benchmarks.md).
 */
const entityValues = (n: string, keys: readonly string[] = ENTITY_READ_KEYS) =>
  `[${keys.map((key) => `${n}.${key}`).join(', ')}]`;

/** A relationship as the adapter reads it: its properties, its type and the ids of its ends. */
const relationMap = (r: string) =>
  `${r} {.*, type: type(${r}), from: startNode(${r}).id, to: endNode(${r}).id}`;

// ---------------------------------------------------------------------------------------------
// Adapter reads: one statement per port method call.
// ---------------------------------------------------------------------------------------------

/** $ids: the entities to fetch; rows come back unordered, the adapter matches them to $ids. */
export const ENTITIES_BY_IDS = `
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN ${entityValues('n')} AS entity`;

/**
 * $ids (distinct), $direction OUT | IN | BOTH, $types (null = all), $nodeTypes (null = all),
 * $first. One row per entity with hits: the hits ordered by relation type then relation id (OUT
 * before IN for a loop seen from both ends), cut to $first. Outgoing and incoming relations are
 * read by two directed patterns so that a loop counts once per direction, as in the port.
 */
export const RELATIONS_OF = `
UNWIND $ids AS entityId
MATCH (n:Entity {id: entityId})
WITH entityId,
  CASE WHEN $direction = 'IN' THEN [] ELSE
    [(n)-[r]->(m:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($nodeTypes IS NULL OR m.type IN $nodeTypes)
      | {relation: r, direction: 'OUT', node: m}]
  END +
  CASE WHEN $direction = 'OUT' THEN [] ELSE
    [(n)<-[r]-(m:Entity)
      WHERE ($types IS NULL OR type(r) IN $types) AND ($nodeTypes IS NULL OR m.type IN $nodeTypes)
      | {relation: r, direction: 'IN', node: m}]
  END AS candidates
UNWIND candidates AS candidate
WITH entityId, candidate.relation AS r, candidate.direction AS direction, candidate.node AS m
ORDER BY type(r), r.id, direction DESC
WITH entityId, collect({relation: ${relationMap('r')}, direction: direction, node: ${entityValues('m')}}) AS hits
RETURN entityId AS id, hits[..$first] AS hits`;

/**
 * $needle (normalised as ordering.ts normalises), $types (null = all), $sources (null = all: else
 * only entities some evidence of which cites one of them), $first: the first $first
 * entities whose normalised names contain $needle, ranked as rankEntities (ordering.ts) ranks
 * them: 3 a name equals the needle, 2 one starts with it, 1 one contains it; then by id. Ranked
 * and cut here, so a common needle (商会: 95,165 entities at 1e6 relations) sends $first rows, not
 * every match. Every match contains the needle in searchText (the names joined by newlines), so
 * the TEXT index's CONTAINS finds them all; the cjk full-text index (entity_names) would only add
 * candidates that rank 0 (measured 2.6x slower on 商会, docs/benchmarks.md).
 */
function search(keys: readonly string[]): string {
  return `
MATCH (node:Entity)
WHERE node.searchText CONTAINS $needle AND ($types IS NULL OR node.type IN $types)
  AND ($sources IS NULL OR any(s IN node.evidenceSource WHERE s IN $sources))
WITH node, CASE
    WHEN $needle IN node.searchNames THEN 3
    WHEN any(name IN node.searchNames WHERE name STARTS WITH $needle) THEN 2
    WHEN any(name IN node.searchNames WHERE name CONTAINS $needle) THEN 1
    ELSE 0
  END AS rank
WHERE rank > 0
ORDER BY rank DESC, node.id ASC
LIMIT $first
RETURN ${entityValues('node', keys)} AS entity`;
}

export const SEARCH = search(ENTITY_READ_KEYS);

/** The same, each hit without its evidence and quantities (SearchQuery.grounding false). */
export const SEARCH_WITHOUT_GROUNDING = search(ENTITY_CORE_KEYS);

const searchByKeys = new Map<string, string>([
  [ENTITY_READ_KEYS.join(), SEARCH],
  [ENTITY_CORE_KEYS.join(), SEARCH_WITHOUT_GROUNDING],
]);

/**
 * SEARCH projecting `keys` of each hit (records.ts entityReadKeys). At most one statement per
 * subset of the closed key list, made once.
 */
export function searchProjecting(keys: readonly string[]): string {
  const key = keys.join();
  let statement = searchByKeys.get(key);
  if (statement === undefined) {
    statement = search(keys);
    searchByKeys.set(key, statement);
  }
  return statement;
}

/**
 * One breadth-first step, ignoring direction: the entities next to the last layer that no earlier
 * layer holds. Explicit layers give each entity its hop distance without enumerating paths.
 */
const NEXT_LAYER = `
WITH seen, layers, COLLECT {
  UNWIND last(layers) AS x
  MATCH (x)--(y:Entity)
  WHERE NOT y IN seen
  RETURN DISTINCT y
} AS next
WITH seen + next AS seen, layers + [next] AS layers`;

function neighborhood(depth: number): string {
  return `
MATCH (start:Entity {id: $id})
WITH [start] AS seen, [[start]] AS layers${NEXT_LAYER.repeat(depth)}
UNWIND range(0, size(layers) - 1) AS distance
UNWIND layers[distance] AS node
WITH node, distance
ORDER BY distance, node.id
LIMIT $limit
WITH collect(node) AS kept
RETURN [n IN kept | ${entityValues('n')}] AS nodes, COLLECT {
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE b IN kept
  WITH r
  ORDER BY r.id
  RETURN ${relationMap('r')}
} AS edges`;
}

/**
 * By depth (0..MAX_NEIGHBORHOOD_DEPTH): $id, $limit. Entities within `depth` hops of $id ignoring
 * direction, by hop distance then id, cut to $limit; edges are every relation between two kept
 * entities, by id. No row when $id is unknown.
 */
export const NEIGHBORHOOD_BY_DEPTH: Readonly<Record<number, string>> = Object.fromEntries(
  Array.from({ length: MAX_NEIGHBORHOOD_DEPTH + 1 }, (_, depth) => [depth, neighborhood(depth)]),
);

function shortestPath(maxDepth: number): string {
  return `
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..${maxDepth}]-(b))
WITH nodes(p) AS path
ORDER BY [n IN path | n.id]
LIMIT 1
RETURN [n IN path | ${entityValues('n')}] AS nodes, COLLECT {
  UNWIND range(0, size(path) - 2) AS i
  WITH i, path[i] AS x, path[i + 1] AS y
  MATCH (x)-[r]-(y)
  WITH i, r
  ORDER BY r.id
  WITH i, collect(r)[0] AS r
  ORDER BY i
  RETURN ${relationMap('r')}
} AS edges`;
}

/**
 * By maxDepth (1..MAX_PATH_DEPTH): $from, $to (distinct). Of all shortest undirected paths, the
 * one whose node-id sequence is smallest; between two consecutive nodes, the relation with the
 * smallest id (chosen per hop, so parallel relations never depend on how paths are enumerated).
 * No row when either id is unknown or no path is that short.
 */
export const SHORTEST_PATH_BY_MAX_DEPTH: Readonly<Record<number, string>> = Object.fromEntries(
  Array.from({ length: MAX_PATH_DEPTH }, (_, i) => [i + 1, shortestPath(i + 1)]),
);

/** $id: the path from an entity to itself, the entity alone; allShortestPaths needs two nodes. */
export const SINGLE_NODE_PATH = `
MATCH (n:Entity {id: $id})
RETURN [${entityValues('n')}] AS nodes, [] AS edges`;

/** Every source, by id. */
export const SOURCES = `
MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY s.id`;

/**
 * $ids: what each source grounds (port.ts SourceCounts), one row per id: the entities and
 * relations some evidence of which cites it, and the quantities of those facts whose text occurs
 * in one of its quotes (disagreements.ts quantitySources). A scan of every entity and relation per
 * id: fine for a handful of sources, to be indexed before there are thousands.
 */
export const SOURCE_COUNTS = `
UNWIND $ids AS sourceId
CALL (sourceId) {
  MATCH (n:Entity)
  WHERE sourceId IN n.evidenceSource
  RETURN count(n) AS entities, sum(${quantitiesReadFrom('n', 'sourceId')}) AS entityQuantities
}
CALL (sourceId) {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE sourceId IN r.evidenceSource
  RETURN count(r) AS relations, sum(${quantitiesReadFrom('r', 'sourceId')}) AS relationQuantities
}
RETURN sourceId, entities, relations, entityQuantities + relationQuantities AS quantities`;

/**
 * The facts that may hold a disagreement (disagreements.ts mayDisagree): entities with variants,
 * and entities and relations with two quantities or more and evidence from two sources or more.
 * The rules themselves run in TypeScript (disagreementsOf), the same for both adapters.
 */
export const DISAGREEMENT_CANDIDATES = `
CALL () {
  MATCH (n:Entity)
  WHERE size(coalesce(n.variantSource, [])) > 0
    OR (size(coalesce(n.quantityValue, [])) > 1
      AND any(s IN n.evidenceSource WHERE s <> n.evidenceSource[0]))
  RETURN collect(${entityValues('n')}) AS entities
}
CALL () {
  MATCH (:Entity)-[r]->(:Entity)
  WHERE size(coalesce(r.quantityValue, [])) > 1
    AND any(s IN r.evidenceSource WHERE s <> r.evidenceSource[0])
  RETURN collect(${relationMap('r')}) AS relations
}
RETURN entities, relations`;

/** The server's kernel version, checked at start-up against MIN_NEO4J_VERSION (Neo4jBackend.ts). */
export const SERVER_VERSION = `
CALL dbms.components() YIELD name, versions
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version`;

/**
 * The data version (port.ts: dataVersion), or no row's worth (null) in a database seeded before
 * versions existed. One node, written only by the seeder (SET_DATA_VERSION), so every API server
 * over this database reads the same value.
 */
export const DATA_VERSION = `
OPTIONAL MATCH (v:${DATA_VERSION_LABEL} {id: 'graph'})
RETURN v.version AS version`;

/** What the database holds: the health check's trivial read, and the seeder's final report. */
export const GRAPH_COUNTS = `
RETURN
  COUNT { MATCH (n:Entity) } AS entities,
  COUNT { MATCH (:Entity)-[r]->(:Entity) } AS relations,
  COUNT { MATCH (s:Source) } AS sources`;

// ---------------------------------------------------------------------------------------------
// findEntities: one statement per shape of query, composed by filterCypher.ts from the fragments
// below. A fragment takes only names filterCypher.ts generates from a counter (parameters p0, p1,
// …; variables m1, r2, …) and members of closed unions (FilterField, SortField, Direction), each
// checked here again; every value a client gave travels as a parameter. Every predicate fragment
// is two-valued (true or false, never null: a missing property or list reads as false), so NOT
// and OR compose exactly like the memory adapter's booleans (matchesFilter.ts).
// ---------------------------------------------------------------------------------------------

/** A parameter or variable name from filterCypher.ts's counter, or the statement's own `n`. */
const GENERATED_NAME = /^[a-z][0-9]*$/;

function generated(name: string): string {
  if (!GENERATED_NAME.test(name)) {
    throw new TypeError(`${JSON.stringify(name)} is not a generated Cypher name`);
  }
  return name;
}

/** The stored property behind each filter field: the whitelist, so no key ever comes from input. */
const FILTER_PROPERTIES: Readonly<Record<FilterField, string>> = {
  id: 'id',
  name: 'name',
  nameEn: 'nameEn',
  type: 'type',
  scope: 'scope',
  level: 'level',
  category: 'category',
  activity: 'activity',
  groupKind: 'groupKind',
  statementKind: 'statementKind',
  instrumentKind: 'instrumentKind',
  nameEnSource: 'nameEnSource',
};

/** The stored property behind each sort key; `money` is precomputed by the seeder (records.ts). */
const SORT_PROPERTIES: Readonly<Record<SortField, string>> = {
  id: 'id',
  name: 'name',
  nameEn: 'nameEn',
  category: 'category',
  money: 'money',
};

/** The filter and sort fields the fragments accept, for the compiler's checks with a path. */
export const FILTER_FIELDS: ReadonlySet<string> = new Set(Object.keys(FILTER_PROPERTIES));
export const SORT_FIELDS: ReadonlySet<string> = new Set(Object.keys(SORT_PROPERTIES));

function whitelisted<K extends string>(map: Readonly<Record<K, string>>, key: K): string {
  if (!Object.hasOwn(map, key)) throw new TypeError(`${JSON.stringify(key)} is not whitelisted`);
  return map[key];
}

/** Filter fields every entity stores (records.ts): comparing them to a string is never null. */
const ALWAYS_STORED: ReadonlySet<FilterField> = new Set<FilterField>(['id', 'name', 'type']);

/**
 * A comparison of a field with a parameter. A missing property compares as null, which coalesce
 * turns into false, as the memory adapter's `value === null` check does. Fields every entity
 * stores are left bare so the planner can answer `n.id IN $p` from the entity_id constraint's
 * index (the GraphQL layer's per-id filter checks) and `n.type` from entity_type.
 */
function fieldTest(comparison: string, field: FilterField): string {
  return ALWAYS_STORED.has(field) ? comparison : `coalesce(${comparison}, false)`;
}

/** A node without the quantity lists (not written by this seeder) has no quantities. */
const quantityIndexes = (x: string, i: string) =>
  `${i} IN range(0, size(coalesce(${x}.quantityValue, [])) - 1)`;

/** Predicate fragments over the node bound to `x`, and the sort keys; see filterCypher.ts. */
export const FILTER_FRAGMENTS = {
  /** No filter, or AND of nothing (JavaScript's `[].every` is true). */
  always: (): string => 'true',
  /** OR of nothing (`[].some` is false). */
  never: (): string => 'false',
  and: (parts: readonly string[]): string => `(${parts.join(' AND ')})`,
  or: (parts: readonly string[]): string => `(${parts.join(' OR ')})`,
  not: (part: string): string => `(NOT ${part})`,
  /** $p: a string. See fieldTest for missing properties. */
  fieldEquals: (x: string, field: FilterField, p: string): string =>
    fieldTest(`${generated(x)}.${whitelisted(FILTER_PROPERTIES, field)} = $${generated(p)}`, field),
  /** $p: a list of strings (no null). */
  fieldIn: (x: string, field: FilterField, p: string): string =>
    fieldTest(
      `${generated(x)}.${whitelisted(FILTER_PROPERTIES, field)} IN $${generated(p)}`,
      field,
    ),
  /** searchNames: every name normalised as search normalises (records.ts); $p is normalised too. */
  namesEqual: (x: string, p: string): string =>
    `coalesce($${generated(p)} IN ${generated(x)}.searchNames, false)`,
  namesContain: (x: string, s: string, p: string): string =>
    `coalesce(any(${generated(s)} IN ${generated(x)}.searchNames WHERE ${s} CONTAINS $${generated(p)}), false)`,
  /** $p: a list of source ids; some evidence of `x` cites one (a node without evidence: none). */
  someSource: (x: string, s: string, p: string): string =>
    `coalesce(any(${generated(s)} IN ${generated(x)}.evidenceSource WHERE ${s} IN $${generated(p)}), false)`,
  /** Some index `i` of the parallel quantity lists satisfies every condition (none: any quantity). */
  someQuantity: (x: string, i: string, conditions: readonly string[]): string =>
    `coalesce(any(${quantityIndexes(generated(x), generated(i))} WHERE ${
      conditions.length === 0 ? 'true' : conditions.join(' AND ')
    }), false)`,
  quantityUnit: (x: string, i: string, p: string): string =>
    `${generated(x)}.quantityUnit[${generated(i)}] = $${generated(p)}`,
  /** A null item is stored as '' (a list cannot hold null), and a null item matches no item. */
  quantityItem: (x: string, i: string, p: string): string =>
    `(${generated(x)}.quantityItem[${generated(i)}] <> '' AND ${x}.quantityItem[${i}] = $${generated(p)})`,
  quantityMin: (x: string, i: string, p: string): string =>
    `${generated(x)}.quantityValue[${generated(i)}] >= $${generated(p)}`,
  quantityMax: (x: string, i: string, p: string): string =>
    `${generated(x)}.quantityValue[${generated(i)}] <= $${generated(p)}`,
  /** $p: a list of qualifiers (QuantityQualifier values). */
  quantityQualifier: (x: string, i: string, p: string): string =>
    `${generated(x)}.quantityQualifier[${generated(i)}] IN $${generated(p)}`,
  /**
   * Some relationship `r` between `x` and an entity `m`, of a type in $types when given, where
   * `m` satisfies `nested` when given. The nested predicate sits behind WITH so that it is its own
   * clause: a deeper pattern may walk back along `r` itself, as the memory adapter's may.
   */
  related: (
    x: string,
    direction: Direction,
    r: string,
    m: string,
    types: string | null,
    nested: string | null,
  ): string => {
    const [from, rel, to] = [generated(x), generated(r), `${generated(m)}:Entity`];
    const pattern =
      direction === 'OUT'
        ? `(${from})-[${rel}]->(${to})`
        : direction === 'IN'
          ? `(${from})<-[${rel}]-(${to})`
          : direction === 'BOTH'
            ? `(${from})-[${rel}]-(${to})`
            : null;
    if (pattern === null) throw new TypeError(`${JSON.stringify(direction)} is not a direction`);
    const lines = ['EXISTS {', `  MATCH ${pattern}`];
    if (types !== null) lines.push(`  WHERE type(${rel}) IN $${generated(types)}`);
    // Indented for readable statements in logs; fragments hold no string literal a newline could split.
    if (nested !== null) lines.push(`  WITH ${m}`, `  WHERE ${nested.replaceAll('\n', '\n  ')}`);
    lines.push('}');
    return lines.join('\n');
  },
  orderKey: (x: string, field: SortField, direction: 'ASC' | 'DESC'): string => {
    if (direction !== 'ASC' && direction !== 'DESC') {
      throw new TypeError(`${JSON.stringify(direction)} is not a sort direction`);
    }
    return `${generated(x)}.${whitelisted(SORT_PROPERTIES, field)} ${direction}`;
  },
} as const;

/**
 * The label a findEntities statement matches: the type's own label when exactly one type is asked
 * for (the seeder sets label and `type` together), so its uniqueness constraint's index serves the
 * id order and the label's count store the unfiltered count; else :Entity.
 */
function findLabel(types: readonly EntityType[] | null): string {
  if (types === null || types.length !== 1) return ENTITY_LABEL;
  return whitelisted(ENTITY_LABELS, types[0]!);
}

/** How many entities match (`totalCount`), or 0 when no one reads it (no second scan). */
function countPart(label: string, predicates: readonly string[], count: boolean): string {
  if (!count)
    return `
WITH 0 AS totalCount`;
  const countWhere = predicates.length > 0 ? `\n  WHERE ${predicates.join('\n    AND ')}` : '';
  return `
CALL () {
  MATCH (n:${label})${countWhere}
  RETURN count(n) AS totalCount
}`;
}

/**
 * The findEntities statement around a compiled predicate over `n` and its ORDER BY keys (the
 * caller ends them with `n.id ASC`), and whether it takes $types (several types); $offset and
 * $first are integers. One row: totalCount, every match counted before paging, and items, the page.
 *
 * The count and the page are separate subqueries so that neither holds every match: the count
 * streams (and with no predicate at all the planner reads the label's count store), and the page is
 * a top-k sort, or with the default order a walk of the id index that stops after the page (hence
 * `n.id IS NOT NULL`: every entity has an id, and the planner needs it said to use the index).
 * Collecting every match and slicing it cost 1.9 s at 812,903 entities (docs/benchmarks.md).
 * ORDER BY before collect() keeps that order in the list. Cypher orders null last ascending and
 * first descending, as ordering.ts does. Neo4j compares strings by code point and JavaScript by
 * UTF-16 code unit, which differ only for astral characters (above U+FFFF) against U+E000..U+FFFF;
 * the seed's sortable strings hold no astral character (test/cypher/filterCypher.test.ts).
 */
export function findEntitiesStatement(
  where: string,
  orderBy: readonly string[],
  types: readonly EntityType[] | null,
  count = true,
  entityKeys: readonly string[] = ENTITY_READ_KEYS,
): { statement: string; takesTypes: boolean } {
  const label = findLabel(types);
  // With one type the label says it all; a predicate left in would hide the count store.
  const takesTypes = label === ENTITY_LABEL && types !== null;
  const typeTest = takesTypes ? ['n.type IN $types'] : [];
  const predicates = [...typeTest, ...(where === FILTER_FRAGMENTS.always() ? [] : [where])];
  const statement = `${countPart(label, predicates, count)}
CALL () {
  MATCH (n:${label})
  WHERE ${['n.id IS NOT NULL', ...predicates].join('\n    AND ')}
  WITH n
  ORDER BY ${orderBy.join(', ')}
  SKIP $offset
  LIMIT $first
  RETURN collect(${entityValues('n', entityKeys)}) AS items
}
RETURN totalCount, items`;
  return { statement, takesTypes };
}

// ---------------------------------------------------------------------------------------------
// Planned reads (port.ts: ReadPlan): a root list and the typed relationship fields below it, to
// any depth, in one statement, composed by planCypher.ts from the fragments below. Names are
// generated (GENERATED_NAME), relationship types come from the model's closed list and are
// checked here again, and every value (filters, node types, pages, the per-entity cut) is a
// parameter. Each level is a subquery that returns exactly one row, so an entity without hits
// keeps its row and answers an empty list.
// ---------------------------------------------------------------------------------------------

const RELATION_TYPES: ReadonlySet<string> = new Set(relationTypes);

/** `(a)-[r:T1|T2]->(m:Entity)` or its incoming twin; the types from the model only. */
function hopPattern(
  a: string,
  r: string,
  m: string,
  direction: 'OUT' | 'IN',
  types: readonly string[],
) {
  if (types.length === 0) throw new TypeError('a hop needs at least one relation type');
  for (const type of types) {
    if (!RELATION_TYPES.has(type))
      throw new TypeError(`${JSON.stringify(type)} is not a relation type`);
  }
  const rel = `[${generated(r)}:${types.join('|')}]`;
  const end = `(${generated(m)}:Entity)`;
  if (direction === 'OUT') return `(${generated(a)})-${rel}->${end}`;
  if (direction === 'IN') return `(${generated(a)})<-${rel}-${end}`;
  throw new TypeError(`${JSON.stringify(direction)} is not a hop direction`);
}

/** The names one hop binds, fresh from planCypher.ts's counter. */
export interface HopNames {
  i: string;
  a: string;
  r: string;
  m: string;
  h: string;
  x: string;
  e: string;
}

/** The names one planned field's level binds. */
export interface LevelNames {
  /** Each parent entity, in turn. */
  y: string;
  k: string;
  m: string;
  all: string;
  total: string;
  page: string;
  pages: string;
  x: string;
  /** The answers, one map per parent: {id, totalCount, items (ids)}. */
  answers: string;
  /** Every entity the answers hold, once: the next level's parents. */
  reached: string;
}

export const PLAN_FRAGMENTS = {
  /** Only parents of the types in $p answer a field selected under a type condition. */
  onTypes: (y: string, p: string): string => `${generated(y)}.type IN $${generated(p)}`,
  /**
   * From the list `from` to the list `to`, as relationsOf and the resolvers follow a hop: each
   * entity's hits by relation type then id, cut to $perEntity; the entities reached in that order
   * (per source entity, in the source list's order), first occurrence kept.
   */
  hop: (
    from: string,
    to: string,
    v: HopNames,
    direction: 'OUT' | 'IN',
    types: readonly string[],
    nodeTypes: string | null,
    perEntity: string,
  ): string => {
    const where = nodeTypes === null ? '' : `\n    WHERE ${v.m}.type IN $${generated(nodeTypes)}`;
    return `
CALL (${generated(from)}) {
  UNWIND range(0, size(${from}) - 1) AS ${generated(v.i)}
  CALL (${from}, ${v.i}) {
    WITH ${from}[${v.i}] AS ${generated(v.a)}
    MATCH ${hopPattern(v.a, v.r, v.m, direction, types)}${where}
    WITH ${v.r}, ${v.m}
    ORDER BY type(${v.r}), ${v.r}.id
    LIMIT $${generated(perEntity)}
    RETURN collect(${v.m}) AS ${generated(v.h)}
  }
  WITH ${v.i}, ${v.h}
  ORDER BY ${v.i}
  WITH reduce(${generated(v.x)} = [], ${generated(v.e)} IN collect(${v.h}) | ${v.x} + ${v.e}) AS ${v.h}
  RETURN reduce(${v.x} = [], ${v.e} IN ${v.h} | CASE WHEN ${v.e} IN ${v.x} THEN ${v.x} ELSE ${v.x} + ${v.e} END) AS ${generated(to)}
}`;
  },
  /**
   * The first hop, from the parent `y` itself (inside the parent's own subquery): its hits by
   * relation type then id, cut to $perEntity, first occurrence kept, bound to `to`.
   */
  firstHop: (
    y: string,
    to: string,
    v: HopNames,
    direction: 'OUT' | 'IN',
    types: readonly string[],
    nodeTypes: string | null,
    perEntity: string,
  ): string => {
    const where = nodeTypes === null ? '' : `\nWHERE ${v.m}.type IN $${generated(nodeTypes)}`;
    return `
MATCH ${hopPattern(y, v.r, v.m, direction, types)}${where}
WITH ${v.r}, ${v.m}
ORDER BY type(${v.r}), ${v.r}.id
LIMIT $${generated(perEntity)}
WITH collect(${v.m}) AS ${generated(v.h)}
WITH reduce(${generated(v.x)} = [], ${generated(v.e)} IN ${v.h} | CASE WHEN ${v.e} IN ${v.x} THEN ${v.x} ELSE ${v.x} + ${v.e} END) AS ${generated(to)}`;
  },
  /**
   * One planned field, answered once for each distinct entity of `parents` (as the loaders answer
   * a level: an entity reached twice is asked once): its hops (`hops`: firstHop, then hop, ending
   * in the list `last`), then the predicate over `m` (or none), then the order (keys over `m`;
   * none keeps the hops' order, `k`), then the page ($offset and $end, or none: every match).
   * Binds `answers` and `reached`.
   */
  level: (
    parents: string,
    v: LevelNames,
    onTypes: string | null,
    hops: readonly string[],
    last: string,
    predicate: string | null,
    orderBy: readonly string[] | null,
    page: { offset: string; end: string } | null,
  ): string => {
    const where = predicate === null ? '' : `\n    WHERE ${predicate.replaceAll('\n', '\n    ')}`;
    const matches = predicate === null && orderBy === null ? generated(last) : generated(v.all);
    // Without a predicate or an order the hops' list is the answer as it stands.
    const selected =
      matches === last
        ? ''
        : `
WITH COLLECT {
  UNWIND range(0, size(${generated(last)}) - 1) AS ${generated(v.k)}
  WITH ${last}[${v.k}] AS ${generated(v.m)}, ${v.k}${where}
  RETURN ${v.m}
  ORDER BY ${orderBy === null ? v.k : orderBy.join(', ')}
} AS ${v.all}`;
    const slice =
      page === null ? matches : `${matches}[$${generated(page.offset)}..$${generated(page.end)}]`;
    const typed = onTypes === null ? '' : `\n  WITH ${v.y}\n  WHERE ${onTypes}`;
    const body = `${hops.join('')}${selected}
RETURN size(${matches}) AS ${generated(v.total)}, ${slice} AS ${generated(v.page)}`;
    return `
CALL (${generated(parents)}) {
  UNWIND ${parents} AS ${generated(v.y)}${typed}
  CALL (${v.y}) {${body.replaceAll('\n', '\n    ')}
  }
  WITH collect([${v.y}.id, ${v.total}, [${generated(v.x)} IN ${v.page} | ${v.x}.id]]) AS ${generated(v.answers)},
    collect(${v.page}) AS ${generated(v.pages)}
  RETURN ${v.answers}, COLLECT {
    UNWIND ${v.pages} AS ${v.page}
    UNWIND ${v.page} AS ${v.x}
    RETURN DISTINCT ${v.x}
  } AS ${generated(v.reached)}
}`;
  },
  /** A sort key over `x` (FILTER_FRAGMENTS.orderKey). */
  orderKey: (x: string, field: SortField, direction: 'ASC' | 'DESC'): string =>
    FILTER_FRAGMENTS.orderKey(x, field, direction),
} as const;

/**
 * The planned read's statement: the root as findEntitiesStatement finds it ($types, $offset,
 * $first) bound to `l`, its count only when `count` (else 0), then `levels` (PLAN_FRAGMENTS.level,
 * parents before children). One row: totalCount; ids, the root page's ids in order; fields, each
 * level's answers (`answers`, in the order given; per parent, its id, its totalCount and the ids of
 * its page); entities, every entity the read reached, once,
 * projected to `entityKeys` (records.ts entityReadKeys).
 */
export function plannedReadStatement(
  where: string,
  orderBy: readonly string[],
  types: readonly EntityType[] | null,
  count: boolean,
  levels: readonly string[],
  answers: readonly string[],
  reached: readonly string[],
  entityKeys: readonly string[],
): { statement: string; takesTypes: boolean } {
  const label = findLabel(types);
  const takesTypes = label === ENTITY_LABEL && types !== null;
  const typeTest = takesTypes ? ['n.type IN $types'] : [];
  const predicates = [...typeTest, ...(where === FILTER_FRAGMENTS.always() ? [] : [where])];
  const counted = countPart(label, predicates, count);
  const everyList = ['l', ...reached.map(generated)].join(' + ');
  const statement = `${counted}
CALL () {
  MATCH (n:${label})
  WHERE ${['n.id IS NOT NULL', ...predicates].join('\n    AND ')}
  WITH n
  ORDER BY ${orderBy.join(', ')}
  SKIP $offset
  LIMIT $first
  RETURN collect(n) AS l
}${levels.join('')}
RETURN totalCount, [n IN l | n.id] AS ids, [${answers.map(generated).join(', ')}] AS fields, COLLECT {
  UNWIND ${everyList} AS n
  WITH DISTINCT n
  RETURN ${entityValues('n', entityKeys)}
} AS entities`;
  return { statement, takesTypes };
}

// ---------------------------------------------------------------------------------------------
// Seeding writes: MERGE on ids and SET every property, so that running them again changes nothing.
// ---------------------------------------------------------------------------------------------

/**
 * Removes every node and relationship (`npm run seed -- --reset`) but the DataVersion node, whose
 * revision counter goes on: revision numbers and clients' `changes` cursors are never reused.
 */
export const RESET_GRAPH = `
MATCH (n)
WHERE NOT n:${DATA_VERSION_LABEL}
DETACH DELETE n`;

/** $timeoutSeconds: waits until every index is online, so the full-text index answers at once. */
export const AWAIT_INDEXES = `
CALL db.awaitIndexes($timeoutSeconds)`;

// Seeding converges: `SET x = {…}` replaces every property (one the model dropped disappears),
// an entity loses the type labels of other kinds, and DELETE_STALE_* remove what seed/ no longer
// holds, in bounded batches.

/** $rows: SourceRow[] (records.ts). */
export const MERGE_SOURCES = `
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = {
  id: row.id,
  title: row.title,
  titleEn: row.titleEn,
  publisher: row.publisher,
  author: row.author,
  date: date(row.date),
  url: row.url,
  text: row.text,
  attributionEntity: row.attributionEntity,
  attributionQuote: row.attributionQuote,
  attributionStart: row.attributionStart,
  attributionEnd: row.attributionEnd
}`;

const GROUNDING = `
  evidenceSource: row.evidenceSource,
  evidenceQuote: row.evidenceQuote,
  evidenceStart: row.evidenceStart,
  evidenceEnd: row.evidenceEnd,
  quantityValue: row.quantityValue,
  quantityUnit: row.quantityUnit,
  quantityItem: row.quantityItem,
  quantityQualifier: row.quantityQualifier,
  quantityText: row.quantityText`;

function mergeEntities(label: string): string {
  const otherLabels = Object.values(ENTITY_LABELS).filter((other) => other !== label);
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = {
  id: row.id,
  type: row.type,
  name: row.name,
  nameEn: row.nameEn,
  nameEnSource: row.nameEnSource,
  aliases: row.aliases,
  collective: row.collective,
  scope: row.scope,
  level: row.level,
  date: date(row.date),
  category: row.category,
  activity: row.activity,
  groupKind: row.groupKind,
  statementKind: row.statementKind,
  instrumentKind: row.instrumentKind,
  variantField: row.variantField,
  variantValue: row.variantValue,
  variantSource: row.variantSource,
  searchText: row.searchText,
  searchNames: row.searchNames,
  money: row.money,${GROUNDING}
}
REMOVE n:${otherLabels.join(':')}
SET n:${label}`;
}

/** By entity type: $rows: EntityRow[] of that type (records.ts); the label comes from ENTITY_LABELS. */
export const MERGE_ENTITIES = Object.fromEntries(
  Object.entries(ENTITY_LABELS).map(([type, label]) => [type, mergeEntities(label)]),
) as Readonly<Record<EntityType, string>>;

function mergeRelations(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type} {id: row.id}]->(b)
SET r = {
  id: row.id,${GROUNDING}
}`;
}

/** By relation type: $rows: RelationRow[] of that type (records.ts). */
export const MERGE_RELATIONS = Object.fromEntries(
  relationTypes.map((type) => [type, mergeRelations(type)]),
) as Readonly<Record<RelationType, string>>;

/**
 * $version: the seed's hash once seeding has finished, or a value of its own while it runs, so
 * servers stop serving cached answers as soon as the data starts changing.
 */
export const SET_DATA_VERSION = `
MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.version = $version`;

/** After seeding: entities whose labels are not exactly :Entity plus one type label (should be 0). */
export const MISLABELLED_ENTITIES = `
RETURN COUNT { MATCH (n:Entity) WHERE size(labels(n)) <> 2 } AS mislabelled`;

/** Nodes of `label` whose id is not in $ids, at most $batchSize (the seeder repeats it until done). */
const deleteStaleNodes = (label: string) => `
MATCH (n:${label})
WHERE NOT n.id IN $ids
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted`;

/**
 * $token: marks the graph as being seeded and counts its curated revisions, in one transaction
 * that holds the revision counter's write lock (as every write does first, NEXT_REVISION): a
 * write committed before it is counted (and seeding refuses to run over it unless told to
 * discard), and a write after it is refused until seeding ends (FINISH_SEEDING), so seeding never
 * deletes a write it did not count.
 */
export const BEGIN_SEEDING = `
MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.seeding = $token
RETURN COUNT { MATCH (x:${REVISION_LABEL}) } AS revisions`;

/** $version: the seed's version; writes are accepted again. */
export const FINISH_SEEDING = `
MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.version = $version
REMOVE v.seeding`;

/** For test harnesses that want a new revision log to start at 1 again (never the CLI). */
export const RESTART_REVISIONS = `
MATCH (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.revision = 0`;

/**
 * At most $batchSize revisions (`npm run seed -- --discard-curated`). The DataVersion node keeps
 * its counter, so revision numbers are never reused and a client's `changes` cursor stays valid.
 */
export const DELETE_REVISIONS = `
MATCH (x:${REVISION_LABEL})
WITH x LIMIT $batchSize
DELETE x
RETURN count(*) AS deleted`;

/** $ids: every entity id of the seed; $batchSize. */
export const DELETE_STALE_ENTITIES = deleteStaleNodes('Entity');

/** $ids: every source id of the seed; $batchSize. */
export const DELETE_STALE_SOURCES = deleteStaleNodes('Source');

/**
 * $keys: "TYPE id from to" of every relation of the seed (relationKey in seedNeo4j.ts), so a
 * relationship that changed its type or its ends is stale too; $batchSize as above.
 */
export const DELETE_STALE_RELATIONS = `
MATCH (a)-[r]->(b)
WHERE NOT (type(r) + ' ' + coalesce(r.id, '') + ' ' + coalesce(a.id, '') + ' ' + coalesce(b.id, '')) IN $keys
WITH r LIMIT $batchSize
DELETE r
RETURN count(*) AS deleted`;

// ---------------------------------------------------------------------------------------------
// Curation: each mutation is one write transaction (Neo4jBackend.commit) made of the statements
// below and the MERGE_* statements above. The revision log is :Revision nodes, numbered by the
// DataVersion node's `revision` counter, which every write increments first: that takes the
// node's write lock, so writes from every API process over this database run one at a time and
// each checks the state the previous one committed.
// ---------------------------------------------------------------------------------------------

/**
 * Takes the write lock and the next revision number; also returns the data version to extend and
 * whether the graph is being seeded (BEGIN_SEEDING), when the write is refused.
 */
export const NEXT_REVISION = `
MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.revision = coalesce(v.revision, 0) + 1
RETURN v.revision AS number, v.version AS version, v.seeding IS NOT NULL AS seeding`;

/**
 * A batch's first statement (Neo4jBackend.commitBatch): takes the revision counter's write lock
 * without moving it, and returns the last revision number (the batch numbers on from it), the
 * data version to extend and whether the graph is being seeded. FINISH_BATCH moves it once.
 */
export const LOCK_REVISIONS = `
MERGE (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.revision = coalesce(v.revision, 0)
RETURN v.revision AS number, v.version AS version, v.seeding IS NOT NULL AS seeding`;

/** $number, $version: a batch's last revision number and the data version after it. */
export const FINISH_BATCH = `
MATCH (v:${DATA_VERSION_LABEL} {id: 'graph'})
SET v.revision = $number, v.version = $version`;

/** $keys: the committed revisions under any of these idempotency keys (a batch's, in one read). */
export const REVISIONS_BY_KEYS = `
MATCH (x:${REVISION_LABEL})
WHERE x.idempotencyKey IN $keys
RETURN x {.*} AS revision`;

/**
 * $id, and $from and $to (a relation id's ends, null for other ids): the standing entity,
 * relation or source with this id (each null when none), and the fact's latest revision (an empty
 * list when it has none). A retracted fact stands nowhere; its last revision says so.
 */
export const FACT = `
OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE r.id = $id
OPTIONAL MATCH (s:Source {id: $id})
RETURN CASE WHEN n IS NULL THEN null ELSE ${entityValues('n')} END AS entity, ${relationMap('r')} AS relation, s {.*} AS source, COLLECT {
  MATCH (x:${REVISION_LABEL} {factId: $id})
  RETURN x {.*} AS revision
  ORDER BY x.number DESC
  LIMIT 1
} AS last`;

/** $idempotencyKey: the revision committed under this key (no row when none). */
export const REVISION_BY_KEY = `
MATCH (x:${REVISION_LABEL} {idempotencyKey: $idempotencyKey})
RETURN x {.*} AS revision
LIMIT 1`;

/** $name, $id: the id of a standing entity other than $id with this name (no row when none). */
export const ENTITY_NAMED = `
MATCH (n:Entity {name: $name})
WHERE n.id <> $id
RETURN n.id AS id
LIMIT 1`;

/** $id: every revision of one fact, oldest first. */
export const HISTORY = `
MATCH (x:${REVISION_LABEL} {factId: $id})
RETURN x {.*} AS revision
ORDER BY x.number`;

/** $after, $first: the revisions numbered after $after, oldest first. */
export const CHANGES = `
MATCH (x:${REVISION_LABEL})
WHERE x.number > $after
RETURN x {.*} AS revision
ORDER BY x.number
LIMIT $first`;

/** $id: what still points at an entity: its relations, and sources attributed to it. */
export const ENTITY_ATTACHMENTS = `
MATCH (n:Entity {id: $id})
RETURN COUNT { (n)--() } AS relations,
  COUNT { MATCH (s:Source) WHERE s.attributionEntity = $id } AS attributions`;

/** $id: removes a retracted entity from the graph (it has no relation left: DELETE fails otherwise). */
export const REMOVE_ENTITY = `
MATCH (n:Entity {id: $id})
DELETE n`;

/** $id, $from, $to: removes a retracted relation from the graph. */
export const REMOVE_RELATION = `
MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to})
WHERE r.id = $id
DELETE r`;

/** $revision: a RevisionRecord's fields (null ones are not stored). */
export const APPEND_REVISION = `
CREATE (x:${REVISION_LABEL})
SET x = $revision`;
