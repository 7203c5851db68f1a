// Turns a curator's input into port records, checked by the seed's own rules (src/seed: zod schemas and factRules): the one place a write is validated, for both adapters.
import type { z } from 'zod';
import { canonicalJson } from '../graph/revisions.js';
import type {
  EntityRecord,
  EvidenceRecord,
  FactRecord,
  Quantity,
  RelationRecord,
  SourceRecord,
} from '../model/records.js';
import {
  entityTypes,
  isApproximate,
  kindSpecificFields,
  qualifierOfText,
  relationTypes,
  type EntityType,
  type KindSpecificField,
  type QuantityQualifier,
  type RelationType,
} from '../model/index.js';
import {
  groundingProblems,
  idPrefixProblem,
  locateQuote,
  relationEndProblem,
  relationIdOf,
  variantProblems,
  type FactProblem,
} from '../model/factRules.js';
import {
  entityFiles,
  relationSchema,
  sourceIdSchema,
  sourceSchema,
  textProblem,
} from '../model/factSchemas.js';

/** A write the model or the evidence refuses: the field and the reason (BAD_USER_INPUT). */
export class InvalidWriteError extends Error {
  override name = 'InvalidWriteError';

  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

/** A write that names a fact that does not exist (NOT_FOUND). */
export class FactNotFoundError extends Error {
  override name = 'FactNotFoundError';
}

export interface EvidenceInput {
  source: string;
  quote: string;
  start?: number | null;
  end?: number | null;
}

export interface QuantityInput {
  value: number;
  unit: string;
  item?: string | null;
  text: string;
  qualifier?: QuantityQualifier | null;
}

export interface SourceInput {
  id: string;
  title: string;
  titleEn?: string | null;
  publisher?: string | null;
  author?: string | null;
  date?: string | null;
  url?: string | null;
  text: string;
}

export interface VariantInput {
  /** Checked by the seed's schema: only nameEn so far. */
  field: string;
  value: string;
  source: string;
}

export type EntityInput = {
  id: string;
  type: string;
  name: string;
  nameEn: string;
  nameEnSource: string;
  aliases?: string[] | null;
  collective?: boolean | null;
  evidence: EvidenceInput[];
  quantities?: QuantityInput[] | null;
  variants?: VariantInput[] | null;
} & { [K in KindSpecificField]?: string | null };

export interface RelationInput {
  type: string;
  from: string;
  to: string;
  evidence: EvidenceInput[];
  quantities?: QuantityInput[] | null;
}

/** What checking needs to know of the graph: the source texts. */
export interface WriteContext {
  texts: ReadonlyMap<string, string>;
  /** Longest source text, in characters. */
  maxTextLength: number;
}

function refuse(problem: FactProblem | undefined, prefix = ''): void {
  if (problem) throw new InvalidWriteError(`${prefix}${problem.field}`, problem.problem);
}

/** The first zod issue as an InvalidWriteError; `field`: the name of a value that is one field. */
export function parsed<S extends z.ZodType>(
  schema: S,
  value: unknown,
  field = 'input',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new InvalidWriteError(issue.path.join('.') || field, issue.message);
}

const evidenceRow = (e: EvidenceRecord) => ({
  source: e.sourceId,
  quote: e.quote,
  start: e.start,
  end: e.end,
});

const quantityRow = ({ approximate: _approximate, ...q }: Quantity) => q;

export function checkSource(input: SourceInput, context: WriteContext): SourceRecord {
  parsed(sourceIdSchema, input.id, 'id');
  if (input.text.length > context.maxTextLength) {
    throw new InvalidWriteError(
      'text',
      `at most ${context.maxTextLength} characters; got ${input.text.length}`,
    );
  }
  if (input.text.trim().length === 0) throw new InvalidWriteError('text', 'must not be empty');
  // The rule the seed loader applies to a source file's text.
  const badText = textProblem(input.text);
  if (badText) throw new InvalidWriteError('text', badText);
  // The seed's own schema, so a curated source exports as a valid seed record.
  const row = parsed(sourceSchema, {
    id: input.id,
    title: input.title,
    titleEn: input.titleEn ?? null,
    publisher: input.publisher ?? null,
    author: input.author ?? null,
    date: input.date ?? null,
    url: input.url ?? null,
    file: `source/${input.id}.txt`,
  });
  const { file: _file, attribution: _attribution, ...fields } = row;
  return { ...fields, text: input.text, attribution: null };
}

/** Evidence with its offsets: checked where given, found where the quote occurs once. */
function evidenceOf(inputs: readonly EvidenceInput[], context: WriteContext): EvidenceRecord[] {
  if (inputs.length === 0) throw new InvalidWriteError('evidence', 'at least one quote is needed');
  return inputs.map((e, i) => {
    const text = context.texts.get(e.source);
    if (text === undefined) {
      throw new InvalidWriteError(`evidence.${i}.source`, `unknown source "${e.source}"`);
    }
    const located = locateQuote(text, e.quote, e.start ?? null, e.end ?? null);
    if (typeof located === 'string') throw new InvalidWriteError(`evidence.${i}`, located);
    return { sourceId: e.source, quote: e.quote, ...located };
  });
}

function quantitiesOf(inputs: readonly QuantityInput[] | null | undefined): Quantity[] {
  return (inputs ?? []).map((q, i) => {
    if (!Number.isFinite(q.value)) {
      throw new InvalidWriteError(`quantities.${i}.value`, 'must be a finite number');
    }
    const qualifier = q.qualifier ?? qualifierOfText(q.text);
    return {
      value: q.value,
      unit: q.unit,
      item: q.item ?? null,
      qualifier,
      approximate: isApproximate(qualifier),
      text: q.text,
    };
  });
}

function checkGrounding(
  evidence: EvidenceRecord[],
  quantities: Quantity[],
  context: WriteContext,
): void {
  refuse(groundingProblems(evidence, quantities, context.texts)[0]);
}

/**
 * The entity as the port stores it. Kind-specific fields and everything else are checked by the
 * seed's schema of that kind (a field another kind has is refused), so a curated entity exports
 * as a valid seed record. `existing`: the fact with this id, whose kind must not change.
 */
export function checkEntity(
  input: EntityInput,
  existing: FactRecord | null,
  context: WriteContext,
): EntityRecord {
  if (!(entityTypes as readonly string[]).includes(input.type)) {
    throw new InvalidWriteError('type', `unknown entity type ${input.type}`);
  }
  const type = input.type as EntityType;
  refuse(idPrefixProblem(input.id, type) ?? undefined);
  if (existing && existing.kind !== 'ENTITY') {
    throw new InvalidWriteError('id', `${input.id} is a ${existing.kind.toLowerCase()}`);
  }
  if (existing?.entity && existing.entity.type !== type) {
    throw new InvalidWriteError(
      'type',
      `${input.id} is a ${existing.entity.type}; kinds do not change`,
    );
  }
  const evidence = evidenceOf(input.evidence, context);
  const quantities = quantitiesOf(input.quantities);
  const spec = entityFiles.find((file) => file.type === type)!;
  const specific = Object.fromEntries(
    kindSpecificFields
      .filter((field) => input[field] != null)
      .map((field) => [field, input[field]]),
  );
  const row = parsed(spec.schema, {
    id: input.id,
    name: input.name,
    nameEn: input.nameEn,
    nameEnSource: input.nameEnSource,
    aliases: input.aliases ?? [],
    collective: input.collective ?? false,
    evidence: evidence.map(evidenceRow),
    quantities: quantities.map(quantityRow),
    variants: (input.variants ?? []).map((v) => ({
      field: v.field,
      value: v.value,
      source: v.source,
    })),
    ...specific,
  }) as Record<string, unknown>;
  checkGrounding(evidence, quantities, context);
  const variants = (row.variants as { field: 'nameEn'; value: string; source: string }[]).map(
    (v) => ({ field: v.field, value: v.value, sourceId: v.source }),
  );
  refuse(variantProblems({ nameEn: row.nameEn as string, evidence, variants }, context.texts)[0]);
  const field = (name: KindSpecificField) =>
    typeof row[name] === 'string' ? (row[name] as string) : null;
  return {
    id: input.id,
    type,
    name: row.name as string,
    nameEn: row.nameEn as string,
    nameEnSource: row.nameEnSource as string,
    aliases: row.aliases as string[],
    collective: row.collective as boolean,
    quantities,
    evidence,
    variants,
    scope: field('scope'),
    level: field('level'),
    date: field('date'),
    category: field('category'),
    activity: field('activity'),
    groupKind: field('groupKind'),
    statementKind: field('statementKind'),
    instrumentKind: field('instrumentKind'),
  };
}

/** The relation as the port stores it; `ends`: the standing entities at `from` and `to` (null: unknown). */
export function checkRelation(
  input: RelationInput,
  ends: { from: EntityRecord | null; to: EntityRecord | null },
  context: WriteContext,
): RelationRecord {
  if (!(relationTypes as readonly string[]).includes(input.type)) {
    throw new InvalidWriteError('type', `unknown relation type ${input.type}`);
  }
  const type = input.type as RelationType;
  for (const end of ['from', 'to'] as const) {
    const entity = ends[end];
    if (!entity) throw new InvalidWriteError(end, `unknown entity "${input[end]}"`);
    refuse(relationEndProblem(type, end, entity) ?? undefined);
  }
  const evidence = evidenceOf(input.evidence, context);
  const quantities = quantitiesOf(input.quantities);
  const id = relationIdOf(input);
  // The seed's own schema, so a curated relation exports as a valid seed record.
  parsed(relationSchema, {
    id,
    type,
    from: input.from,
    to: input.to,
    evidence: evidence.map(evidenceRow),
    quantities: quantities.map(quantityRow),
  });
  checkGrounding(evidence, quantities, context);
  return { id, type, from: input.from, to: input.to, evidence, quantities };
}

/** The fields that differ between two versions of a record (every field of a new one). */
export function changedFields(before: object | null, after: object): string[] {
  const old = (before ?? {}) as Record<string, unknown>;
  return Object.entries(after)
    .filter(([key, value]) => before === null || canonicalJson(old[key]) !== canonicalJson(value))
    .map(([key]) => key);
}
