// The records of the domain: sources, entities, relations, their quantities and evidence, and the revisions that change them; what both adapters store and return.
import { kindSpecificFields, type EntityType, type QuantityQualifier } from './index.js';

export interface Quantity {
  value: number;
  unit: string;
  item: string | null;
  /** What the text's marker (约, 近, 上万 …) says about the value. */
  qualifier: QuantityQualifier;
  /** Derived from the qualifier: anything but EXACT. */
  approximate: boolean;
  text: string;
}

export interface EvidenceRecord {
  sourceId: string;
  quote: string;
  start: number;
  end: number;
}

export interface SourceRecord {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  author: string | null;
  date: string | null;
  /** Where it was published, when recorded. */
  url: string | null;
  text: string;
  /** Whose news the source relays (据民政部网站消息), with the quotes that say so; null when it says none. */
  attribution: AttributionRecord | null;
}

export interface AttributionRecord {
  /** The entity (an organisation) whose news the source relays. */
  entityId: string;
  evidence: EvidenceRecord[];
}

/**
 * Another source's reading of a single-valued field of an entity, kept beside the value the entity
 * holds rather than overwriting it (docs/data-model.md: disagreements). Only nameEn has readings
 * so far.
 */
export interface VariantRecord {
  field: 'nameEn';
  value: string;
  /** The source that reads the field this way: one of the entity's evidence sources. */
  sourceId: string;
}

/** An entity with the kind-specific fields flattened; fields another kind does not have are null. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  collective: boolean;
  quantities: Quantity[];
  evidence: EvidenceRecord[];
  /** Associations: NATIONAL | LOCAL. */
  scope: string | null;
  /** Regions: COUNTRY | PROVINCE | CITY | AREA. */
  level: string | null;
  /** Meetings: ISO 8601 date. */
  date: string | null;
  /** Relief actions: one of the ReliefCategory values. */
  category: string | null;
  /** Relief actions: one of the Activity values. */
  activity: string | null;
  /** Groups: one of the GroupKind values. */
  groupKind: string | null;
  /** Statements: one of the StatementKind values. */
  statementKind: string | null;
  /** Instruments: one of the InstrumentKind values. */
  instrumentKind: string | null;
  /** Where nameEn comes from: OFFICIAL, TRANSLATION or DESCRIPTION (null without a nameEn). */
  nameEnSource: string | null;
  /** Other sources' readings of nameEn, by source id; [] when every source agrees. */
  variants: VariantRecord[];
}

/** An entity's own properties: every field of EntityRecord but its evidence and quantities. */
export const ENTITY_PROPERTIES = [
  'id',
  'type',
  'name',
  'nameEn',
  'nameEnSource',
  'aliases',
  'collective',
  'variants',
  ...kindSpecificFields,
] as const satisfies readonly Exclude<keyof EntityRecord, 'evidence' | 'quantities'>[];

export type EntityProperty = (typeof ENTITY_PROPERTIES)[number];

/** A compile error here names a field of EntityRecord that ENTITY_PROPERTIES lacks. */
type UnlistedProperty = Exclude<keyof EntityRecord, EntityProperty | 'evidence' | 'quantities'>;
const everyPropertyListed: [UnlistedProperty] extends [never] ? true : UnlistedProperty = true;
void everyPropertyListed;

export interface RelationRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  quantities: Quantity[];
  evidence: EvidenceRecord[];
}

/** What a revision did to its fact. */
export type RevisionAction = 'CREATE' | 'UPDATE' | 'RETRACT';

/** The kinds of fact a revision can change. */
export type FactKind = 'SOURCE' | 'ENTITY' | 'RELATION';

/**
 * One committed change to one fact. `number` orders every revision of the graph (1, 2, …: the
 * change feed's cursor); a fact's version is the number of its latest revision, 0 for a fact as
 * the seed holds it.
 */
export interface RevisionRecord {
  number: number;
  factId: string;
  kind: FactKind;
  action: RevisionAction;
  /** The writer's key id (never a secret). */
  author: string;
  /** ISO 8601 instant the change was committed. */
  at: string;
  comment: string | null;
  /** Retractions: why. */
  reason: string | null;
  /** The fields the change set or changed (every field of a new fact). */
  changedFields: string[];
  /** The fact as the change left it, JSON (the port record: SourceRecord, EntityRecord or RelationRecord). */
  record: string;
  /** The key the write was sent under (ChangeRequest.idempotencyKey), or null; never published. */
  idempotencyKey?: string | null;
}

/** A fact with its version and retraction, retracted or not. */
export interface FactRecord {
  id: string;
  kind: FactKind;
  /** The number of its latest revision; 0 when it is as the seed holds it. */
  version: number;
  /** The retracting revision, or null while the fact stands. */
  retraction: RevisionRecord | null;
  entity: EntityRecord | null;
  relation: RelationRecord | null;
  source: SourceRecord | null;
}
