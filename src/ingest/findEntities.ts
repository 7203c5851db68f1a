// Finds the named entities of a report from its words and the domain's naming patterns alone (no lookup in the graph): each mention with its kind, its span and the rule that found it.
import {
  associationSuffix,
  boundary,
  federationHead,
  federationName,
  genericQualifiers,
  isUnknownName,
  companySuffix,
  governmentSuffix,
  governmentTail,
  hospitalSuffix,
  instrumentSuffix,
  namedAfterQuote,
  nameTags,
  governingVerbs,
  objectVerbs,
  prepositions,
  properTags,
  scopeRegions,
  startsWithRegion,
  type NamedKind,
} from './namingPatterns.js';
import type { Token } from './segmenter.js';

export interface EntityMention {
  kind: NamedKind;
  /** The name as written: the text at [start, end). */
  name: string;
  start: number;
  end: number;
  /** Which pattern found it. */
  rule: string;
  /** How sure the rule is, 0–1: a region-headed association name is surer than a suffix alone. */
  confidence: number;
}

/** Longest name a rule reads leftwards from its suffix, in characters. */
const maxNameLength = 24;

const isBoundary = (token: Token) => token.tag === 'x' && boundary.test(token.word);

/**
 * The tokens before index `end` (exclusive) back to a boundary, a taken span or `maxNameLength`:
 * the window a name ending at `end` may start in.
 */
function windowBefore(tokens: Token[], end: number, taken: (i: number) => boolean): number {
  let i = end;
  const limit = tokens[end]!.end - maxNameLength;
  while (i > 0) {
    const previous = tokens[i - 1]!;
    if (isBoundary(previous) || taken(i - 1) || previous.start < limit) break;
    i -= 1;
  }
  return i;
}

function mention(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  kind: NamedKind,
  rule: string,
  confidence: number,
): EntityMention {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { kind, name: text.slice(start, end), start, end, rule, confidence };
}

/** Every mention of a named entity in `text` (tokenised as `tokens`), in text order. */
export function findEntityMentions(text: string, tokens: Token[]): EntityMention[] {
  const found: EntityMention[] = [];
  const owner = new Array<boolean>(tokens.length).fill(false);
  const take = (from: number, to: number) => {
    for (let i = from; i <= to; i++) owner[i] = true;
  };
  const taken = (i: number) => owner[i]!;

  // Quoted names first: “互联网+行业”模式, “方舱医院”, 《…》.
  for (const match of text.matchAll(/[“《]([^“”《》]{2,30})[”》]/g)) {
    const inner = match[1]!;
    const start = match.index + 1;
    const after = text.slice(start + inner.length + 1, start + inner.length + 5);
    const kind: NamedKind | null = hospitalSuffix.test(inner)
      ? 'HOSPITAL'
      : instrumentSuffix.test(inner) || namedAfterQuote.test(after) || match[0]!.startsWith('《')
        ? 'INSTRUMENT'
        : null;
    if (!kind) continue;
    found.push({
      kind,
      name: inner,
      start,
      end: start + inner.length,
      rule: 'quoted-name',
      confidence: 0.8,
    });
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= start + inner.length) owner[i] = true;
    });
  }

  /** One rule over every token not yet in a name; rules run in order, surest first. */
  const pass = (rule: (token: Token, i: number) => void) => {
    tokens.forEach((token, i) => {
      if (!taken(i)) rule(token, i);
    });
  };

  // Associations: a suffix (read in the text: jieba may split 进出口商|会), and the name back to
  // the nearest region at its head (中国…协会, 武汉市…行业协会).
  for (const match of text.matchAll(new RegExp(associationSuffix.source.replace(/\$$/, ''), 'g'))) {
    const end = match.index + match[0].length;
    const last = tokens.findIndex((t) => t.end >= end);
    if (last === -1 || taken(last)) continue;
    const from = windowBefore(tokens, last, taken);
    let head = -1;
    let rule = 'region-headed-association';
    for (let j = last; j >= from; j--) {
      const t = tokens[j]!;
      if (t.tag === 'p' ? prepositions.has(t.word) : ['u', 'uj', 'ul', 'm'].includes(t.tag)) break;
      if (startsWithRegion(t.word, t.tag)) [head, rule] = [j, 'region-headed-association'];
      else if (federationHead.test(t.word)) [head, rule] = [j, 'federation-chamber'];
    }
    if (last > 0 && genericQualifiers.has(tokens[last - 1]!.word)) continue;
    // No region or federation at its head: a name the dictionary lacks right before the suffix
    // (祝塘商会) is still a chamber's own name; a common noun (直属商会, 各类商会) is not.
    if (head === -1 && last > 0 && isUnknownName(tokens[last - 1]!.word, tokens[last - 1]!.tag)) {
      [head, rule] = [last - 1, 'named-association'];
    }
    if (head === -1) continue;
    const start = tokens[head]!.start;
    const name = text.slice(start, end);
    found.push({
      kind: 'ASSOCIATION',
      name,
      start,
      end,
      rule,
      confidence: rule === 'named-association' ? 0.6 : 0.95,
    });
    take(head, last);
    // A local association names its region (山东省氯碱行业协会: 山东).
    const place = tokens[head]!;
    if (place.tag === 'ns' && !place.word.startsWith('中国')) {
      found.push({ ...mention(text, tokens, head, head, 'REGION', 'association-region', 0.8) });
    }
  }

  // Federations by their short name, alone (全国工商联; 重庆工商联 heads a chamber's name above).
  pass((token, i) => {
    if (token.tag !== 'nt' || !federationName.test(token.word)) return;
    found.push(mention(text, tokens, i, i, 'ASSOCIATION', 'federation-name', 0.9));
    take(i, i);
  });

  // Government bodies: an organisation word with a ministry's suffix (民政部), or a bureau's or
  // commission's last word after the words that name it (社会组织管理局, 发展改革委).
  pass((token, i) => {
    if (token.tag === 'nt' && governmentSuffix.test(token.word)) {
      found.push(mention(text, tokens, i, i, 'GOVERNMENT_BODY', 'government-organisation', 0.9));
      take(i, i);
      return;
    }
    if (!governmentTail.has(token.word)) return;
    let from = i;
    while (from > 0) {
      const previous = tokens[from - 1]!;
      if (isBoundary(previous) || taken(from - 1) || governingVerbs.has(previous.word)) break;
      if (!['n', 'v', 'vn', 'nz', 'l'].includes(previous.tag)) break;
      from -= 1;
    }
    if (from === i || tokens[i]!.end - tokens[from]!.start < 3) return;
    found.push(mention(text, tokens, from, i, 'GOVERNMENT_BODY', 'government-tail', 0.7));
    take(from, i);
  });

  // Hospitals and companies: a suffix after words of a name, one of them a proper noun.
  const suffixed: [RegExp, NamedKind, string][] = [
    [hospitalSuffix, 'HOSPITAL', 'named-hospital'],
    [companySuffix, 'COMPANY', 'named-company'],
  ];
  pass((token, i) => {
    const suffix = suffixed.find(([pattern]) => pattern.test(token.word));
    if (!suffix) return;
    let from = i;
    while (from > 0 && !taken(from - 1) && nameTags.has(tokens[from - 1]!.tag)) from -= 1;
    // A name the dictionary lacks right before the suffix is the whole name (月星集团).
    const unknown =
      i > 0 && !taken(i - 1) && isUnknownName(tokens[i - 1]!.word, tokens[i - 1]!.tag);
    if (unknown) from = i - 1;
    const proper = unknown || tokens.slice(from, i + 1).some((t) => properTags.has(t.tag));
    if (from === i || !proper) return;
    found.push(mention(text, tokens, from, i, suffix[1], suffix[2], 0.85));
    take(from, i);
  });

  // Instruments: a platform, channel or guide named by the words after the verb that makes it.
  pass((token, i) => {
    if (!instrumentSuffix.test(token.word)) return;
    let from = i;
    while (from > 0) {
      const previous = tokens[from - 1]!;
      if (isBoundary(previous) || taken(from - 1) || objectVerbs.has(previous.word)) break;
      if (!nameTags.has(previous.tag) && previous.tag !== 'v') break;
      from -= 1;
    }
    found.push(mention(text, tokens, from, i, 'INSTRUMENT', 'instrument-suffix', 0.6));
    take(from, i);
  });

  // Regions: place names (湖北, 武汉地区) and the words for a whole scope (全国, 全球).
  pass((token, i) => {
    const place = token.tag === 'ns';
    if (!place && !scopeRegions.has(token.word)) return;
    const area = tokens[i + 1]?.word === '地区' ? i + 1 : i;
    found.push(mention(text, tokens, i, area, 'REGION', place ? 'place-name' : 'scope-word', 0.8));
    take(i, area);
  });
  return found.sort((a, b) => a.start - b.start);
}
