// Sources side by side: which sources a quantity is read from, what each source grounds, and where two sources disagree; the pure rules both adapters answer by.
//
// The embedded adapter runs these over its whole graph; the Neo4j adapter counts in Cypher
// (cypher.ts SOURCE_COUNTS, the same rule) and reads the candidate facts of disagreements in one
// statement (DISAGREEMENT_CANDIDATES), then runs `disagreementsOf` here, so both answer alike.
import type { EntityRecord, EvidenceRecord, Quantity, RelationRecord } from '../model/records.js';
import { compareStrings } from './ordering.js';
import type { DisagreementQuery, DisagreementRecord, ReadingRecord, SourceCounts } from './port.js';

/** The sources a quantity is read from: those of the fact's quotes that contain its text, by id. */
export function quantitySources(evidence: readonly EvidenceRecord[], quantity: Quantity): string[] {
  const ids = new Set(
    evidence.filter((e) => e.quote.includes(quantity.text)).map((e) => e.sourceId),
  );
  return [...ids].sort(compareStrings);
}

/** The distinct sources a fact's evidence cites, by id. */
export function evidenceSources(evidence: readonly EvidenceRecord[]): string[] {
  return [...new Set(evidence.map((e) => e.sourceId))].sort(compareStrings);
}

interface Grounded {
  evidence: readonly EvidenceRecord[];
  quantities: readonly Quantity[];
}

/** What each of `ids` grounds among `facts` (port.ts SourceCounts), in the order of `ids`. */
export function sourceCountsOf(
  ids: readonly string[],
  entities: Iterable<Grounded>,
  relations: Iterable<Grounded>,
): SourceCounts[] {
  const counts = new Map<string, SourceCounts>(
    ids.map((id) => [id, { sourceId: id, entities: 0, relations: 0, quantities: 0 }]),
  );
  const add = (fact: Grounded, key: 'entities' | 'relations') => {
    for (const id of evidenceSources(fact.evidence)) {
      const count = counts.get(id);
      if (!count) continue;
      count[key]++;
      count.quantities += fact.quantities.filter((q) =>
        quantitySources(fact.evidence, q).includes(id),
      ).length;
    }
  };
  for (const entity of entities) add(entity, 'entities');
  for (const relation of relations) add(relation, 'relations');
  return ids.map((id) => ({ ...counts.get(id)! }));
}

const byReading = (a: ReadingRecord, b: ReadingRecord) =>
  compareStrings(a.sourceId, b.sourceId) || compareStrings(a.value, b.value);

/**
 * The readings of an entity's nameEn: each variant's, and the value it holds read by every other
 * source of its evidence. A disagreement when they hold two values or more.
 */
function nameReadings(entity: EntityRecord): ReadingRecord[] | null {
  const variants = entity.variants.filter((v) => v.field === 'nameEn');
  if (variants.length === 0) return null;
  const varied = new Set(variants.map((v) => v.sourceId));
  const held =
    entity.nameEn === null
      ? []
      : evidenceSources(entity.evidence)
          .filter((id) => !varied.has(id))
          .map((sourceId) => ({ value: entity.nameEn!, quantity: null, sourceId }));
  const readings = [
    ...held,
    ...variants.map((v) => ({ value: v.value, quantity: null, sourceId: v.sourceId })),
  ].sort(byReading);
  return new Set(readings.map((r) => r.value)).size > 1 ? readings : null;
}

/**
 * A fact's quantities of one unit and item, each read by the sources of the quotes holding its
 * text: a disagreement when two sources read different values.
 */
function quantityGroups(
  fact: Grounded,
): { unit: string; item: string | null; readings: ReadingRecord[] }[] {
  const groups = new Map<
    string,
    { unit: string; item: string | null; readings: ReadingRecord[] }
  >();
  for (const quantity of fact.quantities) {
    const key = JSON.stringify([quantity.unit, quantity.item]);
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { unit: quantity.unit, item: quantity.item, readings: [] }));
    for (const sourceId of quantitySources(fact.evidence, quantity)) {
      group.readings.push({ value: String(quantity.value), quantity, sourceId });
    }
  }
  return [...groups.values()]
    .filter(({ readings }) =>
      readings.some((a) =>
        readings.some((b) => a.sourceId !== b.sourceId && a.quantity!.value !== b.quantity!.value),
      ),
    )
    .map((group) => ({ ...group, readings: group.readings.sort(byReading) }));
}

/** Whether a fact could hold a disagreement: variants, or two quantities from two sources. */
export function mayDisagree(fact: Grounded & { variants?: readonly unknown[] }): boolean {
  if ((fact.variants?.length ?? 0) > 0) return true;
  return fact.quantities.length > 1 && evidenceSources(fact.evidence).length > 1;
}

function compareDisagreements(a: DisagreementRecord, b: DisagreementRecord): number {
  return (
    compareStrings(a.factId, b.factId) ||
    compareStrings(a.field, b.field) ||
    compareStrings(a.unit ?? '', b.unit ?? '') ||
    compareStrings(a.item ?? '', b.item ?? '')
  );
}

/**
 * Every disagreement among `entities` and `relations` (port.ts DisagreementRecord), by fact id,
 * then field, unit and item; only those with a reading of `query.source` when given; the first
 * `query.first`.
 */
export function disagreementsOf(
  entities: Iterable<EntityRecord>,
  relations: Iterable<RelationRecord>,
  query: DisagreementQuery,
): DisagreementRecord[] {
  const found: DisagreementRecord[] = [];
  const none = { unit: null, item: null };
  for (const entity of entities) {
    if (!mayDisagree(entity)) continue;
    const names = nameReadings(entity);
    const fact = { factId: entity.id, entity, relation: null };
    if (names) found.push({ ...fact, field: 'nameEn', ...none, readings: names });
    for (const group of quantityGroups(entity))
      found.push({ ...fact, field: 'quantity', ...group });
  }
  for (const relation of relations) {
    if (!mayDisagree(relation)) continue;
    const fact = { factId: relation.id, entity: null, relation };
    for (const group of quantityGroups(relation))
      found.push({ ...fact, field: 'quantity', ...group });
  }
  return found
    .filter((d) => query.source === null || d.readings.some((r) => r.sourceId === query.source))
    .sort(compareDisagreements)
    .slice(0, query.first);
}
