// How the graph is stored in Neo4j, and the mapping between stored values and the port's records.
//
// Storage model (what `npm run seed` writes and the adapter reads back):
// - Every entity is one node labelled :Entity plus its type label (ENTITY_LABELS), with the
//   properties id, type (the port's EntityType), name, nameEn, nameEnSource, aliases
//   (LIST<STRING>), collective, the kind-specific scope, level, date (a native DATE), category,
//   activity, groupKind, statementKind, instrumentKind, and searchText: every name normalised
//   (ordering.ts's normalizedNames) and joined with newlines, for substring search through a TEXT index.
//   Two more serve findEntities' filters and sorts: searchNames, the same normalised names as a
//   list (so a match never spans two names), and money, the sum of the CNY quantities (moneyOf).
//   A property the entity's kind does not have is absent, which Cypher reads as null. Other
//   sources' readings (EntityRecord.variants) are the parallel lists variantField, variantValue,
//   variantSource (absent on a node written before variants existed: read as none).
// - Every relation is one relationship whose Neo4j type is the relation type, with property id;
//   its ends give `from` and `to`.
// - Evidence and quantities are lists of objects, which Neo4j cannot store as properties, so both
//   nodes and relationships hold them as parallel lists of primitives, one index per item:
//   evidenceSource, evidenceQuote, evidenceStart, evidenceEnd (INTEGER); quantityValue (FLOAT),
//   quantityUnit, quantityItem ('' for null: a list cannot hold null), quantityQualifier
//   (approximate is derived from it when read), quantityText. Every value is
//   stored natively, so the round trip is exact.
// - Each source is one :Source node with id, title, titleEn, publisher, author, date (DATE), url,
//   text, and its attribution as attributionEntity (an entity id, absent when none) with the parallel
//   lists attributionQuote, attributionStart, attributionEnd (the quotes are in the source itself).
// - Curation: one :Revision node per committed revision (number, factId, kind, action, author, at,
//   comment, reason, changedFields, record: the fact as JSON), numbered by the :DataVersion node's
//   `revision` counter, whose `version` every write moves on. Retracted facts are removed from the
//   graph; their retracting revision keeps them.
import neo4j, { type Integer } from 'neo4j-driver';
import { entityTypes, isApproximate, type QuantityQualifier } from '../../model/index.js';
import { moneyOf, normalizedNames } from '../ordering.js';
import { ALWAYS_READ } from '../port.js';
import { ENTITY_PROPERTIES } from '../../model/records.js';
import type {
  EntityProperty,
  EntityRecord,
  EvidenceRecord,
  FactKind,
  Quantity,
  RevisionAction,
  RevisionRecord,
  RelationRecord,
  SourceRecord,
  VariantRecord,
} from '../../model/records.js';
import type { EntityType } from '../../model/index.js';
import type { PlannedEntity, PlannedField, PlannedList, RelationHit } from '../port.js';

/** The Neo4j label of each entity type: a fixed map, so no label ever comes from data. */
export const ENTITY_LABELS = {
  ASSOCIATION: 'Association',
  GOVERNMENT_BODY: 'GovernmentBody',
  COMPANY: 'Company',
  GROUP: 'Group',
  HOSPITAL: 'Hospital',
  REGION: 'Region',
  MEETING: 'Meeting',
  RELIEF_ACTION: 'ReliefAction',
  STATEMENT: 'Statement',
  INSTRUMENT: 'Instrument',
  PERSON: 'Person',
} as const satisfies Record<EntityType, string>;

const ENTITY_TYPES: ReadonlySet<string> = new Set(entityTypes);

export const ENTITY_LABEL = 'Entity';
export const SOURCE_LABEL = 'Source';
/** The one node holding the data version (DATA_VERSION, SET_DATA_VERSION in cypher.ts). */
export const DATA_VERSION_LABEL = 'DataVersion';
/** The revision log: one node per committed curation revision (cypher.ts: APPEND_REVISION). */
export const REVISION_LABEL = 'Revision';

/** The stored lists of an entity's variants (EntityRecord.variants), as toEntity reads them. */
const VARIANT_KEYS = ['variantField', 'variantValue', 'variantSource'] as const;

/** The stored keys of one entity property: its own key, or the parallel lists that hold it. */
function storedKeysOf(property: EntityProperty): readonly string[] {
  return property === 'variants' ? VARIANT_KEYS : [property];
}

/** An entity's own fields, without its evidence and quantities (a search whose hits need neither). */
export const ENTITY_CORE_KEYS = [
  ...ENTITY_PROPERTIES.filter((p) => p !== 'variants'),
  ...VARIANT_KEYS,
] as const;

/** Every property key the seeder writes: the database schema the Cypher lint checks against. */
export const STORED_PROPERTY_KEYS = [
  ...ENTITY_CORE_KEYS,
  'searchText',
  'searchNames',
  'money',
  'evidenceSource',
  'evidenceQuote',
  'evidenceStart',
  'evidenceEnd',
  'quantityValue',
  'quantityUnit',
  'quantityItem',
  'quantityQualifier',
  'quantityText',
  'title',
  'titleEn',
  'publisher',
  'author',
  'text',
  'url',
  'version',
  'revision',
  'seeding',
  'number',
  'factId',
  'kind',
  'action',
  'at',
  'comment',
  'reason',
  'changedFields',
  'record',
  'idempotencyKey',
  'attributionEntity',
  'attributionQuote',
  'attributionStart',
  'attributionEnd',
] as const;

/** The stored lists of an entity's evidence and quantities, as toEntity reads them. */
const GROUNDING_KEYS = [
  'evidenceSource',
  'evidenceQuote',
  'evidenceStart',
  'evidenceEnd',
  'quantityValue',
  'quantityUnit',
  'quantityItem',
  'quantityQualifier',
  'quantityText',
] as const satisfies readonly (typeof STORED_PROPERTY_KEYS)[number][];

/**
 * The properties toEntity reads: what every statement projects of an entity (not `{.*}`, which
 * would also send searchText, searchNames and money, stored for filters and never read back; on a
 * search page of 48 entities that was a quarter of the driver's decoding, docs/benchmarks.md).
 */
export const ENTITY_READ_KEYS = [...ENTITY_CORE_KEYS, ...GROUNDING_KEYS] as const;

/**
 * The keys a statement projects of an entity for a read (port.ts EntityProjection): the named
 * properties and ALWAYS_READ, or all of them; evidence and quantities only with `grounding`.
 */
export function entityReadKeys(
  properties: readonly EntityProperty[] | undefined,
  grounding: boolean,
): readonly string[] {
  const wanted =
    properties && new Set<string>([...ALWAYS_READ, ...properties].flatMap(storedKeysOf));
  const own = wanted ? ENTITY_CORE_KEYS.filter((key) => wanted.has(key)) : ENTITY_CORE_KEYS;
  return grounding ? [...own, ...GROUNDING_KEYS] : own;
}

/** Evidence and quantities as the parallel lists a node or relationship stores. */
export interface GroundingRow {
  evidenceSource: string[];
  evidenceQuote: string[];
  evidenceStart: Integer[];
  evidenceEnd: Integer[];
  quantityValue: number[];
  quantityUnit: string[];
  quantityItem: string[];
  quantityQualifier: string[];
  quantityText: string[];
}

/** One entity as the seeding statements' `$rows` carry it. */
export interface EntityRow extends GroundingRow {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  nameEnSource: string | null;
  aliases: string[];
  collective: boolean;
  scope: string | null;
  level: string | null;
  /** ISO date; the statement stores it as a native DATE. */
  date: string | null;
  category: string | null;
  activity: string | null;
  groupKind: string | null;
  statementKind: string | null;
  instrumentKind: string | null;
  variantField: string[];
  variantValue: string[];
  variantSource: string[];
  searchText: string;
  searchNames: string[];
  /** Sent as a JavaScript number, so stored as FLOAT even when whole. */
  money: number;
}

export interface RelationRow extends GroundingRow {
  id: string;
  from: string;
  to: string;
}

/** Sources are stored field for field (the statement turns `date` into a native DATE), the attribution flattened. */
export interface SourceRow extends Omit<SourceRecord, 'attribution'> {
  attributionEntity: string | null;
  attributionQuote: string[];
  attributionStart: Integer[];
  attributionEnd: Integer[];
}

/** A stored relationship, source or revision read back through a map projection (`r {.*}`). */
export type StoredMap = Record<string, unknown>;

/** Thrown when the database holds something the seeder would never have written. */
export class StoredRecordError extends Error {
  override name = 'StoredRecordError';
}

/** Every name of an entity, normalised the way search normalises its text, one per line. */
export function searchTextOf(entity: EntityRecord): string {
  return normalizedNames(entity).join('\n');
}

function groundingRow(evidence: EvidenceRecord[], quantities: Quantity[]): GroundingRow {
  return {
    evidenceSource: evidence.map((e) => e.sourceId),
    evidenceQuote: evidence.map((e) => e.quote),
    // Offsets are integers in the data; sent as JS numbers they would be stored as FLOAT.
    evidenceStart: evidence.map((e) => neo4j.int(e.start)),
    evidenceEnd: evidence.map((e) => neo4j.int(e.end)),
    quantityValue: quantities.map((q) => q.value),
    quantityUnit: quantities.map((q) => q.unit),
    quantityItem: quantities.map((q) => q.item ?? ''),
    quantityQualifier: quantities.map((q) => q.qualifier),
    quantityText: quantities.map((q) => q.text),
  };
}

export function entityRow(entity: EntityRecord): EntityRow {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    nameEn: entity.nameEn,
    nameEnSource: entity.nameEnSource,
    aliases: entity.aliases,
    collective: entity.collective,
    scope: entity.scope,
    level: entity.level,
    date: entity.date,
    category: entity.category,
    activity: entity.activity,
    groupKind: entity.groupKind,
    statementKind: entity.statementKind,
    instrumentKind: entity.instrumentKind,
    variantField: entity.variants.map((v) => v.field),
    variantValue: entity.variants.map((v) => v.value),
    variantSource: entity.variants.map((v) => v.sourceId),
    searchText: searchTextOf(entity),
    searchNames: normalizedNames(entity),
    money: moneyOf(entity),
    ...groundingRow(entity.evidence, entity.quantities),
  };
}

export function relationRow(relation: RelationRecord): RelationRow {
  return {
    id: relation.id,
    from: relation.from,
    to: relation.to,
    ...groundingRow(relation.evidence, relation.quantities),
  };
}

export function sourceRow(source: SourceRecord): SourceRow {
  const { attribution, ...fields } = source;
  const evidence = attribution?.evidence ?? [];
  return {
    ...fields,
    attributionEntity: attribution?.entityId ?? null,
    attributionQuote: evidence.map((e) => e.quote),
    attributionStart: evidence.map((e) => neo4j.int(e.start)),
    attributionEnd: evidence.map((e) => neo4j.int(e.end)),
  };
}

/** Neo4j integers (64-bit) to JS numbers; every number in this graph is far inside 2^53. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new StoredRecordError(`expected a number, got ${typeof value}`);
}

function text(map: StoredMap, key: string): string {
  const value = map[key];
  if (typeof value !== 'string') throw new StoredRecordError(`property ${key} is not a string`);
  return value;
}

function optionalText(map: StoredMap, key: string): string | null {
  const value = map[key];
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw new StoredRecordError(`property ${key} is not a string`);
  return value;
}

/** Native DATE (or a legacy ISO string) to the ISO 8601 string the port speaks. */
function optionalDate(map: StoredMap, key: string): string | null {
  const value = map[key];
  if (value === null || value === undefined) return null;
  if (neo4j.isDate(value)) return value.toString();
  if (typeof value === 'string') return value;
  throw new StoredRecordError(`property ${key} is not a date`);
}

function list(map: StoredMap, key: string): unknown[] {
  const value = map[key];
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new StoredRecordError(`property ${key} is not a list`);
  return value;
}

function strings(map: StoredMap, key: string): string[] {
  return list(map, key).map((v) => {
    if (typeof v !== 'string') throw new StoredRecordError(`property ${key} holds a non-string`);
    return v;
  });
}

/** The parallel lists of one item kind, checked to be of equal length. */
function parallel(map: StoredMap, keys: readonly string[]): unknown[][] {
  const lists = keys.map((key) => list(map, key));
  const length = lists[0]!.length;
  if (lists.some((l) => l.length !== length)) {
    throw new StoredRecordError(`lists ${keys.join(', ')} differ in length on ${String(map.id)}`);
  }
  return lists;
}

function evidenceOf(map: StoredMap): EvidenceRecord[] {
  const [sources, quotes, starts, ends] = parallel(map, [
    'evidenceSource',
    'evidenceQuote',
    'evidenceStart',
    'evidenceEnd',
  ]) as [unknown[], unknown[], unknown[], unknown[]];
  return sources.map((sourceId, i) => ({
    sourceId: String(sourceId),
    quote: String(quotes[i]),
    start: toNumber(starts[i]),
    end: toNumber(ends[i]),
  }));
}

function quantitiesOf(map: StoredMap): Quantity[] {
  const [values, units, items, qualifiers, texts] = parallel(map, [
    'quantityValue',
    'quantityUnit',
    'quantityItem',
    'quantityQualifier',
    'quantityText',
  ]) as [unknown[], unknown[], unknown[], unknown[], unknown[]];
  return values.map((value, i) => {
    const qualifier = String(qualifiers[i]) as QuantityQualifier;
    return {
      value: toNumber(value),
      unit: String(units[i]),
      item: items[i] === '' ? null : String(items[i]),
      qualifier,
      approximate: isApproximate(qualifier),
      text: String(texts[i]),
    };
  });
}

function variantsOf(map: StoredMap): VariantRecord[] {
  const [fields, values, sources] = parallel(map, VARIANT_KEYS) as [
    unknown[],
    unknown[],
    unknown[],
  ];
  return fields.map((field, i) => {
    if (field !== 'nameEn') throw new StoredRecordError(`unknown variant field ${String(field)}`);
    return { field, value: String(values[i]), sourceId: String(sources[i]) };
  });
}

/** An entity as statements return it: the values of its read keys in their order (cypher.ts). */
export type EntityValues = readonly unknown[];

/**
 * The entity whose `keys` (ENTITY_READ_KEYS, or the entityReadKeys the statement projected) hold
 * `values`, in that order.
 */
export function toEntity(
  values: EntityValues,
  keys: readonly string[] = ENTITY_READ_KEYS,
): EntityRecord {
  if (!Array.isArray(values) || values.length !== keys.length) {
    throw new StoredRecordError(
      `expected the ${keys.length} values of an entity, got ${String(values)}`,
    );
  }
  const map: StoredMap = {};
  for (let i = 0; i < keys.length; i++) map[keys[i]!] = values[i];
  return entityOfMap(map);
}

function entityOfMap(map: StoredMap): EntityRecord {
  const type = text(map, 'type');
  if (!ENTITY_TYPES.has(type)) throw new StoredRecordError(`unknown entity type ${type}`);
  return {
    id: text(map, 'id'),
    type: type as EntityType,
    name: text(map, 'name'),
    nameEn: optionalText(map, 'nameEn'),
    nameEnSource: optionalText(map, 'nameEnSource'),
    aliases: strings(map, 'aliases'),
    collective: map.collective === true,
    quantities: quantitiesOf(map),
    evidence: evidenceOf(map),
    variants: variantsOf(map),
    scope: optionalText(map, 'scope'),
    level: optionalText(map, 'level'),
    date: optionalDate(map, 'date'),
    category: optionalText(map, 'category'),
    activity: optionalText(map, 'activity'),
    groupKind: optionalText(map, 'groupKind'),
    statementKind: optionalText(map, 'statementKind'),
    instrumentKind: optionalText(map, 'instrumentKind'),
  };
}

/** A relationship projected with its type and the ids of its ends (see cypher.ts). */
export function toRelation(map: StoredMap): RelationRecord {
  return {
    id: text(map, 'id'),
    type: text(map, 'type'),
    from: text(map, 'from'),
    to: text(map, 'to'),
    quantities: quantitiesOf(map),
    evidence: evidenceOf(map),
  };
}

/** One hit of RELATIONS_OF: {relation, direction, node}. */
export function toRelationHit(map: StoredMap): RelationHit {
  const direction = map.direction;
  if (direction !== 'OUT' && direction !== 'IN') {
    throw new StoredRecordError(`hit direction ${String(direction)} is neither OUT nor IN`);
  }
  return {
    relation: toRelation(map.relation as StoredMap),
    direction,
    node: toEntity(map.node as EntityValues),
  };
}

export function toSource(map: StoredMap): SourceRecord {
  const id = text(map, 'id');
  const entityId = optionalText(map, 'attributionEntity');
  const [quotes, starts, ends] = parallel(map, [
    'attributionQuote',
    'attributionStart',
    'attributionEnd',
  ]) as [unknown[], unknown[], unknown[]];
  return {
    id,
    title: text(map, 'title'),
    titleEn: optionalText(map, 'titleEn'),
    publisher: optionalText(map, 'publisher'),
    author: optionalText(map, 'author'),
    date: optionalDate(map, 'date'),
    url: optionalText(map, 'url'),
    text: text(map, 'text'),
    attribution:
      entityId === null
        ? null
        : {
            entityId,
            evidence: quotes.map((quote, i) => ({
              sourceId: id,
              quote: String(quote),
              start: toNumber(starts[i]),
              end: toNumber(ends[i]),
            })),
          },
  };
}

/** A :Revision node read back (`x {.*}`): absent comment or reason read as null. */
export function toRevision(map: StoredMap): RevisionRecord {
  return {
    number: toNumber(map.number),
    factId: text(map, 'factId'),
    kind: text(map, 'kind') as FactKind,
    action: text(map, 'action') as RevisionAction,
    author: text(map, 'author'),
    at: text(map, 'at'),
    comment: optionalText(map, 'comment'),
    reason: optionalText(map, 'reason'),
    changedFields: strings(map, 'changedFields'),
    record: text(map, 'record'),
  };
}

/** A revision as APPEND_REVISION stores it: its number as a Neo4j integer. */
export function revisionRow(revision: RevisionRecord): Record<string, unknown> {
  return { ...revision, number: neo4j.int(revision.number) };
}

/** One parent's answer to a planned field as the statement returns it (cypher.ts PLAN_FRAGMENTS.level). */
export type LevelRow = [id: string, totalCount: unknown, items: string[]];

/** A LevelRow read: the parent's totalCount and the ids of its page. */
interface LevelAnswer {
  totalCount: number;
  items: string[];
}

/**
 * A planned read's row (cypher.ts plannedReadStatement) as the port's tree: each level's answers
 * by parent id, in the order planCypher.ts compiled them (parents first), put back under every
 * occurrence of their parent.
 */
export function toPlannedList(
  totalCount: unknown,
  ids: string[],
  fields: LevelRow[][],
  entities: EntityValues[],
  keys: readonly string[],
  plan: readonly PlannedField[],
): PlannedList {
  const byId = new Map<string, EntityRecord>();
  for (const values of entities) {
    const entity = toEntity(values, keys);
    byId.set(entity.id, entity);
  }
  const levels = fields.map(
    (answers) =>
      new Map(
        answers.map(([id, total, items]): [string, LevelAnswer] => [
          id,
          { totalCount: toNumber(total), items },
        ]),
      ),
  );
  // Levels come parents first: a field's index is its place in that order.
  const indexes = new Map<PlannedField, number>();
  const number = (list: readonly PlannedField[]) =>
    list.forEach((field) => {
      indexes.set(field, indexes.size);
      number(field.fields);
    });
  number(plan);
  // Each field's answer for one parent is built once and shared wherever that parent recurs.
  const built = new Map<PlannedField, Map<string, PlannedList>>();
  const answerOf = (field: PlannedField, parent: string): PlannedList => {
    let byParent = built.get(field);
    if (!byParent) built.set(field, (byParent = new Map()));
    let list = byParent.get(parent);
    if (!list) {
      const answer = levels[indexes.get(field)!]!.get(parent);
      list = answer
        ? { totalCount: answer.totalCount, items: entitiesOf(answer.items, field.fields) }
        : { totalCount: 0, items: [] };
      byParent.set(parent, list);
    }
    return list;
  };
  const entitiesOf = (list: string[], below: readonly PlannedField[]): PlannedEntity[] =>
    list.map((id) => {
      const entity = byId.get(id);
      if (!entity)
        throw new StoredRecordError(`a planned read reached ${id} but did not return it`);
      return {
        entity,
        fields: Object.fromEntries(below.map((field) => [field.key, answerOf(field, id)])),
      };
    });
  return { totalCount: toNumber(totalCount), items: entitiesOf(ids, plan) };
}
