// commitBatch through the public API, on both backends: all or nothing, consecutive revisions, refusals naming their item, idempotent retries, the size limit and the writer's token.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import type { GraphQLResponse, TestServer } from '../helpers/testServer.js';
import { asCurator, asReader, writersEnv } from '../helpers/curation.js';

const COMMIT_BATCH = `mutation ($input: BatchInput!, $comment: String) {
  commitBatch(input: $input, comment: $comment) { number factId kind action comment }
}`;
const CURSOR = `{ changesCursor }`;

type Revision = { number: number; factId: string; kind: string; action: string };

/** A report the batches below add and quote; 湖北 and the association's name occur twice. */
const text = '中国防护用品协会向湖北捐赠防护服1万套。中国防护用品协会表示将继续支持湖北。';

/** A source, a new association and relief action, and relations between them and the seed. */
function batchOf(tag: string, keys = false) {
  const sourceId = `batch-report-${tag}`;
  const association = `association:batch-protective-equipment-${tag}`;
  const action = `action:batch-suit-donation-${tag}`;
  const key = (name: string) => (keys ? { idempotencyKey: `batch:${tag}:${name}` } : {});
  const quote = (q: string, start?: number, end?: number) => ({
    source: sourceId,
    quote: q,
    ...(start === undefined ? {} : { start, end }),
  });
  return {
    ids: { sourceId, association, action },
    input: {
      sources: [{ source: { id: sourceId, title: `防护服捐赠 ${tag}`, text }, ...key('source') }],
      entities: [
        {
          entity: {
            id: association,
            type: 'ASSOCIATION',
            name: `中国防护用品协会${tag}`,
            nameEn: `China Protective Equipment Association ${tag}`,
            nameEnSource: 'TRANSLATION',
            scope: 'NATIONAL',
            evidence: [quote('中国防护用品协会', 0, 8)],
          },
          ...key('association'),
        },
        {
          entity: {
            id: action,
            type: 'RELIEF_ACTION',
            name: `向湖北捐赠防护服1万套${tag}`,
            nameEn: `Donated 10,000 protective suits to Hubei ${tag}`,
            nameEnSource: 'DESCRIPTION',
            category: 'MEDICAL_SUPPLIES',
            activity: 'DONATION',
            evidence: [quote('向湖北捐赠防护服1万套')],
            quantities: [{ value: 10000, unit: '套', item: '防护服', text: '1万套' }],
          },
          ...key('action'),
        },
      ],
      relations: [
        {
          relation: {
            type: 'PERFORMED',
            from: association,
            to: action,
            evidence: [quote('中国防护用品协会向湖北捐赠防护服1万套', 0, 19)],
          },
          ...key('performed'),
        },
        {
          relation: {
            type: 'COVERED',
            from: action,
            to: 'region:hubei',
            evidence: [quote('湖北', 9, 11)],
          },
          ...key('covered'),
        },
      ],
    },
  };
}

function errorOf(result: GraphQLResponse) {
  const [error] = result.errors ?? [];
  return {
    code: error?.extensions?.code,
    index: error?.extensions?.index,
    item: error?.extensions?.item,
  };
}

describeConformance(
  'commitBatch',
  (server: () => TestServer) => {
    const commit = (input: unknown, headers: Record<string, string> = asCurator) =>
      server().query<{ commitBatch: Revision[] }>(
        COMMIT_BATCH,
        { input, comment: 'batch' },
        headers,
      );
    const cursor = async () =>
      Number((await server().query<{ changesCursor: string }>(CURSOR)).data!.changesCursor);
    const standing = async (id: string) => {
      const result = await server().query<{ fact: { kind: string } | null }>(
        `query ($id: ID!) { fact(id: $id) { kind } }`,
        { id },
      );
      return result.data!.fact?.kind ?? null;
    };

    it('refuses a batch without a curator token, writing nothing', async () => {
      const before = await cursor();
      const { input } = batchOf('anonymous');
      expect(errorOf(await commit(input, {})).code).toBe('UNAUTHENTICATED');
      expect(errorOf(await commit(input, asReader)).code).toBe('FORBIDDEN');
      expect(await cursor()).toBe(before);
    });

    it('commits a source, entities and relations as consecutive revisions, readable at once', async () => {
      const before = await cursor();
      const { input, ids } = batchOf('one');
      const result = await commit(input);
      expect(result.errors).toBeUndefined();
      expect(result.data!.commitBatch).toEqual([
        {
          number: before + 1,
          factId: ids.sourceId,
          kind: 'SOURCE',
          action: 'CREATE',
          comment: 'batch',
        },
        {
          number: before + 2,
          factId: ids.association,
          kind: 'ENTITY',
          action: 'CREATE',
          comment: 'batch',
        },
        {
          number: before + 3,
          factId: ids.action,
          kind: 'ENTITY',
          action: 'CREATE',
          comment: 'batch',
        },
        {
          number: before + 4,
          factId: `${ids.association}|PERFORMED|${ids.action}`,
          kind: 'RELATION',
          action: 'CREATE',
          comment: 'batch',
        },
        {
          number: before + 5,
          factId: `${ids.action}|COVERED|region:hubei`,
          kind: 'RELATION',
          action: 'CREATE',
          comment: 'batch',
        },
      ]);
      expect(await cursor()).toBe(before + 5);
      // The relation to an entity of the same batch stands, with its evidence's offsets found.
      const read = await server().query<{
        entity: {
          relations: {
            type: string;
            to: { id: string };
            evidence: { start: number; end: number }[];
          }[];
        };
      }>(
        `query ($id: ID!) { entity(id: $id) { relations(direction: OUT) { type node { id } evidence { start end } } } }`,
        { id: ids.action },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.entity.relations).toEqual([
        { type: 'COVERED', node: { id: 'region:hubei' }, evidence: [{ start: 9, end: 11 }] },
      ]);
    });

    it('refuses evidence that is not the text of a source added in the same batch, writing nothing', async () => {
      const before = await cursor();
      const { input, ids } = batchOf('offsets');
      input.relations[1]!.relation.evidence = [
        { ...input.relations[1]!.relation.evidence[0]!, start: 10, end: 12 },
      ];
      const result = await commit(input);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', index: 4, item: 'relations.1' });
      expect(result.errors![0]!.message).toMatch(
        /^Item 4 \(relations\.1\): Refused: evidence\.0: /,
      );
      expect(await cursor()).toBe(before);
      expect(await standing(ids.sourceId)).toBeNull();
      expect(await standing(ids.association)).toBeNull();
    });

    it('refuses a write the graph refuses at item k (a name another entity holds), writing nothing', async () => {
      const before = await cursor();
      const { input, ids } = batchOf('clash');
      // The graph's own check, in the adapter: the name of the first batch's association.
      input.entities[1]!.entity.name = '中国防护用品协会one';
      const result = await commit(input);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', index: 2, item: 'entities.1' });
      expect(result.errors![0]!.message).toBe(
        'Item 2 (entities.1): Refused: name: same name as association:batch-protective-equipment-one.',
      );
      expect(await cursor()).toBe(before);
      for (const id of Object.values(ids)) expect(await standing(id)).toBeNull();
    });

    it('refuses a stale base version at item k with CONFLICT, writing nothing', async () => {
      const before = await cursor();
      const { input, ids } = batchOf('stale');
      Object.assign(input.entities[1]!, { baseVersion: 3 });
      const result = await commit(input);
      expect(errorOf(result)).toEqual({ code: 'CONFLICT', index: 2, item: 'entities.1' });
      expect(await cursor()).toBe(before);
      expect(await standing(ids.sourceId)).toBeNull();
    });

    it('refuses a relation to an entity that neither stands nor is added earlier in the batch', async () => {
      const before = await cursor();
      const { input } = batchOf('missing-end');
      input.relations[0]!.relation.from = 'association:batch-nobody';
      const result = await commit(input);
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', index: 3, item: 'relations.0' });
      expect(await cursor()).toBe(before);
    });

    it('answers a batch sent again with the revisions already committed, and commits only the new items of a wider one', async () => {
      const { input } = batchOf('retry', true);
      const first = await commit(input);
      expect(first.errors).toBeUndefined();
      const after = await cursor();
      const again = await commit(input);
      expect(again.data!.commitBatch).toEqual(first.data!.commitBatch);
      expect(await cursor()).toBe(after);
      // A wider batch: the committed items answered as they were, the new one committed.
      const wider = {
        ...input,
        relations: [
          ...input.relations,
          {
            relation: {
              type: 'TARGETED',
              from: input.entities[1]!.entity.id,
              to: 'region:hubei',
              evidence: [
                { source: input.sources[0]!.source.id, quote: '湖北', start: 35, end: 37 },
              ],
            },
            idempotencyKey: 'batch:retry:targeted',
          },
        ],
      };
      const widened = await commit(wider);
      expect(widened.errors).toBeUndefined();
      expect(widened.data!.commitBatch.slice(0, 5)).toEqual(first.data!.commitBatch);
      expect(widened.data!.commitBatch[5]!.number).toBe(after + 1);
      expect(await cursor()).toBe(after + 1);
    });

    it('refuses a batch over LIMIT_MAX_BATCH_WRITES, and an empty one, before anything runs', async () => {
      const before = await cursor();
      const { input } = batchOf('large');
      const large = {
        ...input,
        relations: [...input.relations, input.relations[0], input.relations[0]],
      };
      const result = await commit(large);
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toBe('A batch holds 1 to 6 writes; got 7.');
      expect(errorOf(await commit({}, {})).code).toBe('BAD_USER_INPUT');
      expect(await cursor()).toBe(before);
    });
  },
  { ...writersEnv, LIMIT_MAX_BATCH_WRITES: '6' },
  { writes: true },
);
