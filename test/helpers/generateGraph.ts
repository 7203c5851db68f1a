// Deterministic synthetic knowledge graphs with the seed's shape (its entity types, relation kinds and their ends).
import type { EntityRecord, RelationRecord, SourceRecord } from '../../src/model/records.js';
import type { EntityType } from '../../src/model/index.js';
import type { SeedGraph } from '../../src/seed/loadSeed.js';
import { idPrefixes as prefixes } from '../../src/model/index.js';

/** mulberry32: a small seeded PRNG, so every run builds the same graph. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** How each kind's Chinese name ends, so names read like the article's and kinds never collide. */
const suffixes: Record<EntityType, string[]> = {
  ASSOCIATION: ['行业协会', '商会', '联合会', '工业协会'],
  GOVERNMENT_BODY: ['部', '委员会', '局'],
  COMPANY: ['集团', '有限公司'],
  HOSPITAL: ['医院', '方舱医院'],
  REGION: ['省', '市', '区'],
  MEETING: ['座谈会'],
  RELIEF_ACTION: ['捐赠口罩', '援建医院', '协助通关', '保障供应', '捐款捐物'],
  GROUP: ['会员企业', '企业', '人员'],
  STATEMENT: ['要推动复工复产', '上下功夫'],
  INSTRUMENT: ['指南', '互助金', '模式'],
  PERSON: ['书记', '记者'],
};

const categories = ['MEDICAL_SUPPLIES', 'HOSPITAL_CONSTRUCTION', 'DONATIONS', 'LIVING_SUPPLIES'];
const activities = ['DONATION', 'PRODUCTION', 'SURVEY', 'ADVOCACY'];
const brandLength = 3;

/** The distinct Chinese characters of the seed's article, in order: the alphabet of synthetic names. */
function alphabet(sources: SourceRecord[]): string[] {
  const chars = new Set<string>();
  for (const s of sources) for (const c of s.text) if (/\p{Script=Han}/u.test(c)) chars.add(c);
  return [...chars].slice(0, 400);
}

/**
 * A 3-character "brand" per index, distinct for distinct indexes (a bijective scramble of the index
 * in base `alphabet.length`), so names are unique and a brand's bigrams are rare, as real names' are.
 */
function brand(index: number, chars: string[]): string {
  const base = chars.length;
  const space = base ** brandLength;
  // 48271 is prime and does not divide the space (2^a * 5^b for 400 characters), so this permutes it.
  let code = (index * 48271) % space;
  let out = '';
  for (let i = 0; i < brandLength; i++) {
    out += chars[code % base];
    code = Math.floor(code / base);
  }
  return out;
}

interface Kind {
  type: string;
  fromType: EntityType;
  toType: EntityType;
  count: number;
}

/**
 * Builds a graph of `relationCount` relations. Entities of each type are the seed's count scaled by
 * relationCount / the seed's relation count; relation kinds (type, start type, end type) keep the
 * seed's proportions. Both ends are drawn with a skew toward low indexes (index = n * u^2), so a few
 * entities become hubs, as the Ministry of Civil Affairs is in the seed.
 */
export function generateGraph(
  seed: SeedGraph,
  relationCount: number,
  seedNumber = 20200221,
): SeedGraph {
  const random = prng(seedNumber);
  const chars = alphabet(seed.sources);
  const scale = relationCount / seed.relations.length;
  const typeOf = new Map(seed.entities.map((e) => [e.id, e.type]));
  const source: SourceRecord = {
    id: 'synthetic',
    title: 'synthetic graph',
    titleEn: null,
    publisher: null,
    author: null,
    date: null,
    url: null,
    text: '',
    attribution: null,
  };

  const byType = new Map<EntityType, EntityRecord[]>();
  const entities: EntityRecord[] = [];
  const seedCounts = new Map<EntityType, number>();
  for (const e of seed.entities) seedCounts.set(e.type, (seedCounts.get(e.type) ?? 0) + 1);
  for (const [type, seedCount] of seedCounts) {
    const count = Math.max(1, Math.round(seedCount * scale));
    const width = String(count).length;
    const list: EntityRecord[] = [];
    for (let i = 0; i < count; i++) {
      const kindSuffixes = suffixes[type];
      const name = brand(i, chars) + kindSuffixes[i % kindSuffixes.length]!;
      list.push({
        id: `${prefixes[type]}syn-${String(i).padStart(width, '0')}`,
        type,
        name,
        nameEn: `${type.toLowerCase().replace('_', ' ')} ${i}`,
        nameEnSource: 'TRANSLATION',
        variants: [],
        aliases: [],
        collective: false,
        quantities:
          type === 'RELIEF_ACTION' && random() < 0.5
            ? [
                {
                  value: Math.round(random() * 1e8),
                  unit: 'CNY',
                  item: null,
                  qualifier: 'EXACT',
                  approximate: false,
                  text: '1亿元',
                },
              ]
            : [],
        evidence: [{ sourceId: source.id, quote: name, start: 0, end: name.length }],
        scope: type === 'ASSOCIATION' ? (random() < 0.6 ? 'NATIONAL' : 'LOCAL') : null,
        level: type === 'REGION' ? ['PROVINCE', 'CITY', 'AREA'][i % 3]! : null,
        date: type === 'MEETING' ? '2020-02-21' : null,
        category: type === 'RELIEF_ACTION' ? categories[i % categories.length]! : null,
        activity: type === 'RELIEF_ACTION' ? activities[i % activities.length]! : null,
        groupKind: type === 'GROUP' ? 'MEMBERS' : null,
        statementKind: type === 'STATEMENT' ? 'RECOMMENDATION' : null,
        instrumentKind: type === 'INSTRUMENT' ? 'GUIDE' : null,
      });
    }
    byType.set(type, list);
    for (const e of list) entities.push(e);
  }

  const kinds = new Map<string, Kind>();
  for (const r of seed.relations) {
    const fromType = typeOf.get(r.from)!;
    const toType = typeOf.get(r.to)!;
    const key = `${r.type} ${fromType} ${toType}`;
    const kind = kinds.get(key) ?? { type: r.type, fromType, toType, count: 0 };
    kind.count += 1;
    kinds.set(key, kind);
  }

  const pick = (type: EntityType) => {
    const list = byType.get(type)!;
    const u = random();
    return list[Math.floor(list.length * u * u)]!;
  };
  const relations: RelationRecord[] = [];
  const ids = new Set<string>();
  const kindList = [...kinds.values()];
  let planned = 0;
  kindList.forEach((kind, k) => {
    // The last kind takes the rounding remainder, so the total is exactly relationCount.
    const count =
      k === kindList.length - 1
        ? relationCount - planned
        : Math.round((kind.count / seed.relations.length) * relationCount);
    planned += count;
    for (let made = 0, tries = 0; made < count && tries < count * 20; tries++) {
      const from = pick(kind.fromType);
      const to = pick(kind.toType);
      const id = `${from.id}|${kind.type}|${to.id}`;
      if (from === to || ids.has(id)) continue;
      ids.add(id);
      relations.push({
        id,
        type: kind.type,
        from: from.id,
        to: to.id,
        quantities: [],
        evidence: [{ sourceId: source.id, quote: from.name, start: 0, end: from.name.length }],
      });
      made++;
    }
  });
  return { sources: [source], entities, relations };
}
