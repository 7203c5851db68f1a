// Finds the deeds a report states: one per clause that says what an organisation did (its actors, the kind of deed, the numbers in it), each with the clause as its quote.
import type { Activity } from '../model/index.js';
import {
  actorKinds,
  clauseBreak,
  deedWords,
  exampleStart,
  nextDeed,
  statementEnd,
} from './deedPatterns.js';
import type { EntityMention } from './findEntities.js';
import type { QuantityMention } from './findQuantities.js';

export interface DeedMention {
  /** The clause that states the deed, at [start, end). */
  quote: string;
  start: number;
  end: number;
  activity: Activity;
  /** The organisations that did it: the subject of its statement (a 、 list is a joint deed). */
  actors: EntityMention[];
  quantities: QuantityMention[];
  /** The word that gave the activity, e.g. `DONATION:捐款`. */
  rule: string;
  confidence: number;
}

/** The statements of `text`: spans between sentence ends, semicolons and 如，(an example follows). */
function statements(text: string): { start: number; end: number }[] {
  const cuts = new Set<number>([0, text.length]);
  for (let i = 0; i < text.length; i++) if (statementEnd.test(text[i]!)) cuts.add(i).add(i + 1);
  for (const match of text.matchAll(exampleStart)) cuts.add(match.index + match[0].length);
  const sorted = [...cuts].sort((a, b) => a - b);
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    if (end > start && !statementEnd.test(text.slice(start, end))) spans.push({ start, end });
  }
  return spans;
}

/** The kind of deed a clause states, and the word that says so. */
function deedKind(clause: string): { activity: Activity; word: string } | null {
  for (const [activity, words] of deedWords) {
    const word = words.exec(clause);
    if (word) return { activity, word: word[0] };
  }
  return null;
}

/**
 * The actors at the head of a statement: the organisations named before its first verb phrase,
 * joined by 、 和 及 与 以及 or followed by 等 (中国洗涤用品工业协会、…山东省氯碱行业协会等).
 */
function headActors(
  text: string,
  span: { start: number; end: number },
  mentions: readonly EntityMention[],
): { actors: EntityMention[]; end: number } {
  const actors: EntityMention[] = [];
  let at = span.start;
  // Leading words before the subject: 如, 另外, 在…方面, white space.
  const lead =
    /^(?:\s|\d{1,2}月\d{1,2}日[，,]?|[如比]如?[，,]?|例如[，,]?|另外[，,]?|此外[，,]?|同时[，,]?|随后[，,]?|在?[^，,。；;]{1,20}方面[，,]|据[^，,。；;]{1,30}(?:消息|报道|介绍|统计)[，,])*/.exec(
      text.slice(at, span.end),
    );
  at += lead ? lead[0].length : 0;
  // A place that qualifies the subject: 江苏省江阴市的祝塘商会.
  let place = at;
  while (mentions.some((m) => m.start === place && m.kind === 'REGION')) {
    place = mentions.find((m) => m.start === place && m.kind === 'REGION')!.end;
  }
  if (place > at && text[place] === '的') at = place + 1;
  for (;;) {
    const next = mentions.find((m) => m.start === at && actorKinds.has(m.kind));
    if (!next) break;
    actors.push(next);
    at = next.end;
    // A joint deed only when another organisation follows: 及时 is not 及.
    const joint = /^(?:、|和|及|与|以及)/.exec(text.slice(at, span.end));
    const after = joint && mentions.some((m) => m.start === at + joint[0].length);
    if (!joint || !after) break;
    at += joint[0].length;
  }
  const etc = /^等/.exec(text.slice(at, span.end));
  return { actors, end: at + (etc ? etc[0].length : 0) };
}

/**
 * A statement cut where a clause names a new subject (…，重庆工商联餐饮商会组织会员企业捐款捐物):
 * each part is that subject's, the first part its statement's own.
 */
function subjects(
  text: string,
  span: { start: number; end: number },
  mentions: readonly EntityMention[],
): { start: number; end: number }[] {
  const parts = [{ ...span }];
  let at = span.start;
  for (const piece of text.slice(span.start, span.end).split(clauseBreak)) {
    const start = at;
    at += piece.length + 1;
    if (start === span.start) continue;
    if (headActors(text, { start, end: span.end }, mentions).actors.length === 0) continue;
    parts[parts.length - 1]!.end = start - 1;
    parts.push({ start, end: span.end });
  }
  return parts;
}

/** Every deed of `text`, given its entity and quantity mentions, in text order. */
export function findDeeds(
  text: string,
  mentions: readonly EntityMention[],
  quantities: readonly QuantityMention[],
): DeedMention[] {
  const deeds: DeedMention[] = [];
  for (const span of statements(text).flatMap((s) => subjects(text, s, mentions))) {
    const { actors, end: subjectEnd } = headActors(text, span, mentions);
    if (actors.length === 0) continue;
    // 全国工商联：… is a headline or someone's words; 全国工商联的家具商会…, 全国工商联直属商会会员企业…
    // name the subject by what it belongs to: neither says what the organisation did.
    if (/^(?:[:：]|的|直属|所属)/.test(text.slice(subjectEnd, span.end))) continue;
    // One deed per clause that starts with the subject or with 并/还/同时 after it.
    const cuts = [subjectEnd];
    for (const match of text.slice(subjectEnd, span.end).matchAll(nextDeed)) {
      cuts.push(subjectEnd + match.index);
    }
    cuts.push(span.end);
    for (let c = 0; c + 1 < cuts.length; c++) {
      // Within a clause, a comma starts another deed when what follows states another kind
      // (摸排…，有效动员企业提前复工); clauses of no kind belong to the deed before them.
      let deed: DeedMention | null = null;
      let at = cuts[c]!;
      for (const piece of text.slice(at, cuts[c + 1]!).split(clauseBreak)) {
        const start = at;
        const end = at + piece.length;
        at = end + 1;
        const kind = deedKind(piece);
        if (deed && (!kind || kind.activity === deed.activity)) {
          deed.end = end;
          continue;
        }
        if (!kind) continue;
        deed = {
          quote: '',
          start,
          end,
          activity: kind.activity,
          actors,
          quantities: [],
          rule: `${kind.activity}:${kind.word}`,
          confidence: 0.7,
        };
        deeds.push(deed);
      }
    }
  }
  for (const deed of deeds) {
    deed.quote = text.slice(deed.start, deed.end);
    deed.quantities = quantities.filter((q) => q.start >= deed.start && q.end <= deed.end);
  }
  return deeds;
}
