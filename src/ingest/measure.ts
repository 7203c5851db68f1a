// How well the proposer reads a report the graph already holds: recall and precision of its entity proposals against the curated seed, with the seed's names withheld from it.
import type {
  EntityRecord,
  EvidenceRecord,
  Quantity,
  RelationRecord,
  SourceRecord,
} from '../model/records.js';
import { findDeeds } from './findDeeds.js';
import { findEntityMentions, type EntityMention } from './findEntities.js';
import { findQuantities } from './findQuantities.js';
import { namedKinds } from './namingPatterns.js';
import { tokenize } from './segmenter.js';

export interface EntityScore {
  /** Named seed entities of the kinds the patterns look for (collective groups are not names). */
  expected: number;
  found: number;
  /** Expected entities some proposal names (by name or alias). */
  recalled: number;
  /** Distinct proposed names that are some seed entity's name or alias. */
  correct: number;
  recall: number;
  precision: number;
  missed: string[];
  wrong: string[];
}

const strip = (name: string) => name.replace(/[“”"《》]/g, '');

/** Scores the proposer's entities for `source` against the curated `entities` that quote it. */
export function scoreEntities(
  source: SourceRecord,
  entities: readonly EntityRecord[],
): EntityScore {
  const mentions: EntityMention[] = findEntityMentions(source.text, tokenize(source.text));
  const proposed = [...new Set(mentions.map((m) => strip(m.name)))];
  const names = (e: EntityRecord) => [e.name, ...e.aliases].map(strip);
  const known = new Set(entities.flatMap(names));
  const expected = entities.filter(
    (e) =>
      (namedKinds as readonly string[]).includes(e.type) &&
      !e.collective &&
      e.evidence.some((quote) => quote.sourceId === source.id),
  );
  const proposedSet = new Set(proposed);
  const missed = expected.filter((e) => !names(e).some((n) => proposedSet.has(n)));
  const wrong = proposed.filter((name) => !known.has(name));
  const recalled = expected.length - missed.length;
  return {
    expected: expected.length,
    found: proposed.length,
    recalled,
    correct: proposed.length - wrong.length,
    recall: expected.length === 0 ? 1 : recalled / expected.length,
    precision: proposed.length === 0 ? 1 : (proposed.length - wrong.length) / proposed.length,
    missed: missed.map((e) => `${e.type} ${e.name}`),
    wrong,
  };
}

export interface QuantityScore {
  expected: number;
  found: number;
  /** Seed quantities a proposal reads with the same value, unit and qualifier, at the same words. */
  recalled: number;
  recall: number;
  missed: string[];
}

/** Scores the proposer's quantities for `source` against those of the curated facts that quote it. */
export function scoreQuantities(
  source: SourceRecord,
  facts: readonly { evidence: EvidenceRecord[]; quantities: Quantity[] }[],
): QuantityScore {
  const proposed = findQuantities(source.text, tokenize(source.text));
  const expected = facts
    .filter((fact) => fact.evidence.some((quote) => quote.sourceId === source.id))
    .flatMap((fact) => fact.quantities);
  const missed = expected.filter(
    (q) =>
      !proposed.some(
        (p) =>
          p.value === q.value &&
          p.unit === q.unit &&
          p.qualifier === q.qualifier &&
          (q.text.includes(p.text) || p.text.includes(q.text)),
      ),
  );
  return {
    expected: expected.length,
    found: proposed.length,
    recalled: expected.length - missed.length,
    recall: expected.length === 0 ? 1 : (expected.length - missed.length) / expected.length,
    missed: missed.map((q) => q.text),
  };
}

export interface DeedScore {
  expected: number;
  found: number;
  /** Seed actions a proposal states at their words, with an actor, the activity and every number right. */
  recalled: number;
  recall: number;
  missed: string[];
}

/** Scores the proposer's deeds for `source` against the seed's relief actions and their PERFORMED actors. */
export function scoreDeeds(
  source: SourceRecord,
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
): DeedScore {
  const tokens = tokenize(source.text);
  const mentions = findEntityMentions(source.text, tokens);
  const deeds = findDeeds(source.text, mentions, findQuantities(source.text, tokens));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const actions = entities.filter(
    (e) => e.type === 'RELIEF_ACTION' && e.evidence.some((q) => q.sourceId === source.id),
  );
  const missed = actions.filter((action) => {
    const actors = relations
      .filter((r) => r.type === 'PERFORMED' && r.to === action.id)
      .flatMap((r) => {
        const actor = byId.get(r.from);
        return actor ? [actor.name, ...actor.aliases] : [];
      });
    const spans = action.evidence.filter((q) => q.sourceId === source.id);
    return !deeds.some(
      (deed) =>
        deed.activity === action.activity &&
        spans.some((q) => deed.start < q.end && q.start < deed.end) &&
        deed.actors.some((a) => actors.includes(a.name)) &&
        action.quantities.every((q) =>
          deed.quantities.some((p) => p.value === q.value && p.unit === q.unit),
        ),
    );
  });
  return {
    expected: actions.length,
    found: deeds.length,
    recalled: actions.length - missed.length,
    recall: actions.length === 0 ? 1 : (actions.length - missed.length) / actions.length,
    missed: missed.map((a) => `${a.activity} ${a.name}`),
  };
}
