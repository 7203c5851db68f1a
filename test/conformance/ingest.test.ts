// proposeFacts over HTTP on both backends: a new report's entities (linked to the graph's by name), numbers and deeds, each at its offsets; bad reports refused with BAD_USER_INPUT; nothing written.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import type { TestServer } from '../helpers/testServer.js';

const PROPOSE = `query ($text: String!, $title: String) {
  proposeFacts(text: $text, title: $title) {
    text sha256 fromHtml title
    entities { key kind name rule confidence mentions { start end } existing { id name } }
    quantities { text start end value unit qualifier item }
    deeds {
      quote start end activity rule
      actors { name existing { id } }
      quantities { value unit qualifier }
      duplicateOf { id activity quantities { value unit } }
    }
  }
}`;

interface Proposed {
  text: string;
  sha256: string;
  fromHtml: boolean;
  title: string | null;
  entities: {
    key: string;
    kind: string;
    name: string;
    rule: string;
    mentions: { start: number; end: number }[];
    existing: { id: string; name: string } | null;
  }[];
  quantities: {
    text: string;
    start: number;
    end: number;
    value: number;
    unit: string;
    qualifier: string;
    item: string | null;
  }[];
  deeds: {
    quote: string;
    start: number;
    end: number;
    activity: string;
    actors: { name: string; existing: { id: string } | null }[];
    quantities: { value: number; unit: string; qualifier: string }[];
    duplicateOf: {
      id: string;
      activity: string;
      quantities: { value: number; unit: string }[];
    } | null;
  }[];
}

/** A short report in the seed's manner: one association the graph knows, one it does not. */
const report =
  '据中国商业联合会消息，中国医疗物资协会组织会员企业向湖北捐赠口罩约50万只；中国新材料测试协会向武汉火神山医院捐款300万元。';

describeConformance(
  'proposed facts of a new report',
  (server: () => TestServer) => {
    const propose = (text: string, title?: string) =>
      server().query<{ proposeFacts: Proposed }>(PROPOSE, { text, title });

    /** The graph's entity with this exact name, through the public API (the oracle of resolution). */
    const entityNamed = async (name: string) => {
      const answer = await server().query<{ search: { id: string; name: string }[] }>(
        `query ($t: String!) { search(text: $t, first: 20) { id name } }`,
        { t: name },
      );
      return answer.data!.search.find((e) => e.name === name) ?? null;
    };

    it('finds the named entities at their offsets, linking the ones the graph holds by name', async () => {
      const answer = await propose(report, '通知');
      expect(answer.errors).toBeUndefined();
      const proposed = answer.data!.proposeFacts;
      expect(proposed).toMatchObject({ text: report, fromHtml: false, title: '通知' });
      for (const entity of proposed.entities) {
        for (const span of entity.mentions)
          expect(report.slice(span.start, span.end)).toBe(entity.name);
      }
      const byName = new Map(proposed.entities.map((e) => [e.name, e]));
      for (const [name, kind] of [
        ['中国商业联合会', 'ASSOCIATION'],
        ['中国医疗物资协会', 'ASSOCIATION'],
        ['湖北', 'REGION'],
        ['武汉火神山医院', 'HOSPITAL'],
      ] as const) {
        const known = await entityNamed(name);
        expect(known, name).not.toBeNull();
        expect(byName.get(name)).toMatchObject({ kind, existing: { id: known!.id } });
      }
      expect(byName.get('中国新材料测试协会')).toMatchObject({
        kind: 'ASSOCIATION',
        existing: null,
      });
    });

    it('reads every number with its value, unit, qualifier and item', async () => {
      const proposed = (await propose(report)).data!.proposeFacts;
      expect(proposed.quantities).toEqual([
        {
          text: '约50万只',
          start: report.indexOf('约50万只'),
          end: report.indexOf('约50万只') + 5,
          value: 500_000,
          unit: '只',
          qualifier: 'ABOUT',
          item: null,
        },
        {
          text: '300万元',
          start: report.indexOf('300万元'),
          end: report.indexOf('300万元') + 5,
          value: 3_000_000,
          unit: 'CNY',
          qualifier: 'EXACT',
          item: null,
        },
      ]);
    });

    it('proposes one deed per clause, with its actor, its kind and its numbers, quoting the clause', async () => {
      const proposed = (await propose(report)).data!.proposeFacts;
      expect(
        proposed.deeds.map((d) => [d.actors.map((a) => a.name), d.activity, d.quantities]),
      ).toEqual([
        [['中国医疗物资协会'], 'DONATION', [{ value: 500_000, unit: '只', qualifier: 'ABOUT' }]],
        [
          ['中国新材料测试协会'],
          'DONATION',
          [{ value: 3_000_000, unit: 'CNY', qualifier: 'EXACT' }],
        ],
      ]);
      for (const deed of proposed.deeds) {
        expect(report.slice(deed.start, deed.end)).toBe(deed.quote);
        expect(deed.duplicateOf).toBeNull();
      }
    });

    it('reads chambers and federations named beyond the seed article: short names, federation chambers, names the dictionary lacks, subjects inside a sentence', async () => {
      // Composed for this test: the naming of federations of industry and commerce (工商联) and
      // their chambers, which the seed article never uses.
      const text =
        '全国工商联：各地商会一手抓防疫一手抓复工复产\n疫情发生以来，各地商会积极行动，四川省工商联餐饮商会组织会员企业捐款捐物。2月3日全国工商联发出倡议，随后全联房地产商会向武汉捐款100万元。直属商会和各类商会也发出号召。浙江省绍兴市的柯桥商会组织了5批40班次的专车，将900余人接回绍兴。鑫泰集团对商户实行了租金减半。全国工商联直属商会会员企业复工率达到80%。';
      const proposed = (await propose(text)).data!.proposeFacts;
      const named = proposed.entities.map((e) => [e.kind, e.name, e.rule]);
      expect(named).toEqual(
        expect.arrayContaining([
          ['ASSOCIATION', '四川省工商联餐饮商会', 'region-headed-association'],
          ['ASSOCIATION', '全国工商联', 'federation-name'],
          ['ASSOCIATION', '全联房地产商会', 'federation-chamber'],
          ['ASSOCIATION', '柯桥商会', 'named-association'],
          ['COMPANY', '鑫泰集团', 'named-company'],
        ]),
      );
      // A kind of chamber (直属商会, 各类商会) is not one chamber; a headline (全国工商联：…) and an
      // organisation naming what belongs to it (全国工商联直属商会会员企业…) state no deed of it.
      expect(named.filter(([, name]) => /^(?:直属|各类|各地)商会$/.test(name!))).toEqual([]);
      expect(proposed.quantities.map((q) => [q.text, q.value, q.unit])).toContainEqual([
        '40班次',
        40,
        '班次',
      ]);
      expect(proposed.deeds.map((d) => [d.actors.map((a) => a.name), d.activity])).toEqual([
        [['四川省工商联餐饮商会'], 'DONATION'],
        [['全国工商联'], 'ADVOCACY'],
        [['全联房地产商会'], 'DONATION'],
        [['柯桥商会'], 'LOGISTICS'],
        [['鑫泰集团'], 'RIGHTS_PROTECTION'],
      ]);
      for (const deed of proposed.deeds) expect(text.slice(deed.start, deed.end)).toBe(deed.quote);
    });

    it('says when a deed repeats a relief action the graph holds (same actor, kind and numbers)', async () => {
      const proposed = (await propose('中国电子商会号召会员企业累计捐款捐物约22亿元。')).data!
        .proposeFacts;
      expect(proposed.deeds).toHaveLength(1);
      const deed = proposed.deeds[0]!;
      expect(deed.duplicateOf).toMatchObject({
        activity: 'DONATION',
        quantities: [{ value: 2_200_000_000, unit: 'CNY' }],
      });
      // The oracle: that action is one the chamber performed, read through the typed fields.
      const chamber = await entityNamed('中国电子商会');
      const actions = await server().query<{ entity: { actions: { id: string }[] } }>(
        `query ($id: ID!) { entity(id: $id) { ... on Association { actions { id } } } }`,
        { id: chamber!.id },
      );
      expect(actions.data!.entity.actions.map((a) => a.id)).toContain(deed.duplicateOf!.id);
    });

    it('reads an HTML report as its text: scripts and styles are dropped, never kept or run', async () => {
      const html =
        '<!doctype html><html><head><title>t</title><style>p{}</style></head><body>' +
        '<p>中国医疗物资协会捐款100万元。</p><script>document.title="中国恶意脚本协会"</script>' +
        '<p>中国肉类协会&amp;会员</p></body></html>';
      const proposed = (await propose(html)).data!.proposeFacts;
      expect(proposed.fromHtml).toBe(true);
      expect(proposed.text).toBe('中国医疗物资协会捐款100万元。\n中国肉类协会&会员');
      expect(proposed.text).not.toMatch(/script|恶意|<|>/);
      expect(proposed.entities.map((e) => e.name)).toEqual(['中国医疗物资协会', '中国肉类协会']);
    });

    it('refuses an empty, binary, oversized or already ingested report with BAD_USER_INPUT, writing nothing', async () => {
      const before = await server().query<{ changesCursor: string; sources: { id: string }[] }>(
        '{ changesCursor sources { id } }',
      );
      const refused = async (text: string) => {
        const answer = await propose(text);
        expect(answer.data ?? null).toBeNull();
        return answer.errors![0]!;
      };
      expect((await refused('   \n ')).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'text',
      });
      expect((await refused('协会\u0000\u0001\u0002')).message).toMatch(/not text/);
      expect((await refused('协会\ud83d协会')).message).toMatch(/lone surrogate/);
      expect((await refused('协'.repeat(5001))).message).toMatch(/at most 5000/);
      // The seed's own article is a source already: found by its text's hash.
      const seedSource = before.data!.sources[0]!.id;
      const article = await server().query<{ sources: { id: string; text: string }[] }>(
        '{ sources { id text } }',
      );
      const text = article.data!.sources.find((s) => s.id === seedSource)!.text;
      expect(await refused(text)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', source: seedSource },
      });
      expect(await server().query('{ changesCursor sources { id } }')).toEqual(before);
    });
  },
  { LIMIT_MAX_SOURCE_TEXT_LENGTH: '5000' },
);
