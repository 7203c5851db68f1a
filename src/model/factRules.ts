// The rules every fact obeys, whether it comes from seed/ or from a curator: quotes at their offsets, quantities read from a quote, ids, and what may link to what.
import type { EntityRecord, EvidenceRecord, Quantity } from './records.js';
import { idPrefixes, qualifierOfText, relationEnds, type RelationType } from './index.js';

/** One broken rule: the field it concerns (a dotted path) and what is wrong. */
export interface FactProblem {
  field: string;
  problem: string;
}

/** The id every relation has: its ends and type, so the same fact cannot be stored twice. */
export function relationIdOf(relation: { from: string; type: string; to: string }): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

/** An id that does not start with its kind's prefix (`association:` …), or null. */
export function idPrefixProblem(id: string, type: EntityRecord['type']): FactProblem | null {
  const prefix = idPrefixes[type];
  return id.startsWith(prefix) ? null : { field: 'id', problem: `must start with "${prefix}"` };
}

/** A relation end whose kind the relation type may not join (relationEnds), or null. */
export function relationEndProblem(
  type: RelationType,
  end: 'from' | 'to',
  entity: Pick<EntityRecord, 'id' | 'type'>,
): FactProblem | null {
  if ((relationEnds[type][end] as string[]).includes(entity.type)) return null;
  const verb = end === 'from' ? 'start at' : 'end at';
  return { field: end, problem: `${type} cannot ${verb} ${entity.type} ${entity.id}` };
}

/**
 * The offsets of `quote` in `text`: the given ones when the text holds the quote there; without
 * offsets, the quote's only occurrence. A string is the reason there are none: not in the text, in
 * it more than once (give start and end), or not at the given offsets.
 */
export function locateQuote(
  text: string,
  quote: string,
  start: number | null,
  end: number | null,
): { start: number; end: number } | string {
  if (quote.length === 0) return 'the quote is empty';
  if (start !== null || end !== null) {
    if (start === null || end === null) return 'give both start and end, or neither';
    // Checked before slicing: slice() counts a negative offset from the end, and clamps a large one.
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
      return `offsets [${start}, ${end}) are not integers within the source text [0, ${text.length}]`;
    }
    if (end <= start || text.slice(start, end) !== quote) {
      return `quote "${quote}" is not the source text at [${start}, ${end})`;
    }
    return { start, end };
  }
  const first = text.indexOf(quote);
  if (first === -1) return `quote "${quote}" does not occur in the source text`;
  const second = text.indexOf(quote, first + 1);
  if (second !== -1) {
    return `quote "${quote}" occurs more than once in the source text (at ${first} and ${second}): give start and end`;
  }
  return { start: first, end: first + quote.length };
}

/**
 * Evidence that does not match its source text, and quantities not read from one of the fact's
 * own quotes with the qualifier their text's marker states (约 ABOUT, 近 NEARLY …).
 */
export function groundingProblems(
  evidence: readonly EvidenceRecord[],
  quantities: readonly Quantity[],
  texts: ReadonlyMap<string, string>,
): FactProblem[] {
  const problems: FactProblem[] = [];
  evidence.forEach((e, i) => {
    const text = texts.get(e.sourceId);
    if (text === undefined) {
      problems.push({ field: `evidence.${i}.source`, problem: `unknown source "${e.sourceId}"` });
      return;
    }
    const located = locateQuote(text, e.quote, e.start, e.end);
    if (typeof located === 'string') problems.push({ field: `evidence.${i}`, problem: located });
  });
  quantities.forEach((q, i) => {
    if (!evidence.some((e) => e.quote.includes(q.text))) {
      problems.push({
        field: `quantities.${i}.text`,
        problem: `"${q.text}" does not occur in any quote of the record`,
      });
      return;
    }
    const stated = qualifierOfText(q.text);
    if (q.qualifier !== stated) {
      problems.push({
        field: `quantities.${i}.qualifier`,
        problem: `"${q.text}" states ${stated}, not ${q.qualifier}`,
      });
    }
  });
  return problems;
}

/**
 * Variants another source's reading cannot be: citing an unknown source, or a source that does
 * not ground the entity (a source reads only what it names), equal to the value the entity holds,
 * or a second reading of the same field by the same source.
 */
export function variantProblems(
  entity: Pick<EntityRecord, 'nameEn' | 'evidence' | 'variants'>,
  texts: ReadonlyMap<string, string>,
): FactProblem[] {
  const problems: FactProblem[] = [];
  const grounding = new Set(entity.evidence.map((e) => e.sourceId));
  const seen = new Set<string>();
  entity.variants.forEach((v, i) => {
    const at = `variants.${i}`;
    if (!texts.has(v.sourceId)) {
      problems.push({ field: `${at}.source`, problem: `unknown source "${v.sourceId}"` });
    } else if (!grounding.has(v.sourceId)) {
      problems.push({
        field: `${at}.source`,
        problem: `source "${v.sourceId}" is not among the entity's evidence sources`,
      });
    } else if (v.value === entity[v.field]) {
      problems.push({ field: `${at}.value`, problem: `equals the ${v.field} the entity holds` });
    } else if (seen.has(`${v.field} ${v.sourceId}`)) {
      problems.push({
        field: `${at}.source`,
        problem: `source "${v.sourceId}" already has a reading of ${v.field}`,
      });
    }
    seen.add(`${v.field} ${v.sourceId}`);
  });
  return problems;
}
