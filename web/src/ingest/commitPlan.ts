// The writes a review commits, in order (the source, the entities new and linked, the relief actions, then their relations), sent together as one commitBatch, and what stops the review from being committed at all.
import {
  idPrefixes,
  kindSpecificFields,
  relationEnds,
  type EntityType,
} from '../../../src/model/index.js';
import {
  detailFields,
  nameOf,
  quoteOf,
  type DeedDraft,
  type EntityDraft,
  type Review,
} from './review.js';

/** One write: which proposal it comes from (`source`, `entity-3`, `deed-2`) and the fact it writes. */
export interface PlannedWrite {
  ref: string;
  factId: string;
  mutation: 'addSource' | 'upsertEntity' | 'addRelation';
  input: Record<string, unknown>;
  /** An upsert's base version: null for a new fact (absent: null). */
  baseVersion?: number | null;
  /**
   * An entity the graph holds, to gain the new report's evidence: its input is made from what the
   * graph holds when the review is committed (extendedWrite), keeping every field.
   */
  /**
   * A linked entity's gain: the report's name and quote, and the report's English name when the
   * curator gave one (kept beside the graph's as a variant when they differ, never over it).
   */
  extends?: { name: string; nameEn: string; evidence: EvidenceInput };
}

export interface EvidenceInput {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** An entity as the graph holds it (read just before committing), with its version. */
export interface CurrentEntity {
  version: number;
  entity: {
    id: string;
    type: string;
    name: string;
    nameEn: string | null;
    nameEnSource: string | null;
    aliases: string[];
    collective?: boolean | null;
    /** Other sources' readings of its English name (absent from a server without variants). */
    variants?: { field: string; value: string; source: { id: string } }[];
    evidence: { quote: string; start: number; end: number; source: { id: string } }[];
    quantities: {
      value: number;
      unit: string;
      item: string | null;
      qualifier: string;
      text: string;
    }[];
  } & Record<string, unknown>;
}

/**
 * A linked entity's write: the entity as the graph holds it, every field kept, with the new
 * report's quote appended to its evidence, the curator's name added as an alias when it is
 * neither its name nor an alias already, and the curator's English name, when it differs from the
 * graph's, kept as this report's variant (a disagreement both sides of which stay); based on the
 * version read.
 */
export function extendedWrite(write: PlannedWrite, current: CurrentEntity): PlannedWrite {
  const { entity } = current;
  const added = write.extends!;
  const aliases =
    added.name === entity.name || entity.aliases.includes(added.name)
      ? entity.aliases
      : [...entity.aliases, added.name];
  const variants = (entity.variants ?? []).map((v) => ({
    field: v.field,
    value: v.value,
    source: v.source.id,
  }));
  const source = added.evidence.source;
  const reading = added.nameEn.trim();
  if (
    reading &&
    reading !== entity.nameEn &&
    !variants.some((v) => v.field === 'nameEn' && v.source === source)
  )
    variants.push({ field: 'nameEn', value: reading, source });
  const specific = Object.fromEntries(
    kindSpecificFields.flatMap((field) => (entity[field] == null ? [] : [[field, entity[field]]])),
  );
  return {
    ...write,
    baseVersion: current.version,
    input: {
      id: entity.id,
      type: entity.type,
      name: entity.name,
      nameEn: entity.nameEn,
      nameEnSource: entity.nameEnSource,
      aliases,
      ...(entity.collective == null ? {} : { collective: entity.collective }),
      ...specific,
      evidence: [
        ...entity.evidence.map((e) => ({
          source: e.source.id,
          quote: e.quote,
          start: e.start,
          end: e.end,
        })),
        added.evidence,
      ],
      quantities: entity.quantities.map((q) => ({
        value: q.value,
        unit: q.unit,
        item: q.item,
        qualifier: q.qualifier,
        text: q.text,
      })),
      ...(entity.variants === undefined ? {} : { variants }),
    },
  };
}

/** Why a proposal cannot be committed as it stands. */
export interface Problem {
  ref: string;
  message: string;
}

export interface CommitPlan {
  writes: PlannedWrite[];
  problems: Problem[];
  /** Entities of the graph that accepted proposals link to: they must still stand. */
  linked: string[];
}

const sourceId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slugPattern = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An English name as an id's slug: lower case, ASCII letters and digits, joined by hyphens. */
export function slugOf(english: string): string {
  return english
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** The id an accepted entity proposal is written or linked under; null when rejected. */
export function entityIdOf(entity: EntityDraft): string | null {
  if (!entity.accepted) return null;
  if (entity.existingId) return entity.existingId;
  if (entity.id.trim()) return entity.id.trim();
  const slug = slugOf(entity.nameEn);
  return slug ? `${idPrefixes[entity.kind as EntityType] ?? ''}${slug}` : '';
}

export function deedIdOf(review: Review, deed: DeedDraft): string {
  return deed.id.trim() || `action:${review.source.id}-${deed.ref.replace('deed-', '')}`;
}

function activityWords(activity: string): string {
  const words = activity.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function spanProblem(review: Review, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > review.text.length)
    return `its span ${start}–${end} is outside the text (0–${review.text.length})`;
  if (end <= start) return 'its span is empty';
  const quoted = review.text.slice(start, end);
  if (quoted.trim() !== quoted) return 'its span starts or ends with a space';
  return null;
}

function sourceWrite(review: Review, problems: Problem[]): PlannedWrite {
  const source = review.source;
  if (!sourceId.test(source.id)) {
    problems.push({
      ref: 'source',
      message: 'Source id: lower-case letters, digits and hyphens (e.g. acfic-notice-2020-03-01).',
    });
  }
  if (!source.title.trim()) problems.push({ ref: 'source', message: 'The source needs a title.' });
  return {
    ref: 'source',
    factId: source.id,
    mutation: 'addSource',
    input: {
      id: source.id,
      title: source.title.trim(),
      publisher: source.publisher,
      date: source.published,
      url: source.url,
      text: review.text,
    },
  };
}

function entityWrite(review: Review, entity: EntityDraft, problems: Problem[]): PlannedWrite {
  const problem = (message: string) => problems.push({ ref: entity.ref, message });
  const span = spanProblem(review, entity.start, entity.end);
  if (span) problem(`The name: ${span}.`);
  const id = entityIdOf(entity) ?? '';
  const prefix = idPrefixes[entity.kind as EntityType];
  // Without an English name there is no id to check yet: one problem, not two.
  if (!entity.nameEn.trim()) problem('It needs an English name.');
  else if (!prefix) problem(`${entity.kind} is not a kind of entity.`);
  else if (!slugPattern.test(id) || !id.startsWith(prefix))
    problem(`Its id "${id}" must be ${prefix}<slug> (a-z, 0-9, -).`);
  const detail = detailFields[entity.kind];
  const name = nameOf(review, entity);
  return {
    ref: entity.ref,
    factId: id,
    mutation: 'upsertEntity',
    input: {
      id,
      type: entity.kind,
      name,
      nameEn: entity.nameEn.trim(),
      nameEnSource: entity.nameEnSource,
      ...(detail ? { [detail.field]: entity.detail } : {}),
      evidence: [{ source: review.source.id, quote: name, start: entity.start, end: entity.end }],
    },
  };
}

/** The deed's relief action and its relations: PERFORMED from each actor, TARGETED to its target. */
function deedWrites(
  review: Review,
  deed: DeedDraft,
  entities: ReadonlyMap<string, EntityDraft>,
  problems: Problem[],
): PlannedWrite[] {
  const problem = (message: string) => problems.push({ ref: deed.ref, message });
  const span = spanProblem(review, deed.start, deed.end);
  if (span) problem(`The quote: ${span}.`);
  const quote = quoteOf(review, deed);
  const evidence = [{ source: review.source.id, quote, start: deed.start, end: deed.end }];
  const ends = (key: string, role: 'actor' | 'target', allowed: readonly string[]) => {
    const entity = entities.get(key);
    if (!entity) {
      problem(`Its ${role} ${key} is not a proposal.`);
      return null;
    }
    const name = nameOf(review, entity);
    if (!entity.accepted) {
      problem(`Its ${role} ${name} is rejected: accept it, or choose another.`);
      return null;
    }
    if (!allowed.includes(entity.kind)) {
      problem(`Its ${role} ${name} is a ${entity.kind}, which cannot be one.`);
      return null;
    }
    return { id: entityIdOf(entity) ?? '', entity };
  };
  if (deed.actors.length === 0) problem('It needs at least one actor.');
  const actors = deed.actors.flatMap((key) => {
    const end = ends(key, 'actor', relationEnds.PERFORMED.from);
    return end ? [end] : [];
  });
  const target = deed.target ? ends(deed.target, 'target', relationEnds.TARGETED.to) : null;
  const quantities = deed.quantities.filter((q) => q.keep);
  for (const q of quantities) {
    if (!quote.includes(q.text)) problem(`The number ${q.text} is not in its quote.`);
    if (!Number.isFinite(q.value)) problem(`The number ${q.text} needs a value.`);
    if (!q.unit.trim()) problem(`The number ${q.text} needs a unit.`);
  }
  const id = deedIdOf(review, deed);
  // A derived id is as good as the source id, whose own problem is reported once.
  if (deed.id.trim() && (!slugPattern.test(id) || !id.startsWith('action:')))
    problem(`Its id "${id}" must be action:<slug> (a-z, 0-9, -).`);
  const actorNames = actors.map(({ entity }) => entity.nameEn.trim() || nameOf(review, entity));
  const nameEn =
    deed.nameEn.trim() ||
    `${activityWords(deed.activity)} by ${actorNames.join(', ') || 'unknown actors'}`;
  const action: PlannedWrite = {
    ref: deed.ref,
    factId: id,
    mutation: 'upsertEntity',
    input: {
      id,
      type: 'RELIEF_ACTION',
      name: quote,
      nameEn,
      nameEnSource: 'DESCRIPTION',
      category: deed.category,
      activity: deed.activity,
      evidence,
      quantities: quantities.map((q) => ({
        value: q.value,
        unit: q.unit.trim(),
        item: q.item?.trim() || null,
        qualifier: q.qualifier,
        text: q.text,
      })),
    },
  };
  const relation = (type: string, from: string, to: string): PlannedWrite => ({
    ref: deed.ref,
    factId: `${from}|${type}|${to}`,
    mutation: 'addRelation',
    input: { type, from, to, evidence },
  });
  return [
    action,
    ...actors.map((actor) => relation('PERFORMED', actor.id, id)),
    ...(target ? [relation('TARGETED', id, target.id)] : []),
  ];
}

/** A linked entity's write: it gains the proposal's quote (its input is read when committing). */
function linkWrite(review: Review, entity: EntityDraft): PlannedWrite {
  const name = nameOf(review, entity);
  return {
    ref: entity.ref,
    factId: entity.existingId!,
    mutation: 'upsertEntity',
    input: {},
    extends: {
      name,
      nameEn: entity.nameEn,
      evidence: { source: review.source.id, quote: name, start: entity.start, end: entity.end },
    },
  };
}

/** Problems of the review as a whole: two proposals writing one id or one name. */
function clashes(writes: PlannedWrite[], problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const write of writes) {
    if (write.mutation !== 'upsertEntity' || write.extends) continue;
    for (const what of ['id', 'name'] as const) {
      const value = `${what}:${String(write.input[what])}`;
      const first = seen.get(value);
      if (first && first !== write.ref) {
        problems.push({
          ref: write.ref,
          message: `Its ${what} "${String(write.input[what])}" is also ${first}'s.`,
        });
      } else seen.set(value, write.ref);
    }
  }
}

export function planCommit(review: Review): CommitPlan {
  const problems: Problem[] = [];
  const byKey = new Map(review.entities.map((entity) => [entity.key, entity]));
  const accepted = review.entities.filter((entity) => entity.accepted);
  // One write per linked entity: two of them in one batch would base on the same version.
  const linkedOnce = new Map<string, EntityDraft>();
  for (const entity of accepted) {
    if (entity.existingId && !linkedOnce.has(entity.existingId)) {
      linkedOnce.set(entity.existingId, entity);
    }
  }
  const writes = [
    sourceWrite(review, problems),
    ...accepted
      .filter((entity) => !entity.existingId)
      .map((entity) => entityWrite(review, entity, problems)),
    ...[...linkedOnce.values()].map((entity) => linkWrite(review, entity)),
    ...review.deeds
      .filter((deed) => deed.accepted)
      .flatMap((deed) => deedWrites(review, deed, byKey, problems)),
  ];
  clashes(writes, problems);
  const linked = [...new Set(accepted.flatMap((entity) => entity.existingId ?? []))];
  return { writes, problems, linked };
}
