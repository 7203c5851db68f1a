// The seed is grounded in the article: quotes at their offsets, numbers from the text, every association named.
import { describe, expect, it } from 'vitest';
import { loadSeed, type SeedGraph } from '../../src/seed/loadSeed.js';

const seed: SeedGraph = await loadSeed();
const text = seed.sources[0]!.text;
const allEvidence = [...seed.entities, ...seed.relations].flatMap((r) =>
  r.evidence.map((e) => ({ id: r.id, ...e })),
);

/** Words that may stand right before an association's name in a sentence. */
const connectors = ['如', '以及', '通过', '委托', '联合', '据'];
/** Phrases ending in 协会/商会/联合会 that name associations in general, not one of them. */
const genericPhrases = ['行业协会商会', '协会商会', '各协会'];

function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Script=Han}/u.test(ch);
}

describe('seed data', () => {
  it('has one source, the verbatim article', () => {
    expect(seed.sources).toHaveLength(1);
    expect(text).toContain('民政部社会组织管理局召开行业协会商会助力复工复产工作交流座谈会');
    // The byline (本报记者 王勇) gives the author; the text dates the meeting (2月21日), not itself.
    expect(text).toContain('本报记者 王勇');
    expect(seed.sources[0]).toMatchObject({ author: '王勇', date: null });
  });

  it('gives every entity and relation evidence whose quote is the text at its offsets', () => {
    for (const record of [...seed.entities, ...seed.relations]) {
      expect(record.evidence.length, record.id).toBeGreaterThan(0);
    }
    const wrong = allEvidence.filter((e) => text.slice(e.start, e.end) !== e.quote);
    expect(wrong).toEqual([]);
  });

  it('reads every quantity from text that occurs in the source', () => {
    const quantities = [...seed.entities, ...seed.relations].flatMap((r) =>
      r.quantities.map((q) => ({ id: r.id, text: q.text, value: q.value })),
    );
    expect(quantities.length).toBeGreaterThan(15);
    expect(quantities.filter((q) => !text.includes(q.text))).toEqual([]);
    expect(quantities.filter((q) => !Number.isFinite(q.value) || q.value <= 0)).toEqual([]);
  });

  it('gives no two entities the same name, and no alias that is another entity’s name', () => {
    const names = seed.entities.map((e) => e.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    const owner = new Map(seed.entities.map((e) => [e.name, e.id]));
    const clashes = seed.entities.flatMap((e) =>
      e.aliases.filter((a) => owner.has(a) && owner.get(a) !== e.id).map((a) => `${e.id}: ${a}`),
    );
    expect(clashes).toEqual([]);
  });

  it('has an entity (name or alias) for every association, chamber or federation the article names', () => {
    const names = seed.entities.flatMap((e) => [e.name, ...e.aliases]);
    const missing: string[] = [];
    for (const match of text.matchAll(/协会|商会|联合会/g)) {
      const end = match.index + match[0].length;
      if (isHan(text[end]) && text.slice(end).startsWith('商会')) continue; // 协会|商会 inside 协会商会
      const starts = (name: string) => end - name.length;
      const named = names.some((name) => {
        const start = starts(name);
        if (start < 0 || text.slice(start, end) !== name) return false;
        // The name must begin where the sentence's noun phrase begins, not in its middle.
        return !isHan(text[start - 1]) || connectors.some((c) => text.slice(0, start).endsWith(c));
      });
      const generic = genericPhrases.some((g) => text.slice(end - g.length, end) === g);
      if (!named && !generic) missing.push(text.slice(Math.max(0, end - 16), end));
    }
    expect(missing).toEqual([]);
  });

  it('links every relief action to at least one actor and every actor-less entity to something', () => {
    const performed = new Set(
      seed.relations.filter((r) => r.type === 'PERFORMED').map((r) => r.to),
    );
    const actions = seed.entities.filter((e) => e.type === 'RELIEF_ACTION');
    expect(actions.filter((a) => !performed.has(a.id)).map((a) => a.id)).toEqual([]);
    const linked = new Set(seed.relations.flatMap((r) => [r.from, r.to]));
    expect(seed.entities.filter((e) => !linked.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
