// The review page's commit plan: the writes a review makes, in order, and the problems that stop it before any write.
import { describe, expect, it } from 'vitest';
import { extendedWrite, planCommit, slugOf } from '../../web/src/ingest/commitPlan.js';
import type { Proposals } from '../../web/src/ingest/proposals.js';
import { reviewOf, type Review } from '../../web/src/ingest/review.js';

const text = '浙江省服装行业协会向武汉火神山医院捐款300万元。';
const proposals: Proposals = {
  text,
  sha256: 'ab'.repeat(32),
  fromHtml: false,
  entities: [
    {
      key: 'ASSOCIATION:浙江省服装行业协会',
      kind: 'ASSOCIATION',
      name: '浙江省服装行业协会',
      mentions: [{ start: 0, end: 9 }],
      rule: 'region-headed-association',
      confidence: 0.95,
      existing: null,
    },
    {
      key: 'REGION:浙江省',
      kind: 'REGION',
      name: '浙江省',
      mentions: [{ start: 0, end: 3 }],
      rule: 'association-region',
      confidence: 0.8,
      existing: null,
    },
    {
      key: 'HOSPITAL:武汉火神山医院',
      kind: 'HOSPITAL',
      name: '武汉火神山医院',
      mentions: [{ start: 10, end: 17 }],
      rule: 'named-hospital',
      confidence: 0.85,
      existing: {
        id: 'hospital:wuhan-huoshenshan-hospital',
        name: '武汉火神山医院',
        nameEn: 'Wuhan Huoshenshan Hospital',
      },
    },
  ],
  quantities: [
    {
      text: '300万元',
      start: 19,
      end: 24,
      value: 3_000_000,
      unit: 'CNY',
      qualifier: 'EXACT',
      item: null,
    },
  ],
  deeds: [
    {
      quote: '向武汉火神山医院捐款300万元',
      start: 9,
      end: 24,
      activity: 'DONATION',
      actors: [{ key: 'ASSOCIATION:浙江省服装行业协会' }],
      quantities: [
        {
          text: '300万元',
          start: 19,
          end: 24,
          value: 3_000_000,
          unit: 'CNY',
          qualifier: 'EXACT',
          item: null,
        },
      ],
      rule: 'DONATION:捐款',
      confidence: 0.7,
      duplicateOf: null,
    },
  ],
};

function freshReview(): Review {
  const review = reviewOf(proposals, {
    id: 'zj-notice',
    title: '通报',
    publisher: null,
    published: '2020-03-01',
    url: null,
  });
  review.entities[0]!.nameEn = 'Zhejiang Garment Industry Association';
  review.entities[1]!.accepted = false;
  return review;
}

/** 火神山医院 as the graph would hold it (read before committing), with `fields` over the defaults. */
function heldHospital(version: number, fields: Record<string, unknown>) {
  return {
    version,
    entity: {
      id: 'hospital:wuhan-huoshenshan-hospital',
      type: 'HOSPITAL',
      name: '火神山医院',
      nameEn: 'Wuhan Huoshenshan Hospital',
      nameEnSource: 'OFFICIAL',
      aliases: [] as string[],
      evidence: [{ quote: '火神山医院', start: 3, end: 8, source: { id: 'article' } }],
      quantities: [] as {
        value: number;
        unit: string;
        item: string | null;
        qualifier: string;
        text: string;
      }[],
      ...fields,
    },
  };
}

describe('the review page’s commit plan', () => {
  it('adds the source first, then the new entities and the linked ones, then each action with its relations, quoting the report at its offsets', () => {
    const review = freshReview();
    review.deeds[0]!.target = 'HOSPITAL:武汉火神山医院';
    const plan = planCommit(review);
    expect(plan.problems).toEqual([]);
    expect(plan.writes.map((w) => [w.mutation, w.factId])).toEqual([
      ['addSource', 'zj-notice'],
      ['upsertEntity', 'association:zhejiang-garment-industry-association'],
      ['upsertEntity', 'hospital:wuhan-huoshenshan-hospital'],
      ['upsertEntity', 'action:zj-notice-1'],
      [
        'addRelation',
        'association:zhejiang-garment-industry-association|PERFORMED|action:zj-notice-1',
      ],
      ['addRelation', 'action:zj-notice-1|TARGETED|hospital:wuhan-huoshenshan-hospital'],
    ]);
    expect(plan.linked).toEqual(['hospital:wuhan-huoshenshan-hospital']);
    const action = plan.writes[3]!.input;
    expect(action).toMatchObject({
      type: 'RELIEF_ACTION',
      name: '向武汉火神山医院捐款300万元',
      nameEn: 'Donation by Zhejiang Garment Industry Association',
      category: 'DONATIONS',
      activity: 'DONATION',
      evidence: [{ source: 'zj-notice', quote: '向武汉火神山医院捐款300万元', start: 9, end: 24 }],
      quantities: [
        { value: 3_000_000, unit: 'CNY', item: null, qualifier: 'EXACT', text: '300万元' },
      ],
    });
    expect(plan.writes[1]!.input).toMatchObject({ scope: 'LOCAL', name: '浙江省服装行业协会' });
  });

  it('writes nothing for a rejected deed or entity', () => {
    const review = freshReview();
    review.deeds[0]!.accepted = false;
    review.entities[2]!.accepted = false;
    const plan = planCommit(review);
    expect(plan.writes.map((w) => w.factId)).toEqual([
      'zj-notice',
      'association:zhejiang-garment-industry-association',
    ]);
  });

  it('extends an entity the graph holds with the new quote, keeping every field, based on its version', () => {
    const plan = planCommit(freshReview());
    const link = plan.writes.find((w) => w.factId === 'hospital:wuhan-huoshenshan-hospital')!;
    expect(link.extends).toEqual({
      name: '武汉火神山医院',
      nameEn: 'Wuhan Huoshenshan Hospital',
      evidence: { source: 'zj-notice', quote: '武汉火神山医院', start: 10, end: 17 },
    });
    const current = heldHospital(7, {
      aliases: ['火神山'],
      collective: false,
      quantities: [{ value: 1000, unit: '张', item: '床位', qualifier: 'EXACT', text: '1000张' }],
      level: null,
    });
    const write = extendedWrite(link, current);
    expect(write.baseVersion).toBe(7);
    expect(write.input).toEqual({
      id: 'hospital:wuhan-huoshenshan-hospital',
      type: 'HOSPITAL',
      name: '火神山医院',
      nameEn: 'Wuhan Huoshenshan Hospital',
      nameEnSource: 'OFFICIAL',
      // The curator's name differs from the entity's: it becomes an alias.
      aliases: ['火神山', '武汉火神山医院'],
      collective: false,
      evidence: [
        { source: 'article', quote: '火神山医院', start: 3, end: 8 },
        { source: 'zj-notice', quote: '武汉火神山医院', start: 10, end: 17 },
      ],
      quantities: [{ value: 1000, unit: '张', item: '床位', qualifier: 'EXACT', text: '1000张' }],
    });
    // The same name adds no alias.
    const named = extendedWrite(link, {
      ...current,
      entity: { ...current.entity, name: '武汉火神山医院', aliases: [] },
    });
    expect(named.input.aliases).toEqual([]);
  });

  it("keeps the entity's variants, and keeps a different English name of the report beside the graph's, never over it", () => {
    const link = planCommit(freshReview()).writes.find(
      (w) => w.factId === 'hospital:wuhan-huoshenshan-hospital',
    )!;
    const held = heldHospital(3, {
      variants: [{ field: 'nameEn', value: 'Huoshenshan Hospital', source: { id: 'other' } }],
    });
    const earlier = { field: 'nameEn', value: 'Huoshenshan Hospital', source: 'other' };
    // The graph's English name unchanged: the variants stand as they are.
    expect(extendedWrite(link, held).input).toMatchObject({
      nameEn: 'Wuhan Huoshenshan Hospital',
      variants: [earlier],
    });
    // Another English name in this report: the graph's stays, the report's is its variant.
    const differing = {
      ...link,
      extends: { ...link.extends!, nameEn: 'Fire God Mountain Hospital' },
    };
    expect(extendedWrite(differing, held).input).toMatchObject({
      nameEn: 'Wuhan Huoshenshan Hospital',
      variants: [
        earlier,
        { field: 'nameEn', value: 'Fire God Mountain Hospital', source: 'zj-notice' },
      ],
    });
    // A reading of this report already held is not added twice.
    const again = {
      ...held,
      entity: {
        ...held.entity,
        variants: [
          { field: 'nameEn', value: 'Fire God Mountain Hospital', source: { id: 'zj-notice' } },
        ],
      },
    };
    expect(extendedWrite(differing, again).input.variants).toHaveLength(1);
  });

  it('names the proposal of every problem: a rejected actor, a missing English name, a number outside its quote, a bad source id', () => {
    const review = freshReview();
    review.source.id = 'Not An Id';
    review.entities[0]!.accepted = false;
    review.deeds[0]!.start = 9;
    review.deeds[0]!.end = 17;
    review.entities[1]!.accepted = true;
    const problems = planCommit(review).problems;
    expect(problems.map((p) => p.ref).sort()).toEqual(['deed-1', 'deed-1', 'entity-2', 'source']);
    expect(problems.find((p) => p.ref === 'entity-2')?.message).toContain('English name');
    expect(problems.filter((p) => p.ref === 'deed-1').map((p) => p.message)).toEqual([
      expect.stringContaining('浙江省服装行业协会 is rejected'),
      expect.stringContaining('300万元 is not in its quote'),
    ]);
  });

  it('refuses two proposals that would write one id, and an actor of a kind that cannot act', () => {
    const review = freshReview();
    review.entities[1]!.accepted = true;
    review.entities[1]!.nameEn = 'Zhejiang Garment Industry Association';
    review.entities[1]!.kind = 'ASSOCIATION';
    review.entities[1]!.detail = 'LOCAL';
    review.deeds[0]!.actors = ['HOSPITAL:武汉火神山医院'];
    const messages = planCommit(review).problems.map((p) => `${p.ref}: ${p.message}`);
    expect(messages).toContain(
      'entity-2: Its id "association:zhejiang-garment-industry-association" is also entity-1\'s.',
    );
    expect(messages).toContain(
      'deed-1: Its actor 武汉火神山医院 is a HOSPITAL, which cannot be one.',
    );
  });

  it('makes an id slug of an English name', () => {
    expect(slugOf('China Chamber of Commerce for Import & Export of Textiles')).toBe(
      'china-chamber-of-commerce-for-import-export-of-textiles',
    );
    expect(slugOf('  Café Société ')).toBe('cafe-societe');
    expect(slugOf('红十字会')).toBe('');
  });
});
