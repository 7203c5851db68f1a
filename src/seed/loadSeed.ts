// Reads and validates seed/ into port records; every failure names the file, the record and the field.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { EntityRecord, EvidenceRecord, Quantity, RelationRecord, SourceRecord } from '../model/records.js';
import type { EntityType } from '../model/index.js';
import type { GraphSnapshot } from '../graph/port.js';
import { isApproximate } from '../model/index.js';
import { repoPath } from '../packageRoot.js';
import {
  groundingProblems,
  idPrefixProblem,
  relationEndProblem,
  relationIdOf,
  variantProblems,
} from '../model/factRules.js';
import { entityFiles, quantitySchema, relationSchema, sourceSchema, textProblem } from '../model/factSchemas.js';

/** The seed as records: the snapshot the embedded adapter is built from and the seeder loads. */
export type SeedGraph = GraphSnapshot;

/** The seed/ folder of this repository. */
export const defaultSeedDir = repoPath(import.meta.url, 'seed');

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly record: string | null,
    readonly field: string | null,
    problem: string,
  ) {
    const where = [file, record && `record ${record}`, field && `field ${field}`].filter(Boolean);
    super(`Invalid seed data: ${where.join(', ')}: ${problem}`);
    this.name = 'SeedError';
  }
}

async function readJsonArray(dir: string, file: string): Promise<unknown[]> {
  let raw: string;
  try {
    raw = await readFile(path.join(dir, file), 'utf8');
  } catch (error) {
    throw new SeedError(file, null, null, `cannot read file (${(error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new SeedError(file, null, null, `not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new SeedError(file, null, null, 'expected a JSON array');
  return parsed;
}

function recordLabel(index: number, raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : null;
  return id ? `#${index} (${id})` : `#${index}`;
}

function parseRecords<S extends z.ZodType>(file: string, rows: unknown[], schema: S): z.output<S>[] {
  return rows.map((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    throw new SeedError(file, recordLabel(index, raw), issue.path.join('.') || null, issue.message);
  });
}

/** The first broken grounding rule (factRules.ts) of a record, as a SeedError. */
function checkGrounding(
  file: string,
  record: string,
  evidence: EvidenceRecord[],
  quantities: Quantity[],
  texts: Map<string, string>,
  /** The field the evidence is, for the error: `attribution.evidence` in sources.json. */
  field = 'evidence',
): void {
  const [first] = groundingProblems(evidence, quantities, texts);
  if (first) {
    throw new SeedError(file, record, first.field.replace(/^evidence/, field), first.problem);
  }
}

type QuantityRow = ReturnType<typeof quantitySchema.parse>;

/** A seed quantity as the port holds it: `approximate` derived from the qualifier. */
function toQuantity(q: QuantityRow): Quantity {
  return { ...q, approximate: isApproximate(q.qualifier) };
}

function toEvidence(e: { source: string; quote: string; start: number; end: number }) {
  return { sourceId: e.source, quote: e.quote, start: e.start, end: e.end };
}

export async function loadSeed(dir: string = defaultSeedDir): Promise<SeedGraph> {
  const sourceRows = parseRecords(
    'sources.json',
    await readJsonArray(dir, 'sources.json'),
    sourceSchema,
  );
  const sources: SourceRecord[] = [];
  for (const [index, s] of sourceRows.entries()) {
    let text: string;
    try {
      text = await readFile(path.join(dir, s.file), 'utf8');
    } catch (error) {
      throw new SeedError(
        'sources.json',
        recordLabel(index, s),
        'file',
        `cannot read ${s.file} (${(error as Error).message})`,
      );
    }
    const badText = textProblem(text);
    if (badText) throw new SeedError('sources.json', recordLabel(index, s), 'file', badText);
    const { file: _file, attribution, ...rest } = s;
    sources.push({
      ...rest,
      text,
      attribution: attribution && {
        entityId: attribution.entity,
        evidence: attribution.evidence.map(toEvidence),
      },
    });
  }
  const texts = new Map(sources.map((s) => [s.id, s.text]));

  const entities: EntityRecord[] = [];
  const byId = new Map<string, EntityRecord>();
  const byName = new Map<string, string>();
  for (const spec of entityFiles) {
    const rows = await readJsonArray(dir, spec.file);
    const records = parseRecords(spec.file, rows, spec.schema);
    records.forEach((r, index) => {
      const label = recordLabel(index, r);
      const badId = idPrefixProblem(r.id, spec.type);
      if (badId) throw new SeedError(spec.file, label, badId.field, badId.problem);
      if (byId.has(r.id)) throw new SeedError(spec.file, label, 'id', 'duplicate id');
      const clash = byName.get(r.name);
      if (clash) throw new SeedError(spec.file, label, 'name', `same name as ${clash}`);
      const evidence = r.evidence.map(toEvidence);
      const quantities = r.quantities.map(toQuantity);
      checkGrounding(spec.file, label, evidence, quantities, texts);
      const entity: EntityRecord = {
        id: r.id,
        type: spec.type as EntityType,
        name: r.name,
        nameEn: r.nameEn,
        nameEnSource: r.nameEnSource,
        aliases: r.aliases,
        collective: r.collective,
        quantities,
        evidence,
        variants: r.variants.map((v) => ({ field: v.field, value: v.value, sourceId: v.source })),
        scope: 'scope' in r ? r.scope : null,
        level: 'level' in r ? r.level : null,
        date: 'date' in r ? r.date : null,
        category: 'category' in r ? r.category : null,
        activity: 'activity' in r ? r.activity : null,
        groupKind: 'groupKind' in r ? r.groupKind : null,
        statementKind: 'statementKind' in r ? r.statementKind : null,
        instrumentKind: 'instrumentKind' in r ? r.instrumentKind : null,
      };
      const [badVariant] = variantProblems(entity, texts);
      if (badVariant) throw new SeedError(spec.file, label, badVariant.field, badVariant.problem);
      entities.push(entity);
      byId.set(entity.id, entity);
      byName.set(entity.name, entity.id);
    });
  }

  const relationFile = 'relations.json';
  const relationRows = parseRecords(
    relationFile,
    await readJsonArray(dir, relationFile),
    relationSchema,
  );
  const relationIds = new Set<string>();
  const relations = relationRows.map((r, index): RelationRecord => {
    const label = recordLabel(index, r);
    for (const end of ['from', 'to'] as const) {
      const entity = byId.get(r[end]);
      if (!entity) throw new SeedError(relationFile, label, end, `unknown entity "${r[end]}"`);
      const badEnd = relationEndProblem(r.type, end, entity);
      if (badEnd) throw new SeedError(relationFile, label, badEnd.field, badEnd.problem);
    }
    const expectedId = relationIdOf(r);
    if (r.id !== expectedId) {
      throw new SeedError(relationFile, label, 'id', `must be "${expectedId}"`);
    }
    if (relationIds.has(r.id)) throw new SeedError(relationFile, label, 'id', 'duplicate id');
    relationIds.add(r.id);
    const evidence = r.evidence.map(toEvidence);
    const quantities = r.quantities.map(toQuantity);
    checkGrounding(relationFile, label, evidence, quantities, texts);
    return { ...r, evidence, quantities };
  });

  sources.forEach((source, index) => {
    if (!source.attribution) return;
    const label = recordLabel(index, source);
    const entity = byId.get(source.attribution.entityId);
    if (!entity) {
      throw new SeedError('sources.json', label, 'attribution.entity', 'unknown entity');
    }
    const { evidence } = source.attribution;
    checkGrounding('sources.json', label, evidence, [], texts, 'attribution.evidence');
  });

  return { sources, entities, relations };
}
