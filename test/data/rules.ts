// The modelling rules of seed/README.md as checks: each returns the records that break it, so a test can prove it catches them.
import type { EntityRecord, EvidenceRecord, RelationRecord } from '../../src/graph/port.js';
import { qualifierOfText, type EntityType } from '../../src/model/index.js';
import type { SeedGraph } from '../../src/seed/loadSeed.js';

export interface Violation {
  rule: string;
  record: string;
  problem: string;
}

type Check = (seed: SeedGraph) => Violation[];

/** Kinds whose evidence is the places the text names them (a name or an alias), not a passage. */
const named: ReadonlySet<EntityType> = new Set<EntityType>([
  'ASSOCIATION',
  'GOVERNMENT_BODY',
  'COMPANY',
  'HOSPITAL',
  'REGION',
]);

const overlaps = (a: EvidenceRecord, b: EvidenceRecord) => a.start < b.end && b.start < a.end;

function byId(seed: SeedGraph): Map<string, EntityRecord> {
  return new Map(seed.entities.map((e) => [e.id, e]));
}

/** Every quote of a record, with the record's id. */
function quotesOf(seed: SeedGraph) {
  return [...seed.entities, ...seed.relations].flatMap((r) =>
    r.evidence.map((e) => ({ id: r.id, e })),
  );
}

/** A quote states one fact: it never runs over a sentence's end (。). */
const oneSentence: Check = (seed) =>
  quotesOf(seed)
    .filter(({ e }) => e.quote.slice(0, -1).includes('。'))
    .map(({ id, e }) => ({ rule: 'one sentence', record: id, problem: `"${e.quote}" crosses 。` }));

/**
 * A relation's quotes state it: some quote names each end, that is overlaps one of the places its
 * evidence quotes. A quote elsewhere in the text (民政部网站发布的消息显示 for a deed told later)
 * does not state the relation.
 */
const quotesNameBothEnds: Check = (seed) => {
  const entities = byId(seed);
  const problems: Violation[] = [];
  for (const r of seed.relations) {
    for (const end of [r.from, r.to]) {
      const places = entities.get(end)?.evidence ?? [];
      if (!r.evidence.some((q) => places.some((p) => overlaps(q, p)))) {
        problems.push({
          rule: 'quotes name both ends',
          record: r.id,
          problem: `no quote of the relation is where the text names ${end}`,
        });
      }
    }
  }
  return problems;
};

/** Each place an organisation, hospital or region is named quotes its name or an alias. */
const mentionsAreNames: Check = (seed) =>
  seed.entities
    .filter((e) => named.has(e.type))
    .flatMap((e) =>
      e.evidence
        .filter((q) => q.quote !== e.name && !e.aliases.includes(q.quote))
        .map((q) => ({
          rule: 'mentions are names',
          record: e.id,
          problem: `"${q.quote}" is neither its name nor an alias`,
        })),
    );

/**
 * Every mention is quoted: each place the text writes an organisation's, a hospital's or a region's
 * name or alias overlaps one of its own quotes, unless it lies inside a longer name of something
 * else (山东 in 山东省氯碱行业协会, 政府 in 产业集聚地政府, 全国 in 全国性行业协会商会).
 */
const mentionsAllQuoted: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const names = seed.entities.filter(
    (e) => !['RELIEF_ACTION', 'STATEMENT', 'MEETING'].includes(e.type),
  );
  const problems: Violation[] = [];
  for (const e of seed.entities.filter((x) => named.has(x.type))) {
    for (const name of new Set([e.name, ...e.aliases].filter((n) => /\p{Script=Han}/u.test(n)))) {
      for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1)) {
        const place = { sourceId: '', quote: name, start, end: start + name.length };
        const own = e.evidence.some((q) => overlaps(q, place));
        const inside = names.some(
          (o) =>
            o.id !== e.id &&
            o.evidence.some(
              (q) => q.start <= start && place.end <= q.end && q.end - q.start > name.length,
            ),
        );
        if (!own && !inside) {
          problems.push({
            rule: 'mentions all quoted',
            record: e.id,
            problem: `"${name}" at ${start} is not quoted`,
          });
        }
      }
    }
  }
  return problems;
};

/** A section heading: the words between a sentence's end and the next space (。 围绕三个方面下功夫 ). */
const heading = /。 ([^ ,;:。“”、]+) /g;

/**
 * A heading restates its section's claim (积极协调推动企业复工复产), so it is quoted by a statement:
 * the fact is stated twice, and both places carry it.
 */
const headingsQuoted: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const statements = seed.entities.filter((e) => e.type === 'STATEMENT');
  return [...text.matchAll(heading)]
    .map((m) => ({ quote: m[1]!, start: m.index + 2 }))
    .filter(
      (h) =>
        !statements.some((e) => e.evidence.some((q) => q.start === h.start && q.quote === h.quote)),
    )
    .map((h) => ({
      rule: 'headings quoted',
      record: h.quote,
      problem: `the heading at ${h.start} is no statement's quote`,
    }));
};

/**
 * A collective government body stands for one kind of mention only: every place it quotes is its
 * own name (政府, 产业集聚地政府, 政府部门), never a shorter word inside another's name.
 */
const governmentMentionsSplit: Check = (seed) => {
  const governments = seed.entities.filter((e) => e.type === 'GOVERNMENT_BODY');
  /** The place lies inside a longer mention of another government body (政府 in 产业集聚地政府). */
  const withinAnother = (e: EntityRecord, q: EvidenceRecord) =>
    governments.some(
      (o) =>
        o.id !== e.id &&
        o.evidence.some(
          (p) => p.start <= q.start && q.end <= p.end && p.end - p.start > q.end - q.start,
        ),
    );
  return governments
    .filter((e) => e.collective)
    .flatMap((e) => [
      ...e.aliases
        .filter((a) => e.name.includes(a) && a !== e.name)
        .map((a) => ({
          rule: 'government mentions split',
          record: e.id,
          problem: `alias "${a}" is part of its name: a different mention`,
        })),
      ...e.evidence
        .filter((q) => q.quote !== e.name)
        .map((q) => ({
          rule: 'government mentions split',
          record: e.id,
          problem: `"${q.quote}" at ${q.start} is not "${e.name}"`,
        })),
      ...e.evidence
        .filter((q) => withinAnother(e, q))
        .map((q) => ({
          rule: 'government mentions split',
          record: e.id,
          problem: `"${q.quote}" at ${q.start} is part of another body's name`,
        })),
    ]);
};

/** Words that put the beneficiary of a deed next to it: 为…, 向…, 支援…, 发往…, …所需. */
const beneficiaryBefore =
  /(为|向|支援|驰援|发往|面向|对|保障|帮助|协助|支持|指导|提示|负责|减免|减少)[^,;。]*$/;
const beneficiaryAfter = /^(所需|安抚)/;
/** Words that make a place the actor's reach, not whom the deed served. */
const scopeBefore = /(覆盖|在|摸排)$/;
const scopeAfter = /^(大部分|各地|[^,;、。]{0,4}(企业|工作者|人员|门店|城市))/;

/**
 * TARGETED names a beneficiary: in its quote the target is preceded by a word of service (为, 向,
 * 支援 …) or followed by 所需 / 安抚, and never framed as the actor's reach (覆盖全国…, 在全球…,
 * 全国物流企业: a place followed by those who acted there).
 */
const targetsAreBeneficiaries: Check = (seed) => {
  const entities = byId(seed);
  const problems: Violation[] = [];
  for (const r of seed.relations.filter((x) => x.type === 'TARGETED')) {
    const target = entities.get(r.to)!;
    const source = entities.get(r.from)!;
    const mentions = r.evidence.flatMap((q) =>
      target.evidence
        .filter((p) => q.start <= p.start && p.end <= q.end)
        .map((p) => ({
          before: q.quote.slice(0, p.start - q.start),
          after: q.quote.slice(p.end - q.start),
        })),
    );
    const scoped = mentions.filter(
      (m) => scopeBefore.test(m.before) || (target.type === 'REGION' && scopeAfter.test(m.after)),
    );
    // A named thing may carry its beneficiary in its own name (中小企业会员单位“众志成城战疫情互助金”),
    // and then so does the deed that created it.
    const things =
      source.type === 'INSTRUMENT'
        ? [source.name]
        : seed.relations
            .filter((p) => p.type === 'PRODUCED' && p.from === source.id)
            .map((p) => entities.get(p.to)!.name);
    const namedFor = (m: { after: string }) =>
      things.some((name) => m.after.replace(/^“/, '').startsWith(name));
    const served = mentions.filter(
      (m) => beneficiaryBefore.test(m.before) || beneficiaryAfter.test(m.after) || namedFor(m),
    );
    if (scoped.length > 0) {
      problems.push({
        rule: 'targets are beneficiaries',
        record: r.id,
        problem: `the quote frames ${target.name} as the actor's scope`,
      });
    } else if (served.length === 0) {
      problems.push({
        rule: 'targets are beneficiaries',
        record: r.id,
        problem: `no quote names ${target.name} as whom the deed served`,
      });
    }
  }
  return problems;
};

/** MOBILIZED quotes the call: 号召, 动员, 组织, 引导, 呼吁, 招募, 推动, 发动, 协商 or the answer to it (响应). */
const mobilizedQuotesTheCall: Check = (seed) =>
  seed.relations
    .filter((r) => r.type === 'MOBILIZED')
    .filter(
      (r) =>
        !r.evidence.some((q) => /号召|动员|组织|引导|呼吁|招募|推动|发动|协商|响应/.test(q.quote)),
    )
    .map((r) => ({
      rule: 'mobilized quotes the call',
      record: r.id,
      problem: 'no word of calling on',
    }));

/** The words that join a second deed to a first: 除…外，还…, or …，并… / 还… / 同时… / 此外…. */
const secondDeed = /除.*外.*还|[,，;；](并|还|同时|此外)/;

/** One action per deed: no action's own text tells two deeds joined by 除…外，还… or …，并…. */
const oneDeedPerAction: Check = (seed) =>
  seed.entities
    .filter((e) => e.type === 'RELIEF_ACTION')
    .filter((e) => e.evidence.some((q) => secondDeed.test(q.quote)))
    .map((e) => ({
      rule: 'one deed per action',
      record: e.id,
      problem: 'tells two deeds in one (除…外，还… or …，并…)',
    }));

/** A joint deed (联名) is performed by one coalition, never by a member leading the others. */
const jointDeedsByCoalitions: Check = (seed) => {
  const entities = byId(seed);
  const problems: Violation[] = [];
  for (const action of seed.entities.filter((e) => e.type === 'RELIEF_ACTION')) {
    if (!action.evidence.some((q) => q.quote.includes('联名'))) continue;
    const actors = seed.relations
      .filter((r) => r.type === 'PERFORMED' && r.to === action.id)
      .map((r) => entities.get(r.from)!);
    const coalition =
      actors.length === 1 && actors[0]!.groupKind === 'COALITION' ? actors[0]! : null;
    const members = coalition
      ? seed.relations.filter((r) => r.type === 'MEMBER_OF' && r.to === coalition.id)
      : [];
    if (!coalition || members.length === 0) {
      problems.push({
        rule: 'joint deeds by coalitions',
        record: action.id,
        problem: 'a joint deed needs one coalition with its known members as its actor',
      });
    }
  }
  return problems;
};

/** The members of one organisation are MEMBER_OF exactly it, and named after it unless the text names them. */
const memberGroupsBelong: Check = (seed) => {
  const entities = byId(seed);
  const text = seed.sources[0]!.text;
  return seed.entities
    .filter((e) => e.groupKind === 'MEMBERS')
    .flatMap((group) => {
      const owners = seed.relations.filter((r) => r.type === 'MEMBER_OF' && r.from === group.id);
      const owner = owners.length === 1 ? entities.get(owners[0]!.to)! : null;
      if (owner && (group.name.startsWith(owner.name) || text.includes(group.name))) return [];
      return [
        { rule: 'member groups belong', record: group.id, problem: 'no single owner in its name' },
      ];
    });
};

const digits: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  百: 100,
};
const multipliers: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** The value a quantity's text states: 约22亿元 2.2e9, 近百万件 1e6, 上万名 1e4, 十二个 12. */
export function valueOfText(text: string): number | null {
  const body = text.replace(/^(约|近|上|不到|不足|超过|逾|价值)/, '');
  const match = /^([\d.]+|[一二两三四五六七八九十百]+)?([十百千万亿]*)/.exec(body);
  if (!match || (!match[1] && !match[2])) return null;
  let value = 1;
  if (match[1] && /\d/.test(match[1])) value = Number(match[1]);
  else if (match[1]) {
    // 十二 = 12, 三 = 3, 百 = 100 (as in 百万)
    const chars = [...match[1]];
    value = chars.length === 2 && chars[0] === '十' ? 10 + digits[chars[1]!]! : digits[chars[0]!]!;
    if (chars.length === 2 && chars[0] !== '十') value *= digits[chars[1]!]!;
  }
  for (const m of match[2] ?? '') value *= multipliers[m]!;
  return value;
}

/**
 * Numbers are read from the record's own quotes: the text is in one of them, its value is what the
 * text says (亿 1e8, 万 1e4), money is in yuan, and the qualifier is the text's marker.
 */
const quantitiesFromQuotes: Check = (seed) =>
  [...seed.entities, ...seed.relations].flatMap((r: EntityRecord | RelationRecord) =>
    r.quantities.flatMap((q) => {
      const problems: string[] = [];
      if (!r.evidence.some((e) => e.quote.includes(q.text))) {
        problems.push(`"${q.text}" is in none of its quotes`);
      }
      const value = valueOfText(q.text);
      if (value === null || Math.abs(value - q.value) > 1e-9 * Math.max(1, value)) {
        problems.push(`"${q.text}" says ${value}, not ${q.value}`);
      }
      if (q.text.includes('元') !== (q.unit === 'CNY')) problems.push(`"${q.text}" unit ${q.unit}`);
      if (q.qualifier !== qualifierOfText(q.text)) {
        problems.push(`"${q.text}" is ${qualifierOfText(q.text)}, not ${q.qualifier}`);
      }
      if (q.approximate !== (q.qualifier !== 'EXACT')) problems.push('approximate disagrees');
      return problems.map((problem) => ({ rule: 'quantities from quotes', record: r.id, problem }));
    }),
  );

/**
 * Every number the text writes in digits is read: it lies where one of a record's quantities was
 * read from (the quantity's text, inside one of the record's quotes). Dates (2月21日) are fields.
 */
const numbersAllRead: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const read = [...seed.entities, ...seed.relations].flatMap((r: EntityRecord | RelationRecord) =>
    r.quantities.flatMap((q) =>
      r.evidence.flatMap((e) => {
        const places: [number, number][] = [];
        for (let i = e.quote.indexOf(q.text); i >= 0; i = e.quote.indexOf(q.text, i + 1)) {
          places.push([e.start + i, e.start + i + q.text.length]);
        }
        return places;
      }),
    ),
  );
  return [...text.matchAll(/\d+(?:\.\d+)?(?![\d.]*[月日])/g)]
    .filter((m) => !read.some(([start, end]) => start <= m.index && m.index + m[0].length <= end))
    .map((m) => ({
      rule: 'numbers all read',
      record: m[0],
      problem: `the number at ${m.index} is no record's quantity`,
    }));
};

/**
 * English names: written in English, and no two entities share one (nor an alias, in any case); an English acronym only
 * for an official name; OFFICIAL only for organisations and places, DESCRIPTION only (and always)
 * for actions and statements.
 */
const englishNamesDistinct: Check = (seed) => {
  const problems: Violation[] = [];
  const owners = new Map<string, string>();
  for (const e of seed.entities) {
    for (const name of new Set([e.nameEn, ...e.aliases].filter((n): n is string => !!n))) {
      const key = name.normalize('NFKC').toLowerCase();
      const other = owners.get(key);
      if (other && other !== e.id) {
        problems.push({
          rule: 'english names distinct',
          record: e.id,
          problem: `shares "${name}" with ${other}`,
        });
      }
      owners.set(key, e.id);
    }
    if (/\p{Script=Han}/u.test(e.nameEn ?? '')) {
      problems.push({
        rule: 'english names distinct',
        record: e.id,
        problem: `"${e.nameEn}" is not English`,
      });
    }
    const acronyms = e.aliases.filter((a) => /^[A-Z]{2,}$/.test(a));
    if (acronyms.length > 0 && e.nameEnSource !== 'OFFICIAL') {
      problems.push({
        rule: 'english names distinct',
        record: e.id,
        problem: `acronym ${acronyms[0]} for a translated name`,
      });
    }
    const described = e.type === 'RELIEF_ACTION' || e.type === 'STATEMENT';
    if (described !== (e.nameEnSource === 'DESCRIPTION')) {
      problems.push({
        rule: 'english names distinct',
        record: e.id,
        problem: `nameEnSource ${e.nameEnSource}`,
      });
    }
    if (e.nameEnSource === 'OFFICIAL' && !named.has(e.type)) {
      problems.push({
        rule: 'english names distinct',
        record: e.id,
        problem: 'OFFICIAL for a thing with no name of its own',
      });
    }
  }
  return problems;
};

/** PART_OF joins two entities of one kind (a unit to its body, a point to its statement). */
const partsOfTheirKind: Check = (seed) => {
  const entities = byId(seed);
  return seed.relations
    .filter((r) => r.type === 'PART_OF' && entities.get(r.from)!.type !== entities.get(r.to)!.type)
    .map((r) => ({ rule: 'parts of their kind', record: r.id, problem: 'joins two kinds' }));
};

/**
 * What the meeting said is linked to it: each direction, recommendation and observation is STATED
 * by the meeting (or its participants) or is part of a statement that is, or is an assessment the
 * report itself makes.
 */
const statementsHaveASpeaker: Check = (seed) => {
  const stated = new Set(seed.relations.filter((r) => r.type === 'STATED').map((r) => r.to));
  const parent = new Map(
    seed.relations.filter((r) => r.type === 'PART_OF').map((r) => [r.from, r.to]),
  );
  const spoken = (id: string): boolean =>
    stated.has(id) || (parent.has(id) && spoken(parent.get(id)!));
  return seed.entities
    .filter((e) => e.type === 'STATEMENT' && e.statementKind !== 'ASSESSMENT' && !spoken(e.id))
    .map((e) => ({ rule: 'statements have a speaker', record: e.id, problem: 'said by no one' }));
};

export const rules: Record<string, Check> = {
  'one sentence': oneSentence,
  'quotes name both ends': quotesNameBothEnds,
  'mentions are names': mentionsAreNames,
  'mentions all quoted': mentionsAllQuoted,
  'headings quoted': headingsQuoted,
  'government mentions split': governmentMentionsSplit,
  'targets are beneficiaries': targetsAreBeneficiaries,
  'mobilized quotes the call': mobilizedQuotesTheCall,
  'one deed per action': oneDeedPerAction,
  'joint deeds by coalitions': jointDeedsByCoalitions,
  'member groups belong': memberGroupsBelong,
  'quantities from quotes': quantitiesFromQuotes,
  'numbers all read': numbersAllRead,
  'english names distinct': englishNamesDistinct,
  'parts of their kind': partsOfTheirKind,
  'statements have a speaker': statementsHaveASpeaker,
};

export function violations(seed: SeedGraph): Violation[] {
  return Object.values(rules).flatMap((check) => check(seed));
}
