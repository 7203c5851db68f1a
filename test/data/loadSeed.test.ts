// Malformed seed data fails loading with the file, the record and the field named.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSeedDir, loadSeed, SeedError } from '../../src/seed/loadSeed.js';
import { relationEnds, relationTypes } from '../../src/model/index.js';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

type Row = Record<string, unknown>;
interface Evidence {
  source: string;
  quote: string;
  start: number;
  end: number;
}

/** A copy of seed/ with one file changed by `edit`. */
async function seedWith(file: string, edit: (rows: Row[]) => void) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'seed-'));
  await cp(defaultSeedDir, dir, { recursive: true });
  const target = path.join(dir, file);
  const rows = JSON.parse(await readFile(target, 'utf8')) as Row[];
  edit(rows);
  await writeFile(target, JSON.stringify(rows));
  return dir;
}

/** The SeedError loading `seedDir` fails with (the test fails when it loads). */
async function failureOf(seedDir: string): Promise<SeedError> {
  const error: unknown = await loadSeed(seedDir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the seed loaded').toBeInstanceOf(SeedError);
  return error as SeedError;
}

const articleFile = path.join(defaultSeedDir, 'source', 'mca-report-2020-02-21.txt');

/** The words seed/README.md's relation table uses for kinds of entity, as the loader types them. */
const kindNames: Record<string, string[]> = {
  association: ['ASSOCIATION'],
  government: ['GOVERNMENT_BODY'],
  company: ['COMPANY'],
  group: ['GROUP'],
  organisation: ['ASSOCIATION', 'GOVERNMENT_BODY', 'COMPANY'],
  hospital: ['HOSPITAL'],
  region: ['REGION'],
  meeting: ['MEETING'],
  statement: ['STATEMENT'],
  instrument: ['INSTRUMENT'],
  person: ['PERSON'],
  action: ['RELIEF_ACTION'],
};
const everyKind = [...new Set(Object.values(kindNames).flat())];

/** `a / b`, or `anything but an x or a y`, as entity types. */
function kindsIn(words: string): string[] {
  const but = /^anything but (.+)$/.exec(words);
  if (but) {
    const excluded = but[1]!.split(/,? or |, /).map((w) => w.replace(/^an? /, ''));
    return everyKind.filter((k) => !excluded.some((w) => kindNames[w]!.includes(k)));
  }
  return words.split(' / ').flatMap((w) => {
    const kinds = kindNames[w.trim()];
    if (!kinds) throw new Error(`seed/README.md names an unknown kind: ${w}`);
    return kinds;
  });
}

/**
 * The relation table of seed/README.md: `| \`TYPE\` | from / from -> to / to; … | meaning | … |`.
 * Clauses joined by `;` (PART_OF: government -> government; statement -> statement) are merged:
 * the loader checks each end on its own (test/data/rules.ts holds PART_OF to one kind).
 */
async function documentedEnds(): Promise<Record<string, { from: string[]; to: string[] }>> {
  const readme = await readFile(path.join(defaultSeedDir, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('\n## Relations'), readme.indexOf('\n## Rules'));
  const ends: Record<string, { from: string[]; to: string[] }> = {};
  for (const [, type, cell] of table.matchAll(/^\| `([A-Z_]+)` +\| (.+?) +\|/gm)) {
    const from = new Set<string>();
    const to = new Set<string>();
    for (const clause of cell!.split('; ')) {
      const [start, end] = clause.split(' -> ');
      for (const k of kindsIn(start!)) from.add(k);
      for (const k of kindsIn(end!)) to.add(k);
    }
    ends[type!] = { from: [...from].sort(), to: [...to].sort() };
  }
  return ends;
}

describe('loadSeed', () => {
  it('loads the shipped seed', async () => {
    const seed = await loadSeed();
    expect(seed.entities.length).toBeGreaterThan(100);
    expect(seed.relations.length).toBeGreaterThan(100);
  });

  it('names file, record and field for a missing field', async () => {
    const seedDir = await seedWith('entities/associations.json', (rows) => {
      delete rows[1]!.nameEn;
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(
      /entities\/associations\.json, record #1 \(association:[^)]+\), field nameEn/,
    );
  });

  it('names the evidence whose quote does not match its offsets', async () => {
    const seedDir = await seedWith('entities/hospitals.json', (rows) => {
      const evidence = rows[0]!.evidence as { start: number }[];
      evidence[0]!.start += 1;
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(
      /entities\/hospitals\.json, record #0 \(hospital:[^)]+\), field evidence\.0: quote/,
    );
  });

  it('names a relation that points at an unknown entity', async () => {
    const seedDir = await seedWith('relations.json', (rows) => {
      rows[2]!.to = 'action:does-not-exist';
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(/relations\.json, record #2 .*field to: unknown entity/);
  });

  it('names a quantity whose text is not in the source', async () => {
    const seedDir = await seedWith('entities/relief-actions.json', (rows) => {
      const withNumber = rows.findIndex((r) => (r.quantities as unknown[] | undefined)?.length);
      (rows[withNumber]!.quantities as { text: string }[])[0]!.text = '999亿元';
      rows.unshift(rows.splice(withNumber, 1)[0]!);
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(
      /entities\/relief-actions\.json, record #0 .*field quantities\.0\.text/,
    );
  });

  it('names a file that is not valid JSON', async () => {
    const seedDir = await seedWith('entities/regions.json', () => {});
    await writeFile(path.join(seedDir, 'entities/regions.json'), '[{"id": ');
    await expect(loadSeed(seedDir)).rejects.toThrow(/entities\/regions\.json: not valid JSON/);
  });

  it('reads every record of every file, each field as it is written', async () => {
    const seed = await loadSeed();
    // seed/README.md's kinds, each with the fields of its own.
    const files: [string, string, string[]][] = [
      ['entities/associations.json', 'ASSOCIATION', ['scope']],
      ['entities/government-bodies.json', 'GOVERNMENT_BODY', []],
      ['entities/companies.json', 'COMPANY', []],
      ['entities/groups.json', 'GROUP', ['groupKind']],
      ['entities/hospitals.json', 'HOSPITAL', []],
      ['entities/regions.json', 'REGION', ['level']],
      ['entities/meetings.json', 'MEETING', ['date']],
      ['entities/statements.json', 'STATEMENT', ['statementKind']],
      ['entities/instruments.json', 'INSTRUMENT', ['instrumentKind']],
      ['entities/people.json', 'PERSON', []],
      ['entities/relief-actions.json', 'RELIEF_ACTION', ['category', 'activity']],
    ];
    const ownFields = files.flatMap(([, , own]) => own);
    /** A quantity as loaded: `approximate` derived, true for every qualifier but EXACT. */
    const loaded = (quantities: Row[] = []) =>
      quantities.map((q) => ({ ...q, approximate: q.qualifier !== 'EXACT' }));
    const asLoaded = (e: Evidence) => ({
      sourceId: e.source,
      quote: e.quote,
      start: e.start,
      end: e.end,
    });
    let count = 0;
    for (const [file, type, own] of files) {
      const raw = JSON.parse(await readFile(path.join(defaultSeedDir, file), 'utf8')) as (Row & {
        evidence: Evidence[];
        quantities?: Row[];
      })[];
      expect(raw.length, file).toBeGreaterThan(0);
      count += raw.length;
      for (const record of raw) {
        const extra = Object.fromEntries(
          ownFields.map((f) => [f, own.includes(f) ? record[f] : null]),
        );
        expect(seed.entities.find((e) => e.id === record.id)).toEqual({
          id: record.id,
          type,
          name: record.name,
          nameEn: record.nameEn,
          nameEnSource: record.nameEnSource,
          aliases: record.aliases ?? [],
          collective: record.collective ?? false,
          quantities: loaded(record.quantities),
          evidence: record.evidence.map(asLoaded),
          // The seed files hold no variants: the loader defaults them to none.
          variants: [],
          ...extra,
        });
      }
    }
    expect(seed.entities).toHaveLength(count);
    const relations = JSON.parse(
      await readFile(path.join(defaultSeedDir, 'relations.json'), 'utf8'),
    ) as (Row & { evidence: Evidence[] })[];
    expect(seed.relations).toHaveLength(relations.length);
    relations.forEach((r, i) => {
      expect(seed.relations[i]).toEqual({
        ...r,
        quantities: loaded(r.quantities as Row[] | undefined),
        evidence: r.evidence.map(asLoaded),
      });
    });
    const source = seed.sources[0]!;
    expect(source.text).toBe(await readFile(articleFile, 'utf8'));
    expect(source).not.toHaveProperty('file');
    expect(seed.sources).toHaveLength(1);
  });

  it('fills in the documented defaults of the optional fields', async () => {
    const seedDir = await seedWith('entities/companies.json', (rows) => {
      delete rows[0]!.aliases;
      delete rows[0]!.collective;
      delete rows[0]!.quantities;
    });
    const company = (await loadSeed(seedDir)).entities.find((e) => e.type === 'COMPANY')!;
    expect([company.aliases, company.collective, company.quantities]).toEqual([[], false, []]);
    await rm(dir!, { recursive: true, force: true });
    const relationDir = await seedWith('relations.json', (rows) => {
      delete rows[0]!.quantities;
      // A relation may carry several quotes.
      const evidence = rows[0]!.evidence as Evidence[];
      evidence.push({ ...evidence[0]! });
    });
    const relation = (await loadSeed(relationDir)).relations[0]!;
    expect(relation.quantities).toEqual([]);
    expect(relation.evidence).toHaveLength(2);
  });

  it('grounds a quantity in any source of its evidence, not every one', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seed-'));
    await cp(defaultSeedDir, dir, { recursive: true });
    await writeFile(path.join(dir, 'source', 'second.txt'), '第二篇文章：捐款一百元。');
    const sources = JSON.parse(await readFile(path.join(dir, 'sources.json'), 'utf8')) as Row[];
    sources.push({ id: 'second', title: '第二篇', file: 'source/second.txt' });
    await writeFile(path.join(dir, 'sources.json'), JSON.stringify(sources));
    const file = path.join(dir, 'entities/companies.json');
    const rows = JSON.parse(await readFile(file, 'utf8')) as Row[];
    (rows[0]!.evidence as Evidence[]).push({ source: 'second', quote: '捐款一百元', start: 6, end: 11 });
    rows[0]!.quantities = [{ value: 100, unit: 'CNY', item: null, qualifier: 'EXACT', text: '一百元' }];
    await writeFile(file, JSON.stringify(rows));
    const seed = await loadSeed(dir);
    expect(seed.sources.map((s) => [s.id, s.titleEn, s.publisher])).toEqual([
      ['mca-report-2020-02-21', sources[0]!.titleEn, null],
      ['second', null, null],
    ]);
    expect(seed.entities.find((e) => e.type === 'COMPANY')!.quantities[0]!.text).toBe('一百元');
  });

  it("reads an entity's variants from a second source, and names one that cites no source of its evidence", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'seed-'));
    await cp(defaultSeedDir, dir, { recursive: true });
    await writeFile(path.join(dir, 'source', 'second.txt'), '第二篇文章提到富士康集团。');
    const sources = JSON.parse(await readFile(path.join(dir, 'sources.json'), 'utf8')) as Row[];
    sources.push({ id: 'second', title: '第二篇', file: 'source/second.txt' });
    await writeFile(path.join(dir, 'sources.json'), JSON.stringify(sources));
    const file = path.join(dir, 'entities/companies.json');
    const rows = JSON.parse(await readFile(file, 'utf8')) as Row[];
    (rows[0]!.evidence as Evidence[]).push({ source: 'second', quote: '富士康集团', start: 7, end: 12 });
    rows[0]!.variants = [{ field: 'nameEn', value: 'Hon Hai Group', source: 'second' }];
    await writeFile(file, JSON.stringify(rows));
    const company = (await loadSeed(dir)).entities.find((e) => e.id === rows[0]!.id)!;
    expect(company.variants).toEqual([
      { field: 'nameEn', value: 'Hon Hai Group', sourceId: 'second' },
    ]);

    // A variant must come from a source that grounds the entity.
    (rows[0]!.evidence as Evidence[]).pop();
    await writeFile(file, JSON.stringify(rows));
    const error = await failureOf(dir);
    expect(error.message).toMatch(/entities\/companies\.json, record #0 \(company:[^)]+\), field variants\.0/);
    // And its field is nameEn, the one single-valued field variants are kept for.
    rows[0]!.variants = [{ field: 'name', value: 'Hon Hai Group', source: 'mca-report-2020-02-21' }];
    await writeFile(file, JSON.stringify(rows));
    expect((await failureOf(dir)).message).toMatch(/field variants\.0\.field/);
  });

  it('names a record that is not an object, and an invalid source record', async () => {
    for (const row of [42, null, 'text']) {
      const error = await failureOf(
        await seedWith('entities/hospitals.json', (rows) => {
          rows.unshift(row as unknown as Row);
        }),
      );
      expect(error.record).toBe('#0');
      expect(error.message).toMatch(/^Invalid seed data: entities\/hospitals\.json, record #0: /);
      expect(error.name).toBe('SeedError');
      await rm(dir!, { recursive: true, force: true });
    }
    const source = await failureOf(
      await seedWith('sources.json', (rows) => {
        delete rows[0]!.title;
      }),
    );
    expect(source.message).toMatch(
      /^Invalid seed data: sources\.json, record #0 \(mca-report-2020-02-21\), field title: /,
    );
    await rm(dir!, { recursive: true, force: true });
    const nested = await failureOf(
      await seedWith('relations.json', (rows) => {
        (rows[4]!.evidence as Evidence[])[0]!.quote = ' ';
      }),
    );
    expect(nested.field).toBe('evidence.0.quote');
  });

  it('accepts exactly the relation ends seed/README.md documents, for every relation type', async () => {
    const documented = await documentedEnds();
    expect(Object.keys(documented).sort()).toEqual([...relationTypes].sort());
    const validated = Object.fromEntries(
      Object.entries(relationEnds).map(([type, ends]) => [
        type,
        { from: [...ends.from].sort(), to: [...ends.to].sort() },
      ]),
    );
    expect(validated).toEqual(documented);
  });

  it('refuses a relation whose start is the wrong kind of entity, naming it', async () => {
    const seedDir = await seedWith('relations.json', (rows) => {
      const r = rows.find((x) => x.type === 'LOCATED_IN')!;
      r.from = 'action:hospital-construction-materials';
      r.id = `${r.from}|${r.type}|${r.to}`;
    });
    const error = await failureOf(seedDir);
    expect(error.field).toBe('from');
    expect(error.message).toMatch(
      /LOCATED_IN cannot start at RELIEF_ACTION action:hospital-construction-materials$/,
    );
  });

  it('refuses a relation whose end is the wrong kind of entity, naming it', async () => {
    const seedDir = await seedWith('relations.json', (rows) => {
      const r = rows.find((x) => x.type === 'PERFORMED')!;
      r.to = 'region:wuhan';
      r.id = `${r.from}|${r.type}|${r.to}`;
    });
    const error = await failureOf(seedDir);
    expect(error.field).toBe('to');
    expect(error.message).toMatch(/PERFORMED cannot end at REGION region:wuhan$/);
  });

  it('refuses a relation listed twice (the same id)', async () => {
    const seedDir = await seedWith('relations.json', (rows) => {
      rows.push({ ...rows[3]! });
    });
    const error = await failureOf(seedDir);
    expect(error.record).toMatch(/^#\d+ \(/);
    expect(error.message).toMatch(/relations\.json, record #\d+ \(.+\), field id: duplicate id$/);
  });

  it('refuses a relation whose id is not from|type|to', async () => {
    let first: Row = {};
    const seedDir = await seedWith('relations.json', (rows) => {
      first = rows[0]!;
      rows[0]!.id = 'relation-1';
    });
    const error = await failureOf(seedDir);
    expect(error.message).toBe(
      `Invalid seed data: relations.json, record #0 (relation-1), field id: must be "${String(first.from)}|${String(first.type)}|${String(first.to)}"`,
    );
  });

  it('refuses two entities with the same id, and two with the same name', async () => {
    const duplicated = await failureOf(
      await seedWith('entities/companies.json', (rows) => {
        rows.push({ ...rows[0]!, name: '另一家公司' });
      }),
    );
    expect(duplicated.message).toMatch(/companies\.json, record #\d+ \(company:.+\), field id: duplicate id$/);
    await rm(dir!, { recursive: true, force: true });
    const renamed = await failureOf(
      await seedWith('entities/companies.json', (rows) => {
        rows.push({ ...rows[0]!, id: 'company:a-second-one' });
      }),
    );
    expect(renamed.message).toMatch(/field name: same name as company:/);
  });

  it('refuses an id without its file’s prefix', async () => {
    const error = await failureOf(
      await seedWith('entities/meetings.json', (rows) => {
        rows[0]!.id = 'hospital:not-a-meeting';
      }),
    );
    expect(error.message).toMatch(/meetings\.json, record #0 .*field id: must start with "meeting:"$/);
  });

  it.each([
    ['inverted', (e: Evidence) => ({ ...e, start: e.end, end: e.start })],
    ['empty, with an empty quote', (e: Evidence) => ({ ...e, end: e.start, quote: '' })],
    ['empty', (e: Evidence) => ({ ...e, end: e.start })],
    ['negative (counted from the end)', (e: Evidence) => ({ ...e, start: e.start - 100_000 })],
    ['fractional', (e: Evidence) => ({ ...e, start: e.start + 0.5 })],
    ['beyond the text', (e: Evidence) => ({ ...e, end: e.end + 100_000 })],
  ])('refuses %s evidence offsets', async (_name, edit) => {
    const text = await readFile(articleFile, 'utf8');
    const seedDir = await seedWith('entities/regions.json', (rows) => {
      const evidence = rows[0]!.evidence as Evidence[];
      // The negative case only means something when slicing from the end would find the quote.
      expect(text.slice(evidence[0]!.start - text.length, evidence[0]!.end)).toBe(
        evidence[0]!.quote,
      );
      evidence[0] = edit(evidence[0]!);
    });
    const error = await failureOf(seedDir);
    expect(error.record).toMatch(/^#0 \(region:/);
    expect(error.field).toMatch(/^evidence\.0/);
  });

  it('accepts evidence that spans the whole text (offsets 0 and its length)', async () => {
    const text = await readFile(articleFile, 'utf8');
    const seedDir = await seedWith('entities/regions.json', (rows) => {
      (rows[0]!.evidence as Evidence[]).push({
        source: 'mca-report-2020-02-21',
        quote: text,
        start: 0,
        end: text.length,
      });
    });
    const seed = await loadSeed(seedDir);
    expect(seed.entities.find((e) => e.type === 'REGION')!.evidence.at(-1)!.end).toBe(text.length);
  });

  it('refuses evidence from a source that does not exist', async () => {
    const error = await failureOf(
      await seedWith('relations.json', (rows) => {
        (rows[1]!.evidence as Evidence[])[0]!.source = 'another-article';
      }),
    );
    expect(error.message).toMatch(
      /relations\.json, record #1 .*field evidence\.0\.source: unknown source "another-article"$/,
    );
  });

  it('refuses a relation quantity whose text is not in its source', async () => {
    const error = await failureOf(
      await seedWith('relations.json', (rows) => {
        rows[0]!.quantities = [
          { value: 1, unit: '只', item: null, qualifier: 'EXACT', text: '一万亿只' },
        ];
      }),
    );
    expect(error.message).toMatch(/record #0 .*field quantities\.0\.text: "一万亿只" does not occur/);
  });

  it('refuses a quantity whose qualifier is not the one its text states', async () => {
    let id = '';
    const error = await failureOf(
      await seedWith('entities/relief-actions.json', (rows) => {
        const index = rows.findIndex((r) => (r.quantities as Row[] | undefined)?.length);
        id = `#${index} (${String(rows[index]!.id)})`;
        const quantity = (rows[index]!.quantities as Row[])[0]!;
        // README: 上万 is AT_LEAST, 约 ABOUT, 近 NEARLY …; no marker is EXACT.
        expect(quantity).toMatchObject({ text: '上万名保洁员', qualifier: 'AT_LEAST' });
        quantity.qualifier = 'EXACT';
      }),
    );
    expect(error.message).toBe(
      `Invalid seed data: entities/relief-actions.json, record ${id}, field quantities.0.qualifier: "上万名保洁员" states AT_LEAST, not EXACT`,
    );
  });

  it('reads the source’s attribution: whose news it relays, and the quotes that say so', async () => {
    const [raw] = JSON.parse(await readFile(path.join(defaultSeedDir, 'sources.json'), 'utf8')) as {
      attribution: { entity: string; evidence: Evidence[] };
    }[];
    const [source] = (await loadSeed()).sources;
    expect(source!.attribution).toEqual({
      entityId: raw!.attribution.entity,
      evidence: raw!.attribution.evidence.map((e) => ({
        sourceId: e.source,
        quote: e.quote,
        start: e.start,
        end: e.end,
      })),
    });
    expect(source!.attribution!.evidence.length).toBeGreaterThan(0);
  });

  it('refuses an attribution to an unknown entity, or quoting what the text does not say', async () => {
    const unknown = await failureOf(
      await seedWith('sources.json', (rows) => {
        (rows[0]!.attribution as Row).entity = 'government:nobody';
      }),
    );
    expect(unknown.message).toBe(
      `Invalid seed data: sources.json, record #0 (mca-report-2020-02-21), field attribution.entity: unknown entity`,
    );
    await rm(dir!, { recursive: true, force: true });
    const misquoted = await failureOf(
      await seedWith('sources.json', (rows) => {
        const evidence = (rows[0]!.attribution as { evidence: Evidence[] }).evidence[1]!;
        evidence.start += 1;
      }),
    );
    expect(misquoted.message).toMatch(
      /^Invalid seed data: sources\.json, record #0 \(mca-report-2020-02-21\), field attribution\.evidence\.1: quote "民政部网站发布的消息显示" is not the source text at \[796, 807\)$/,
    );
  });

  it('refuses an unknown relation type, an unknown field and a blank name', async () => {
    const unknownType = await failureOf(
      await seedWith('relations.json', (rows) => {
        rows[0]!.type = 'FUNDED';
      }),
    );
    expect(unknownType.field).toBe('type');
    await rm(dir!, { recursive: true, force: true });
    const extra = await failureOf(
      await seedWith('entities/hospitals.json', (rows) => {
        rows[0]!.beds = 1000;
      }),
    );
    expect(extra.record).toMatch(/^#0 \(hospital:/);
    await rm(dir!, { recursive: true, force: true });
    const blank = await failureOf(
      await seedWith('entities/hospitals.json', (rows) => {
        rows[0]!.name = '   ';
      }),
    );
    expect(blank.field).toBe('name');
  });

  it.each([
    ['a lone surrogate', { name: '口罩\udc00' }, 'name', 'must not hold U+DC00 (a lone surrogate, bidi or control character) at 2'],
    ['a bidi override', { nameEn: 'a\u202eb' }, 'nameEn', 'must not hold U+202E (a lone surrogate, bidi or control character) at 1'],
    ['a control character', { aliases: ['\u0007x'] }, 'aliases.0', 'must not hold U+0007 (a lone surrogate, bidi or control character) at 0'],
    ['a leading space', { name: ' 口罩' }, 'name', 'must not start or end with whitespace'],
    ['a trailing line break', { nameEn: 'Masks\n' }, 'nameEn', 'must not hold U+000A (a lone surrogate, bidi or control character) at 5'],
    ['a name over 500 characters', { name: '口'.repeat(501) }, 'name', 'expected string to have <=500 characters'],
    ['more than 50 aliases', { aliases: Array.from({ length: 51 }, (_, i) => `别名${i}`) }, 'aliases', 'expected array to have <=50 items'],
    ['an id with a |', { id: 'hospital:a|b' }, 'id', 'must be a kind prefix and a slug (a-z, 0-9, -)'],
    ['an id with an upper-case start', { id: 'Xhospital:abc' }, 'id', 'must be a kind prefix and a slug (a-z, 0-9, -)'],
    ['an id with an upper-case end', { id: 'hospital:abc-X' }, 'id', 'must be a kind prefix and a slug (a-z, 0-9, -)'],
    ['an id longer than 200', { id: `hospital:${'a'.repeat(200)}` }, 'id', 'expected string to have <=200 characters'],
  ])('refuses an entity with %s, by the rule writes apply', async (_case, fields, field, problem) => {
    const error = await failureOf(
      await seedWith('entities/hospitals.json', (rows) => Object.assign(rows[0]!, fields)),
    );
    expect([error.field, error.message.split(': ').slice(-1)[0]]).toEqual([field, problem]);
  });

  it('refuses a source text with a hostile character, and source ids and URLs outside their grammar', async () => {
    const hostileText = await failureOf(
      await seedWith('sources.json', async () => {
        await writeFile(articleFile.replace(defaultSeedDir, dir!), '通知\u2066全文');
      }),
    );
    expect([hostileText.file, hostileText.field, hostileText.message]).toEqual([
      'sources.json',
      'file',
      expect.stringMatching(/must not hold U\+2066 \(a lone surrogate, bidi or control character\) at 2$/),
    ]);
    for (const [fields, field] of [
      [{ id: 'Upper-case' }, 'id'],
      [{ id: 'lower-Upper' }, 'id'],
      [{ url: `https://example.org/${'a'.repeat(2000)}` }, 'url'],
    ] as const) {
      await rm(dir!, { recursive: true, force: true });
      const error = await failureOf(await seedWith('sources.json', (rows) => Object.assign(rows[0]!, fields)));
      expect(error.field, JSON.stringify(fields).slice(0, 40)).toBe(field);
      if (field === 'id') expect(error.message).toMatch(/: lower-case letters, digits and hyphens, at most 100$/);
    }
    await rm(dir!, { recursive: true, force: true });
    const withUrl = await loadSeed(
      await seedWith('sources.json', (rows) => Object.assign(rows[0]!, { url: 'https://example.org/a' })),
    );
    expect(withUrl.sources[0]!.url).toBe('https://example.org/a');
  });

  it('refuses evidence whose end is past the text though slicing would find the quote there', async () => {
    const text = await readFile(articleFile, 'utf8');
    const quote = text.trimEnd().slice(-4);
    const start = text.trimEnd().length - 4;
    const error = await failureOf(
      await seedWith('entities/regions.json', (rows) => {
        (rows[0]!.evidence as Evidence[]).push({ source: 'mca-report-2020-02-21', quote, start, end: text.length + 3 });
        if (text.trimEnd() !== text) throw new Error('the article ends in whitespace: pick another quote');
      }),
    );
    expect(error.message).toMatch(
      new RegExp(`offsets \\[${start}, ${text.length + 3}\\) are not integers within the source text \\[0, ${text.length}\\]$`),
    );
  });

  it('names a source file that cannot be read, a file that is missing and one that is not an array', async () => {
    const unreadable = await failureOf(
      await seedWith('sources.json', (rows) => {
        rows[0]!.file = 'source/missing.txt';
      }),
    );
    expect(unreadable.message).toMatch(
      /^Invalid seed data: sources\.json, record #0 \(mca-report-2020-02-21\), field file: cannot read source\/missing\.txt/,
    );
    await rm(path.join(dir!, 'entities/meetings.json'));
    const missing = await failureOf(dir!);
    // sources.json comes first: fix it, and the missing entity file is next.
    expect(missing.message).toMatch(/^Invalid seed data: sources\.json/);
    await writeFile(
      path.join(dir!, 'sources.json'),
      await readFile(path.join(defaultSeedDir, 'sources.json')),
    );
    const noMeetings = await failureOf(dir!);
    expect(noMeetings.message).toMatch(
      /^Invalid seed data: entities\/meetings\.json: cannot read file/,
    );
    expect([noMeetings.record, noMeetings.field]).toEqual([null, null]);
    await writeFile(path.join(dir!, 'entities/meetings.json'), '{"id": "meeting:x"}');
    const notArray = await failureOf(dir!);
    expect(notArray.message).toBe(
      'Invalid seed data: entities/meetings.json: expected a JSON array',
    );
  });
});
