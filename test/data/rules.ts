// The modelling rules of seed/README.md as checks: each returns the records that break it, so a test can prove it catches them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { EntityRecord, EvidenceRecord, RelationRecord } from '../../src/model/records.js';
import {
  activities,
  entityTypes,
  groupKinds,
  instrumentKinds,
  qualifierOfText,
  regionLevels,
  reliefCategories,
  statementKinds,
  type EntityType,
} from '../../src/model/index.js';
import { defaultSeedDir, loadSeed, type SeedGraph } from '../../src/seed/loadSeed.js';

export interface Violation {
  rule: string;
  record: string;
  problem: string;
}

/** seed/name-sources.json: where each alias comes from, and the text word behind each id word no English name uses. */
const nameSourcesSchema = z.strictObject({
  aliases: z.array(
    z.strictObject({
      entity: z.string(),
      alias: z.string(),
      source: z.enum(['TEXT', 'OFFICIAL']),
      list: z.string().min(1).optional(),
    }),
  ),
  idWords: z.record(z.string(), z.string().min(1)),
});
export type NameSources = z.infer<typeof nameSourcesSchema>;

/** The seed the rules read: the graph, and the record of where its names come from. */
export type SeedData = SeedGraph & { names: NameSources };

export async function loadSeedData(dir = defaultSeedDir): Promise<SeedData> {
  const names = nameSourcesSchema.parse(
    JSON.parse(await readFile(path.join(dir, 'name-sources.json'), 'utf8')),
  );
  return { ...(await loadSeed(dir)), names };
}

type Check = (seed: SeedData) => Violation[];

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

/** The words of calling on: 号召, 动员, 组织, 引导, 呼吁, 招募, 推动, 发动, or the answer to a call (响应). */
const call = /号召|动员|组织|引导|呼吁|招募|推动|发动|响应/;

/** MOBILIZED quotes the call (协商, negotiating with, is not one: that is DEALT_WITH). */
const mobilizedQuotesTheCall: Check = (seed) =>
  seed.relations
    .filter((r) => r.type === 'MOBILIZED')
    .filter((r) => !r.evidence.some((q) => call.test(q.quote)))
    .map((r) => ({
      rule: 'mobilized quotes the call',
      record: r.id,
      problem: 'no word of calling on',
    }));

/** The words that join a second deed to a first: 除…外，还…, or …，并… / 还… / 同时… / 此外…. */
const secondDeed = /除.*外.*还|[,，;；](并|还|同时|此外)/;
/** Two verbs of deed joined by 、, each its own deed: 生产、调运 (made the goods, then shipped them). */
const deedVerbs = '生产|调运|运输|采购|捐赠|捐款|寻找|提供|募集';
const verbPair = new RegExp(`(${deedVerbs})、(${deedVerbs})`);

/** The clause of `text` around `index`: between the punctuation marks that end clauses. */
function clauseAt(text: string, index: number): number {
  return [...text.slice(0, index)].filter((c) => /[,，;；。]/.test(c)).length;
}

/**
 * One action per deed: no action's own text tells two deeds joined by 除…外，还…, …，并…, or two verbs
 * of deed joined by 、 (生产、调运); and its numbers all lie in one clause, since numbers in two
 * clauses count two deeds (捐款3.07亿元 / 还捐赠…320吨).
 */
const oneDeedPerAction: Check = (seed) => {
  const text = seed.sources[0]!.text;
  return seed.entities
    .filter((e) => e.type === 'RELIEF_ACTION')
    .flatMap((e) => {
      const problems: string[] = [];
      if (e.evidence.some((q) => secondDeed.test(q.quote))) {
        problems.push('tells two deeds in one (除…外，还… or …，并…)');
      }
      if (e.evidence.some((q) => verbPair.test(q.quote))) {
        problems.push('tells two deeds in one (two verbs joined by 、)');
      }
      const clauses = new Set(
        e.quantities.flatMap((n) =>
          e.evidence
            .filter((q) => q.quote.includes(n.text))
            .map((q) => clauseAt(text, q.start + q.quote.indexOf(n.text))),
        ),
      );
      if (clauses.size > 1) problems.push('its numbers lie in two clauses: two deeds');
      return problems.map((problem) => ({ rule: 'one deed per action', record: e.id, problem }));
    });
};

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

/**
 * An alias is kept only with its source, one row of seed/name-sources.json each: TEXT when the text
 * writes it where it names the entity (over one of the entity's quotes, not inside a longer one:
 * 火神山医院, but not 交易商协会 inside 中国银行间市场交易商协会), OFFICIAL when an official list gives
 * it (`list` names which; an acronym also needs an official English name, see englishNamesDistinct).
 */
const aliasesHaveASource: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const entities = byId(seed);
  const rows = new Map(seed.names.aliases.map((row) => [`${row.entity}|${row.alias}`, row]));
  const flag = (record: string, problem: string) => ({
    rule: 'aliases have a source',
    record,
    problem,
  });
  const stray = seed.names.aliases
    .filter((row) => !entities.get(row.entity)?.aliases.includes(row.alias))
    .map((row) => flag(row.entity, `"${row.alias}" is no alias of it`));
  const unsourced = seed.entities.flatMap((e) =>
    e.aliases.flatMap((alias) => {
      const row = rows.get(`${e.id}|${alias}`);
      if (!row) return [flag(e.id, `"${alias}" has no stated source`)];
      if (row.source === 'TEXT' && !writtenFor(text, e, alias)) {
        return [flag(e.id, `"${alias}" is not written where the text names it`)];
      }
      if (row.source === 'OFFICIAL' && !row.list) {
        return [flag(e.id, `"${alias}" names no official list`)];
      }
      return [];
    }),
  );
  return [...stray, ...unsourced];
};

/** The text writes `alias` where it names `e`: over one of its quotes, and inside no longer one. */
function writtenFor(text: string, e: EntityRecord, alias: string): boolean {
  for (let start = text.indexOf(alias); start >= 0; start = text.indexOf(alias, start + 1)) {
    const place = { sourceId: '', quote: alias, start, end: start + alias.length };
    const longer = e.evidence.some(
      (q) => q.start <= start && place.end <= q.end && q.end - q.start > alias.length,
    );
    if (!longer && e.evidence.some((q) => overlaps(q, place))) return true;
  }
  return false;
}

/** The words of an English phrase or an id, lower case, accents dropped. */
const wordsOf = (phrase: string) =>
  phrase
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** One word in two forms: equal, or differing only in an ending (mask, masks; mobilised, mobilisation). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const stem = Math.max(4, Math.min(a.length, b.length) - 3);
  return a.length >= 4 && b.length >= 4 && a.slice(0, stem) === b.slice(0, stem);
}

/**
 * Ids use only words of the text or the model: each word of an id's slug is a word of the seed's
 * English names (the translations of the text's words), of the model's vocabulary, or a word that
 * name-sources.json glosses with the text's own (remedies 献方); a number is the text's too. An id
 * never states what the text does not (募集资金 is no bond issue, 有意向的医院 are not said to be private).
 */
const idsUseKnownWords: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const model = [
    ...entityTypes,
    ...activities,
    ...reliefCategories,
    ...groupKinds,
    ...instrumentKinds,
    ...statementKinds,
    ...regionLevels,
  ].flatMap(wordsOf);
  const english = seed.entities.flatMap((e) => [e.nameEn ?? '', ...e.aliases]).flatMap(wordsOf);
  const known = [...new Set([...model, ...english])];
  const glossed = (word: string) => {
    const gloss = seed.names.idWords[word];
    return gloss !== undefined && text.includes(gloss);
  };
  return seed.entities.flatMap((e) =>
    wordsOf(e.id.slice(e.id.indexOf(':') + 1))
      .filter((w) => !/^\d+$/.test(w) && !glossed(w) && !known.some((k) => sameWord(w, k)))
      .map((w) => ({
        rule: 'ids use known words',
        record: e.id,
        problem: `"${w}" is a word of no English name, of the model or of a text gloss`,
      })),
  );
};

/**
 * TARGETED never points at the actor's own scope: not at an actor of the deed, nor at the place an
 * actor is in, nor at the place the deed COVERED (its reach is not whom it served).
 */
const targetsOutsideTheActorsScope: Check = (seed) => {
  const outgoing = (type: string, from: string) =>
    seed.relations.filter((r) => r.type === type && r.from === from).map((r) => r.to);
  return seed.relations
    .filter((r) => r.type === 'TARGETED')
    .filter((r) => {
      const actors = seed.relations
        .filter((p) => p.type === 'PERFORMED' && p.to === r.from)
        .map((p) => p.from);
      const own = [
        ...actors,
        ...actors.flatMap((a) => outgoing('LOCATED_IN', a)),
        ...outgoing('COVERED', r.from),
      ];
      return own.includes(r.to);
    })
    .map((r) => ({
      rule: 'targets outside the actor’s scope',
      record: r.id,
      problem: `${r.to} is the actor or its own scope`,
    }));
};

/**
 * The smallest quote that states the fact: a PERFORMED, PARTNERED_WITH or MEMBER_OF quote names no
 * third organisation (the actor's name and the deed's own clause, not the whole list of actors), and
 * a PERFORMED quote tells no other deed (中国证券业协会 … 还积极组织会员…: not the donation before it).
 */
const smallestQuotes: Check = (seed) => {
  const entities = byId(seed);
  const organisations = seed.entities.filter((e) =>
    ['ASSOCIATION', 'GOVERNMENT_BODY', 'COMPANY'].includes(e.type),
  );
  const actions = seed.entities.filter((e) => e.type === 'RELIEF_ACTION');
  const problems: Violation[] = [];
  for (const r of seed.relations) {
    if (!['PERFORMED', 'PARTNERED_WITH', 'MEMBER_OF'].includes(r.type)) continue;
    const ends = [entities.get(r.from)!, entities.get(r.to)!];
    const endPlaces = ends.flatMap((e) => e.evidence);
    const withinAnEnd = (p: EvidenceRecord) =>
      endPlaces.some((e) => e.start <= p.start && p.end <= e.end);
    for (const q of r.evidence) {
      const third = organisations
        .filter((o) => !ends.includes(o))
        .find((o) =>
          o.evidence.some((p) => q.start <= p.start && p.end <= q.end && !withinAnEnd(p)),
        );
      if (third) {
        problems.push({
          rule: 'smallest quotes',
          record: r.id,
          problem: `"${q.quote}" names ${third.id} too`,
        });
      }
      // Another deed's text in the quote, outside the ends' own (deeds may share their object).
      const other =
        r.type === 'PERFORMED' &&
        actions
          .filter((a) => !ends.includes(a))
          .find((a) =>
            a.evidence.some(
              (p) =>
                overlaps(p, q) &&
                !withinAnEnd({
                  ...p,
                  start: Math.max(p.start, q.start),
                  end: Math.min(p.end, q.end),
                }),
            ),
          );
      if (other) {
        problems.push({
          rule: 'smallest quotes',
          record: r.id,
          problem: `"${q.quote}" tells ${other.id} too`,
        });
      }
    }
  }
  return problems;
};

/**
 * A call reaches the deed it calls for: the call word lies in the deed's own text, or before it
 * with no ，并 and no ；or 。 between (…，并为捐赠物资提供免费清关: 并 starts a new deed of the
 * sentence's subject, the association, not of those it called on). 除…外，还… stays inside the call.
 */
const callsReachTheDeed: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const entities = byId(seed);
  const reaches = (q: EvidenceRecord, deed: EvidenceRecord[]) => {
    const word = call.exec(q.quote);
    if (!word) return false;
    const at = q.start + word.index;
    if (deed.some((d) => d.start <= at && at < d.end)) return true;
    const next = deed.filter((d) => d.start >= at).map((d) => d.start);
    return next.length > 0 && !/[;；。]|[,，]并/.test(text.slice(at, Math.min(...next)));
  };
  return (
    seed.relations
      // A MOBILIZED with no call word at all is the previous rule's to report.
      .filter((r) => r.type === 'MOBILIZED' && r.evidence.some((q) => call.test(q.quote)))
      .filter((r) => !r.evidence.some((q) => reaches(q, entities.get(r.from)!.evidence)))
      .map((r) => ({
        rule: 'calls reach the deed',
        record: r.id,
        problem: 'the call does not reach the deed',
      }))
  );
};

/**
 * LOCATED_IN is read off the name: the place is written inside the thing's name (北京医药行业协会), or
 * heads the 、-list of proper names the thing is in (武汉火神山医院、雷神山医院), not past a class in
 * quotation marks (“方舱医院”) nor past 及.
 */
const placesInTheName: Check = (seed) => {
  const text = seed.sources[0]!.text;
  const entities = byId(seed);
  const placed = (q: EvidenceRecord, thing: EntityRecord, place: EntityRecord) => {
    const inQuote = (p: EvidenceRecord) => q.start <= p.start && p.end <= q.end;
    return thing.evidence
      .filter(inQuote)
      .some((t) =>
        place.evidence
          .filter(inQuote)
          .some(
            (p) =>
              (t.start <= p.start && p.end <= t.end) ||
              (p.end <= t.start && /^([^,，;；。、及“”]+、)*$/.test(text.slice(p.end, t.start))),
          ),
      );
  };
  return seed.relations
    .filter((r) => r.type === 'LOCATED_IN')
    .filter((r) => !r.evidence.some((q) => placed(q, entities.get(r.from)!, entities.get(r.to)!)))
    .map((r) => ({
      rule: 'places in the name',
      record: r.id,
      problem: 'no quote writes the place in the name or before the list it heads',
    }));
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
  'aliases have a source': aliasesHaveASource,
  'ids use known words': idsUseKnownWords,
  'targets outside the actor’s scope': targetsOutsideTheActorsScope,
  'smallest quotes': smallestQuotes,
  'calls reach the deed': callsReachTheDeed,
  'places in the name': placesInTheName,
};

export function violations(seed: SeedData): Violation[] {
  return Object.values(rules).flatMap((check) => check(seed));
}
