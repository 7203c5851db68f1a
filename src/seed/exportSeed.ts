// Writes the whole graph a backend holds (seed plus curated changes, retracted facts left out) in the seed's own format, so a curated graph can become the next seed (npm run export: src/cli/export.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityRecord, EvidenceRecord, Quantity, RelationRecord, SourceRecord } from '../model/records.js';
import type { GraphBackend } from '../graph/port.js';
import { compareStrings } from '../graph/ordering.js';
import { kindSpecificFields } from '../model/index.js';
import { entityFiles } from '../model/factSchemas.js';

/** Every entity and relation the backend holds, read through the port, in id order. */
export async function readGraph(backend: GraphBackend): Promise<{
  sources: SourceRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
}> {
  const { totalCount } = await backend.findEntities({
    types: null,
    filter: null,
    sort: [],
    offset: 0,
    first: 0,
  });
  const { items: entities } = await backend.findEntities({
    types: null,
    filter: null,
    sort: [{ field: 'id', direction: 'ASC' }],
    offset: 0,
    first: totalCount,
  });
  const hits = await backend.relationsOf(
    entities.map((e) => e.id),
    // Every relation: the largest count Neo4j takes (a 32-bit integer slices its lists).
    { direction: 'OUT', types: null, nodeTypes: null, first: 2 ** 31 - 1 },
  );
  const relations = hits
    .flat()
    .map((hit) => hit.relation)
    .sort((a, b) => compareStrings(a.id, b.id));
  return { sources: await backend.sources(), entities, relations };
}

const evidenceRow = (e: EvidenceRecord) => ({
  source: e.sourceId,
  quote: e.quote,
  start: e.start,
  end: e.end,
});

const quantityRow = (q: Quantity) => ({
  value: q.value,
  unit: q.unit,
  item: q.item,
  qualifier: q.qualifier,
  text: q.text,
});

/** The kind-specific fields a seed record of this kind carries (its file's schema says which). */
function entityRow(entity: EntityRecord): Record<string, unknown> {
  const spec = entityFiles.find((file) => file.type === entity.type)!;
  const shape = (spec.schema as unknown as { shape: Record<string, unknown> }).shape;
  const row: Record<string, unknown> = {
    id: entity.id,
    name: entity.name,
    nameEn: entity.nameEn,
    nameEnSource: entity.nameEnSource,
    aliases: entity.aliases,
    ...(entity.collective ? { collective: true } : {}),
  };
  for (const field of kindSpecificFields) {
    if (field in shape) row[field] = entity[field];
  }
  row.evidence = entity.evidence.map(evidenceRow);
  row.quantities = entity.quantities.map(quantityRow);
  // Left out when empty, as the seed files hold none.
  if (entity.variants.length > 0) {
    row.variants = entity.variants.map((v) => ({
      field: v.field,
      value: v.value,
      source: v.sourceId,
    }));
  }
  return row;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the graph as a seed folder: sources.json with one text file each, entity files, relations.json. */
export async function exportSeed(backend: GraphBackend, dir: string): Promise<{
  sources: number;
  entities: number;
  relations: number;
}> {
  const graph = await readGraph(backend);
  await mkdir(path.join(dir, 'source'), { recursive: true });
  await mkdir(path.join(dir, 'entities'), { recursive: true });
  const sources = [];
  for (const source of graph.sources) {
    const file = `source/${source.id}.txt`;
    await writeFile(path.join(dir, file), source.text);
    sources.push({
      id: source.id,
      title: source.title,
      titleEn: source.titleEn,
      publisher: source.publisher,
      author: source.author,
      date: source.date,
      ...(source.url ? { url: source.url } : {}),
      file,
      attribution: source.attribution && {
        entity: source.attribution.entityId,
        evidence: source.attribution.evidence.map(evidenceRow),
      },
    });
  }
  await writeFile(path.join(dir, 'sources.json'), json(sources));
  for (const spec of entityFiles) {
    const rows = graph.entities.filter((e) => e.type === spec.type).map(entityRow);
    await writeFile(path.join(dir, spec.file), json(rows));
  }
  const relations = graph.relations.map((r) => ({
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    evidence: r.evidence.map(evidenceRow),
    quantities: r.quantities.map(quantityRow),
  }));
  await writeFile(path.join(dir, 'relations.json'), json(relations));
  return {
    sources: sources.length,
    entities: graph.entities.length,
    relations: relations.length,
  };
}
