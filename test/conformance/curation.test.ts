// Curation through the public API, on both backends: who may write, evidence checked on write, revisions and conflicts, retraction, history and the polled change feed.
import { createClient, type Client, type SubscribePayload } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { describeConformance } from '../helpers/conformance.js';
import { backendsUnderTest, connectCurationNeo4j } from '../helpers/backends.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../helpers/testServer.js';
import {
  actionId,
  actionInput,
  asCurator,
  asReader,
  curatorSecret,
  noticeText,
  sourceId,
  writersEnv,
} from '../helpers/curation.js';

const association = 'association:china-medical-supplies-association';
const performed = `${association}|PERFORMED|${actionId}`;
const covered = `${actionId}|COVERED|region:hubei`;

const revisionFields = 'number factId kind action author comment reason changedFields';

const ADD_SOURCE = `mutation ($input: SourceInput!) {
  addSource(input: $input, comment: "a second report") { ${revisionFields} record }
}`;
const UPSERT_ENTITY = `mutation ($input: EntityInput!, $base: Int) {
  upsertEntity(input: $input, baseVersion: $base) { ${revisionFields} record }
}`;
const ADD_RELATION = `mutation ($input: RelationInput!) {
  addRelation(input: $input) { ${revisionFields} }
}`;
const RETRACT = `mutation ($id: ID!, $reason: String!, $base: Int!) {
  retract(id: $id, reason: $reason, baseVersion: $base) { ${revisionFields} }
}`;
const HISTORY = `query ($id: ID!) {
  history(id: $id) { id kind version retracted revisions { number action reason changedFields } }
}`;

const sourceInput = {
  id: sourceId,
  title: '中国医疗物资协会捐赠口罩',
  publisher: '中国医疗物资协会',
  date: '2020-03-01',
  url: 'https://example.org/cmsa/notice',
  text: noticeText,
};

function codeOf(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

describeConformance(
  'curation',
  (server: () => TestServer) => {
    const write = <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown>,
    ) => server().query<T>(query, variables, asCurator);

    it('refuses a write without credentials, with an unknown key, and from a reader; reads stay public', async () => {
      const none = await server().query(ADD_SOURCE, { input: sourceInput });
      expect(codeOf(none)).toBe('UNAUTHENTICATED');
      expect(none.data).toBeNull();
      const unknown = await server().query(
        ADD_SOURCE,
        { input: sourceInput },
        { authorization: 'Bearer not-a-key-of-this-server' },
      );
      expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
      const reader = await server().query(ADD_SOURCE, { input: sourceInput }, asReader);
      expect(codeOf(reader)).toBe('FORBIDDEN');
      // A token is ignored on reads: they need none.
      const read = await server().query(`{ sources { id } }`, {}, asReader);
      expect(read.errors).toBeUndefined();
      const history = await server().query(HISTORY, { id: sourceId });
      expect(history.data).toEqual({ history: null });
    });

    it('adds a source as revision 1, by the key id and never the secret', async () => {
      const result = await write<{ addSource: Record<string, unknown> }>(ADD_SOURCE, {
        input: sourceInput,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.addSource).toMatchObject({
        number: 1,
        factId: sourceId,
        kind: 'SOURCE',
        action: 'CREATE',
        comment: 'a second report',
        reason: null,
      });
      const author = result.data!.addSource.author as string;
      // An unnamed key is shown by its role, never by anything derived from its secret.
      expect(author).toBe('key:curator');
      expect(JSON.stringify(result)).not.toContain(curatorSecret);
      const sources = await server().query<{ sources: { id: string; url: string | null }[] }>(
        `{ sources { id url } }`,
      );
      expect(sources.data!.sources).toContainEqual({ id: sourceId, url: sourceInput.url });
      // The change log gives a source's record without its text (which `sources` serves), so a
      // page of revisions stays small however long the curated texts are.
      const record = JSON.parse(result.data!.addSource.record as string) as Record<string, unknown>;
      expect(record).toMatchObject({ id: sourceId, textLength: noticeText.length });
      expect(record).not.toHaveProperty('text');
      const again = await write(ADD_SOURCE, { input: sourceInput });
      expect(codeOf(again)).toBe('CONFLICT');
    });

    it.each([
      [
        'offsets that do not hold the quote',
        { evidence: [{ source: sourceId, quote: '向湖北捐赠口罩约50万只', start: 0, end: 12 }] },
        /is not the source text at \[0, 12\)/,
      ],
      [
        'a quote that is not in the source',
        { evidence: [{ source: sourceId, quote: '向武汉捐赠口罩' }] },
        /does not occur in the source text/,
      ],
      [
        'a quote that occurs twice, without offsets',
        { evidence: [{ source: sourceId, quote: '湖北' }], quantities: [] },
        /occurs more than once .*give start and end/,
      ],
      [
        'an unknown source',
        { evidence: [{ source: 'no-such-source', quote: '湖北' }] },
        /unknown source "no-such-source"/,
      ],
      [
        'a quantity whose text lies outside every quote',
        { quantities: [{ value: 100, unit: '只', text: '100只' }] },
        /"100只" does not occur in any quote/,
      ],
      [
        'a qualifier the text does not state',
        { quantities: [{ value: 500000, unit: '只', text: '约50万只', qualifier: 'EXACT' }] },
        /states ABOUT, not EXACT/,
      ],
      [
        'an id without its kind prefix',
        { id: 'company:cmsa-donation' },
        /must start with "action:"/,
      ],
      ['a field of another kind', { scope: 'NATIONAL' }, /scope/],
      ['a missing kind field', { activity: null }, /activity/],
      ['no evidence', { evidence: [] }, /at least one quote/],
    ])(
      'refuses an entity with %s (BAD_USER_INPUT, with the reason)',
      async (_what, change, reason) => {
        const result = await write(UPSERT_ENTITY, { input: { ...actionInput, ...change } });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0]!.message).toMatch(reason);
      },
    );

    it('adds an entity, finding the offsets of a quote that occurs once', async () => {
      const result = await write<{
        upsertEntity: { number: number; action: string; record: string };
      }>(UPSERT_ENTITY, { input: actionInput });
      expect(result.errors).toBeUndefined();
      expect(result.data!.upsertEntity).toMatchObject({ number: 2, action: 'CREATE' });
      const start = noticeText.indexOf('向湖北捐赠口罩约50万只');
      const read = await server().query(
        `query ($id: ID!) { entity(id: $id) { id name ... on ReliefAction { activity }
          evidence { quote start end source { id } } quantities { value approximate text } } }`,
        { id: actionId },
      );
      expect(read.data).toEqual({
        entity: {
          id: actionId,
          name: actionInput.name,
          activity: 'DONATION',
          evidence: [
            {
              quote: '向湖北捐赠口罩约50万只',
              start,
              end: start + '向湖北捐赠口罩约50万只'.length,
              source: { id: sourceId },
            },
          ],
          quantities: [{ value: 500000, approximate: true, text: '约50万只' }],
        },
      });
      const found = await server().query<{ search: { id: string }[] }>(
        `{ search(text: "捐赠口罩约50万只") { id } }`,
      );
      expect(found.data!.search.map((e) => e.id)).toContain(actionId);
    });

    it.each([
      ['an unknown entity', { from: 'association:no-such-association' }, /unknown entity/],
      ['ends the type may not join', { type: 'COVERED' }, /COVERED cannot start at ASSOCIATION/],
      ['an unknown relation type', { type: 'FUNDED' }, /unknown relation type FUNDED/],
    ])('refuses a relation to %s', async (_what, change, reason) => {
      const result = await write(ADD_RELATION, {
        input: {
          type: 'PERFORMED',
          from: association,
          to: actionId,
          evidence: [{ source: sourceId, quote: '中国医疗物资协会组织会员企业' }],
          ...change,
        },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(reason);
    });

    it('adds relations, which the typed and generic reads then follow', async () => {
      const performedResult = await write(ADD_RELATION, {
        input: {
          type: 'PERFORMED',
          from: association,
          to: actionId,
          evidence: [{ source: sourceId, quote: '中国医疗物资协会组织会员企业' }],
        },
      });
      expect(performedResult.errors).toBeUndefined();
      const start = noticeText.indexOf('向湖北');
      const coveredResult = await write(ADD_RELATION, {
        input: {
          type: 'COVERED',
          from: actionId,
          to: 'region:hubei',
          evidence: [{ source: sourceId, quote: '湖北', start: start + 1, end: start + 3 }],
        },
      });
      expect(coveredResult.errors).toBeUndefined();
      const read = await server().query<{ entity: { relations: { id: string }[] } }>(
        `query ($id: ID!) { entity(id: $id) { relations { id } } }`,
        { id: actionId },
      );
      expect(read.data!.entity.relations.map((r) => r.id).sort()).toEqual(
        [covered, performed].sort(),
      );
      const duplicate = await write(ADD_RELATION, {
        input: {
          type: 'PERFORMED',
          from: association,
          to: actionId,
          evidence: [{ source: sourceId, quote: '中国医疗物资协会组织会员企业' }],
        },
      });
      expect(codeOf(duplicate)).toBe('CONFLICT');
    });

    it('updates an entity based on its current version, and refuses a stale base (CONFLICT)', async () => {
      const before = await server().query<{ history: { version: number } }>(HISTORY, {
        id: actionId,
      });
      expect(before.data!.history).toMatchObject({ version: 2, retracted: false });
      const renamed = { ...actionInput, nameEn: 'Gave about 500,000 masks to Hubei' };
      const stale = await write(UPSERT_ENTITY, { input: renamed, base: null });
      expect(codeOf(stale)).toBe('CONFLICT');
      const staleNumber = await write(UPSERT_ENTITY, { input: renamed, base: 1 });
      expect(codeOf(staleNumber)).toBe('CONFLICT');
      const updated = await write<{ upsertEntity: { action: string; changedFields: string[] } }>(
        UPSERT_ENTITY,
        { input: renamed, base: 2 },
      );
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.upsertEntity).toMatchObject({
        action: 'UPDATE',
        changedFields: ['nameEn'],
      });
      // The cached answer of the earlier read is not served again: the data version moved on.
      const read = await server().query(`query ($id: ID!) { entity(id: $id) { nameEn } }`, {
        id: actionId,
      });
      expect(read.data).toEqual({ entity: { nameEn: renamed.nameEn } });
      const kindChange = await write(UPSERT_ENTITY, {
        input: { ...renamed, type: 'COMPANY', id: actionId },
        base: 5,
      });
      expect(codeOf(kindChange)).toBe('BAD_USER_INPUT');
    });

    it('retracts a relation: hidden from reads, kept with its reason, shown on request', async () => {
      const stale = await write(RETRACT, { id: covered, reason: 'wrong region', base: 0 });
      expect(codeOf(stale)).toBe('CONFLICT');
      const entityFirst = await write(RETRACT, { id: actionId, reason: 'duplicate', base: 5 });
      expect(codeOf(entityFirst)).toBe('BAD_USER_INPUT');
      expect(entityFirst.errors![0]!.message).toMatch(/retract them first/);
      const retracted = await write(RETRACT, { id: covered, reason: 'wrong region', base: 4 });
      expect(retracted.errors).toBeUndefined();
      expect(retracted.data).toMatchObject({
        retract: { number: 6, action: 'RETRACT', kind: 'RELATION', reason: 'wrong region' },
      });
      const relations = await server().query<{ entity: { relations: { id: string }[] } }>(
        `query ($id: ID!) { entity(id: $id) { relations { id } } }`,
        { id: actionId },
      );
      expect(relations.data!.entity.relations.map((r) => r.id)).toEqual([performed]);
      const hidden = await server().query(`query ($id: ID!) { fact(id: $id) { id } }`, {
        id: covered,
      });
      expect(hidden.data).toEqual({ fact: null });
      const shown = await server().query(
        `query ($id: ID!) { fact(id: $id, includeRetracted: true) {
          id kind version retraction { reason number } edge { type from to } } }`,
        { id: covered },
      );
      expect(shown.data).toEqual({
        fact: {
          id: covered,
          kind: 'RELATION',
          version: 6,
          retraction: { reason: 'wrong region', number: 6 },
          edge: { type: 'COVERED', from: actionId, to: 'region:hubei' },
        },
      });
      const history = await server().query(HISTORY, { id: covered });
      expect(history.data).toEqual({
        history: {
          id: covered,
          kind: 'RELATION',
          version: 6,
          retracted: true,
          revisions: [
            { number: 4, action: 'CREATE', reason: null, changedFields: expect.any(Array) },
            { number: 6, action: 'RETRACT', reason: 'wrong region', changedFields: ['retracted'] },
          ],
        },
      });
      const again = await write(RETRACT, { id: covered, reason: 'again', base: 6 });
      expect(codeOf(again)).toBe('CONFLICT');
    });

    it('retracts a fact of the seed at version 0, and refuses an unknown id (NOT_FOUND)', async () => {
      const seedFact = await server().query<{ history: { version: number; revisions: unknown[] } }>(
        HISTORY,
        { id: 'region:world' },
      );
      expect(seedFact.data!.history).toMatchObject({ version: 0, revisions: [] });
      const unknown = await write(RETRACT, { id: 'region:atlantis', reason: 'no', base: 0 });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      const source = await write(RETRACT, { id: sourceId, reason: 'no', base: 1 });
      expect(codeOf(source)).toBe('BAD_USER_INPUT');
    });

    it('lists every revision in order after a cursor, for clients that poll', async () => {
      type Page = { changes: { cursor: string; revisions: { number: number; factId: string }[] } };
      const first = await server().query<Page>(
        `{ changes(first: 4) { cursor revisions { number factId } } }`,
      );
      expect(first.data!.changes.revisions.map((r) => r.number)).toEqual([1, 2, 3, 4]);
      expect(first.data!.changes.cursor).toBe('4');
      const rest = await server().query<Page>(
        `query ($after: String) { changes(after: $after) { cursor revisions { number factId } } }`,
        { after: first.data!.changes.cursor },
      );
      expect(rest.data!.changes).toEqual({
        cursor: '6',
        revisions: [
          { number: 5, factId: actionId },
          { number: 6, factId: covered },
        ],
      });
      const none = await server().query<Page>(
        `{ changes(after: "6") { cursor revisions { number } } }`,
      );
      expect(none.data!.changes).toEqual({ cursor: '6', revisions: [] });
      const bad = await server().query(`{ changes(after: "x") { cursor } }`);
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    });
  },
  writersEnv,
  { writes: true },
);

/** A graphql-ws client of the server at `url` (ws:// on /graphql) that does not reconnect. */
function socketClient(url: string): Client {
  return createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
}

/** The first thing a subscription of `client` receives: its first result, or its error. */
function firstMessage(client: Client, payload: SubscribePayload): Promise<unknown> {
  return new Promise((resolve) => {
    client.subscribe(payload, { next: resolve, error: resolve, complete: () => undefined });
  });
}

/**
 * The next `count` graphChanged events of a graphql-ws subscription to `url` (resumed after the
 * cursor `after` when given), and a way to stop it.
 */
export function subscribeToChanges(url: string, count: number, after?: string) {
  const client = socketClient(url);
  const events: { number: number; factId: string; action: string }[] = [];
  let started!: () => void;
  const subscribed = new Promise<void>((resolve) => (started = resolve));
  const received = new Promise<typeof events>((resolve, reject) => {
    client.subscribe<{ graphChanged: (typeof events)[number] }>(
      {
        query: `subscription ($after: String) { graphChanged(after: $after) { number factId action } }`,
        variables: { after },
      },
      {
        next: (result) => {
          if (result.errors) reject(new Error(JSON.stringify(result.errors)));
          events.push(result.data!.graphChanged);
          if (events.length === count) resolve(events);
        },
        error: reject,
        complete: () => resolve(events),
      },
    );
    // The server acknowledges the connection before it runs the subscription; a short wait
    // after the acknowledgement lets it register with the feed.
    client.on('connected', () => setTimeout(started, 200));
  });
  return { subscribed, received, stop: () => client.dispose() };
}

describeConformance(
  'the change feed',
  (server: () => TestServer) => {
    it('gives "0" as the cursor of an empty log', async () => {
      const cursor = await server().query('{ changesCursor }');
      expect(cursor).toEqual({ data: { changesCursor: '0' } });
    });

    it('delivers each committed revision to graphChanged subscribers, in order', async () => {
      const feed = subscribeToChanges(server().url, 3);
      try {
        await feed.subscribed;
        const source = await server().query(
          `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
          { input: { id: sourceId, title: '通知', text: noticeText } },
          asCurator,
        );
        expect(source.errors).toBeUndefined();
        const entity = await server().query(UPSERT_ENTITY, { input: actionInput }, asCurator);
        expect(entity.errors).toBeUndefined();
        const retract = await server().query(
          RETRACT,
          { id: actionId, reason: 'a test', base: 2 },
          asCurator,
        );
        expect(retract.errors).toBeUndefined();
        expect(await feed.received).toEqual([
          { number: 1, factId: sourceId, action: 'CREATE' },
          { number: 2, factId: actionId, action: 'CREATE' },
          { number: 3, factId: actionId, action: 'RETRACT' },
        ]);
      } finally {
        await feed.stop();
      }
    });

    it('resumes after a cursor: what was committed meanwhile first, then the new, each once', async () => {
      const cursor = await server().query<{ changesCursor: string }>('{ changesCursor }');
      const latest = Number(cursor.data!.changesCursor);
      // The test above committed three revisions; a client that received only the first resumes.
      expect(latest).toBe(3);
      const resumed = subscribeToChanges(server().url, 3, '1');
      const fromNow = subscribeToChanges(server().url, 1, cursor.data!.changesCursor);
      try {
        await Promise.all([resumed.subscribed, fromNow.subscribed]);
        const source = await server().query(
          `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
          { input: { id: 'resumed-feed-notice', title: '通知', text: noticeText } },
          asCurator,
        );
        expect(source.errors).toBeUndefined();
        const next = { number: 4, factId: 'resumed-feed-notice', action: 'CREATE' };
        expect(await resumed.received).toEqual([
          { number: 2, factId: actionId, action: 'CREATE' },
          { number: 3, factId: actionId, action: 'RETRACT' },
          next,
        ]);
        expect(await fromNow.received).toEqual([next]);
      } finally {
        await Promise.all([resumed.stop(), fromNow.stop()]);
      }
    });

    it('refuses a resume cursor past the latest revision or not a cursor (BAD_USER_INPUT)', async () => {
      const client = socketClient(server().url);
      const refusal = (after: string) =>
        firstMessage(client, {
          query: 'subscription ($after: String) { graphChanged(after: $after) { number } }',
          variables: { after },
        });
      try {
        for (const after of ['999999', 'x', '-1']) {
          expect(await refusal(after), after).toMatchObject({
            errors: [{ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } }],
          });
        }
      } finally {
        await client.dispose();
      }
    });

    it('refuses a subscription sent over HTTP (400 BAD_REQUEST), pointing at the WebSocket', async () => {
      const answer = await server().post('subscription { graphChanged { number } }');
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({
        errors: [{ extensions: { code: 'BAD_REQUEST' } }],
      });
    });

    it('holds a subscription over WebSocket to the token limit and to the schema', async () => {
      const client = socketClient(server().url);
      const first = async (query: string) => JSON.stringify(await firstMessage(client, { query }));
      try {
        const huge = `subscription { graphChanged { ${'number '.repeat(6000)} } }`;
        expect(await first(huge)).toMatch(/tokens/);
        expect(await first('subscription { graphChanged { password } }')).toMatch(
          /Cannot query field/,
        );
      } finally {
        await client.dispose();
      }
    });

    it('runs only subscriptions over WebSocket', async () => {
      const client = socketClient(server().url);
      try {
        const answer = await firstMessage(client, { query: '{ sources { id } }' });
        expect(JSON.stringify(answer)).toMatch(/Only subscriptions run over WebSocket/);
      } finally {
        await client.dispose();
      }
    });
  },
  { ...writersEnv, CHANGE_FEED_POLL_MS: '100' },
  { writes: true },
);

describeConformance(
  'the change feed resumed over a long log',
  (server: () => TestServer) => {
    it('reads a backlog of several pages, then the revision committed while it was read, in order and once each', async () => {
      // More revisions than the feed reads per page (100), so the backlog takes several reads.
      const backlog = 130;
      for (let i = 1; i <= backlog; i++) {
        const source = await server().query(
          `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
          { input: { id: `backlog-notice-${i}`, title: '通知', text: noticeText } },
          asCurator,
        );
        expect(source.errors).toBeUndefined();
      }
      const feed = subscribeToChanges(server().url, backlog + 1, '0');
      try {
        await feed.subscribed;
        const live = await server().query(
          `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
          { input: { id: 'backlog-notice-live', title: '通知', text: noticeText } },
          asCurator,
        );
        expect(live.errors).toBeUndefined();
        const received = await feed.received;
        expect(received.map((r) => r.number)).toEqual(
          Array.from({ length: backlog + 1 }, (_, i) => i + 1),
        );
        expect(received.at(-1)!.factId).toBe('backlog-notice-live');
      } finally {
        await feed.stop();
      }
    }, 60_000);
  },
  { ...writersEnv, CHANGE_FEED_POLL_MS: '100', WRITE_RATE_LIMIT: '1000' },
  { writes: true },
);

describe.skipIf(backendsUnderTest.find((b) => b.name === 'neo4j')!.writableSkipReason !== null)(
  'several API processes over one Neo4j database',
  () => {
    it("converge: one process's write reaches the other's response cache and change feed", async () => {
      const neo4j = backendsUnderTest.find((b) => b.name === 'neo4j')!;
      const env = {
        ...writersEnv,
        RESPONSE_CACHE: 'on',
        DATA_VERSION_CHECK_MS: '200',
        CHANGE_FEED_POLL_MS: '200',
      };
      const writer = await startTestServer(await neo4j.createWritable(), env);
      const reader = await startTestServer(await connectCurationNeo4j(), env);
      const feed = subscribeToChanges(reader.url, 1);
      try {
        const READ = `{ entity(id: "region:world") { nameEn } }`;
        const before = await reader.query<{ entity: { nameEn: string } }>(READ);
        // Asked twice: the second answer comes from the reader's response cache.
        expect(await reader.query(READ)).toEqual(before);
        await feed.subscribed;
        const fact = await writer.query<{ fact: { entity: Record<string, unknown> } }>(
          `{ fact(id: "region:world") { entity { id name nameEn aliases ... on Region { level }
            evidence { quote start end source { id } } } } }`,
        );
        const world = fact.data!.fact.entity;
        const evidence = world.evidence as {
          quote: string;
          start: number;
          end: number;
          source: { id: string };
        }[];
        const update = await writer.query(
          UPSERT_ENTITY,
          {
            input: {
              id: 'region:world',
              type: 'REGION',
              name: world.name,
              nameEn: 'The whole world',
              nameEnSource: 'TRANSLATION',
              aliases: world.aliases,
              level: world.level,
              evidence: evidence.map((e) => ({
                source: e.source.id,
                quote: e.quote,
                start: e.start,
                end: e.end,
              })),
            },
            base: 0,
          },
          asCurator,
        );
        expect(update.errors).toBeUndefined();
        expect(await feed.received).toEqual([
          { number: 1, factId: 'region:world', action: 'UPDATE' },
        ]);
        await expect
          .poll(async () => (await reader.query<{ entity: { nameEn: string } }>(READ)).data, {
            timeout: 5000,
            interval: 100,
          })
          .toEqual({ entity: { nameEn: 'The whole world' } });
      } finally {
        await feed.stop();
        await reader.stop();
        await writer.stop();
      }
    }, 60_000);
  },
);

describeConformance(
  'concurrent writes',
  (server: () => TestServer) => {
    it('of writes based on the same version, exactly one commits and the others get CONFLICT', async () => {
      // Sent to this server alone (not compared with the reference): which one wins is a race.
      const send = async (nameEn: string) => {
        const response = await fetch(`${server().url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...asCurator },
          body: JSON.stringify({
            query: `mutation ($input: EntityInput!) { upsertEntity(input: $input, baseVersion: 0) { number } }`,
            variables: {
              input: {
                id: 'region:world',
                type: 'REGION',
                name: '全球',
                nameEn,
                nameEnSource: 'TRANSLATION',
                aliases: [],
                level: 'WORLD',
                evidence: [{ source: 'mca-report-2020-02-21', quote: '全球' }],
              },
            },
          }),
        });
        return (await response.json()) as GraphQLResponse<{ upsertEntity: { number: number } }>;
      };
      const answers = await Promise.all(['World 1', 'World 2', 'World 3', 'World 4'].map(send));
      const committed = answers.filter((a) => a.data?.upsertEntity);
      const refused = answers.filter((a) => codeOf(a) === 'CONFLICT');
      expect(committed.map((a) => a.data!.upsertEntity.number)).toEqual([1]);
      expect(refused).toHaveLength(3);
      const history = await fetch(`${server().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ history(id: "region:world") { version revisions { number } } }',
        }),
      });
      expect(await history.json()).toEqual({
        data: { history: { version: 1, revisions: [{ number: 1 }] } },
      });
    });

    /** POSTs a write to this server alone (a race is not compared with the reference). */
    const raw = async <T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown>,
    ) => {
      const response = await fetch(`${server().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asCurator },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    };
    const UPSERT_KEYED = `mutation ($input: EntityInput!, $key: String) {
      upsertEntity(input: $input, idempotencyKey: $key) { number factId }
    }`;
    const seedQuoted = (id: string, name: string) => ({
      ...actionInput,
      id,
      name,
      evidence: [{ source: 'mca-report-2020-02-21', quote: '全球' }],
      quantities: [],
    });

    it('of new entities with the same name, exactly one commits and the others are refused', async () => {
      const answers = await Promise.all(
        [1, 2, 3, 4].map((i) =>
          raw<{ upsertEntity: { number: number } }>(UPSERT_KEYED, {
            input: seedQuoted(`action:same-name-${i}`, '同名的并发写入'),
          }),
        ),
      );
      const committed = answers.filter((a) => a.data?.upsertEntity);
      expect(committed).toHaveLength(1);
      for (const refused of answers.filter((a) => !a.data?.upsertEntity)) {
        expect(codeOf(refused)).toBe('BAD_USER_INPUT');
        expect(refused.errors![0]!.message).toMatch(/name: same name as action:same-name-\d/);
      }
    });

    it('answers a write sent again under its idempotency key with the revision already committed', async () => {
      const input = seedQuoted('action:sent-twice', '重发的写入');
      const key = 'c0ffee00-1111-4222-8333-444455556666';
      const first = await raw<{ upsertEntity: { number: number } }>(UPSERT_KEYED, { input, key });
      expect(first.errors).toBeUndefined();
      // Sent again, once and then three times at once, as a client retrying a lost answer would.
      const again = await Promise.all(
        [1, 2, 3, 4].map(() =>
          raw<{ upsertEntity: { number: number } }>(UPSERT_KEYED, { input, key }),
        ),
      );
      for (const answer of again) expect(answer).toEqual(first);
      const sourceAgain = `mutation ($key: String) { addSource(input: { id: "keyed-source", title: "t", text: "正文" }, idempotencyKey: $key) { number } }`;
      const added = await raw(sourceAgain, { key: 'source-key-1' });
      expect(added.errors).toBeUndefined();
      expect(await raw(sourceAgain, { key: 'source-key-1' })).toEqual(added);
      // Without a key, or under a new one, the same source is a second write: CONFLICT.
      expect(codeOf(await raw(sourceAgain, {}))).toBe('CONFLICT');
      expect(codeOf(await raw(sourceAgain, { key: 'source-key-2' }))).toBe('CONFLICT');
      // A key names one write: another fact under it is refused, not answered with the old one.
      const other = await raw(UPSERT_KEYED, { input: seedQuoted('action:other', '另一写入'), key });
      expect(codeOf(other)).toBe('CONFLICT');
      expect(codeOf(await raw(UPSERT_KEYED, { input, key: 'bad key' }))).toBe('BAD_USER_INPUT');
      const history = await raw<{ history: { revisions: unknown[] } }>(
        `{ history(id: "action:sent-twice") { revisions { number } } }`,
        {},
      );
      expect(history.data!.history.revisions).toHaveLength(1);
    });
  },
  writersEnv,
  { writes: true },
);

describeConformance(
  'hostile write input',
  (server: () => TestServer) => {
    const write = (query: string, variables: Record<string, unknown>) =>
      server().query(query, variables, asCurator);
    /** The refusal's code and the field it names. */
    const refusal = (result: GraphQLResponse) => ({
      code: codeOf(result),
      field: result.errors?.[0]?.extensions?.field,
    });
    const revisionCount = async () =>
      (
        await server().query<{ changes: { revisions: unknown[] } }>(
          `{ changes { revisions { number } } }`,
        )
      ).data!.changes.revisions.length;
    // A space, an emoji (a surrogate pair) and a last character the offsets can point past.
    const spacedText = '口罩 50万只送达 😀 完毕';

    it('stores the sources the cases quote', async () => {
      expect((await write(ADD_SOURCE, { input: sourceInput })).errors).toBeUndefined();
      const spaced = await write(ADD_SOURCE, {
        input: { id: 'spaced', title: '带空格', text: spacedText },
      });
      expect(spaced.errors).toBeUndefined();
    });

    it.each([
      ['a lone surrogate', 'x\ud83d'],
      ['a bidi override', 'x\u202ey'],
      ['a bidi isolate', 'x\u2067y'],
      ['a control character', 'x\u0007y'],
    ])('refuses a source text holding %s (BAD_USER_INPUT naming text)', async (_case, text) => {
      const result = await write(ADD_SOURCE, { input: { id: 'hostile-text', title: 't', text } });
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    });

    const entity = (fields: Record<string, unknown>) => ({ input: { ...actionInput, ...fields } });
    it.each([
      ['an id holding |', { id: 'action:a|PERFORMED|b' }, 'id'],
      ['an id outside the id grammar', { id: 'action:Mask Donation' }, 'id'],
      ['a lone surrogate in the name', { name: '口罩\udc00' }, 'name'],
      ['a bidi override in the English name', { nameEn: 'Masks \u202egnp.exe' }, 'nameEn'],
      ['a control character in an alias', { aliases: ['口罩\u0000'] }, 'aliases.0'],
      ['a line break in the name', { name: '口罩\n捐赠' }, 'name'],
      ['a name over 500 characters', { name: '口'.repeat(501) }, 'name'],
      ['a leading space in the name', { name: ' 向湖北捐赠口罩' }, 'name'],
      [
        'more than 50 aliases',
        { aliases: Array.from({ length: 51 }, (_, i) => `别名${i}`) },
        'aliases',
      ],
      [
        'a quantity without a unit',
        { quantities: [{ value: 500000, unit: '', item: '口罩', text: '约50万只' }] },
        'quantities.0.unit',
      ],
    ])(
      'refuses an entity with %s (BAD_USER_INPUT naming the field)',
      async (_case, fields, field) => {
        const result = await write(UPSERT_ENTITY, entity(fields));
        expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field });
      },
    );

    it('refuses a comment or a reason with a hostile character, or too long', async () => {
      const commented = `mutation ($input: EntityInput!, $comment: String) {
        upsertEntity(input: $input, comment: $comment) { number } }`;
      for (const comment of ['see \u202eabove', 'x\ud800', 'c'.repeat(2001)]) {
        const result = await write(commented, { ...entity({}), comment });
        expect(refusal(result), JSON.stringify(comment.slice(0, 20))).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'comment',
        });
      }
      const retract = await write(RETRACT, {
        id: 'region:world',
        reason: 'wrong \u2066region',
        base: 0,
      });
      expect(refusal(retract)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    });

    const relation = (evidence: unknown[], quantities: unknown[] = []) => ({
      input: {
        type: 'COVERED',
        from: 'action:medical-supplies-production',
        to: 'region:hubei',
        evidence,
        quantities,
      },
    });
    it.each([
      // slice() would count -2 from the end and clamp 2e9: the text's last two characters.
      ['a negative start', [{ source: 'spaced', quote: '完毕', start: -2, end: 2_000_000_000 }]],
      [
        'an end past the text',
        [
          {
            source: 'spaced',
            quote: '完毕',
            start: spacedText.length - 2,
            end: spacedText.length + 5,
          },
        ],
      ],
      ['a quote with a leading space', [{ source: 'spaced', quote: ' 50万只送达' }]],
      ['a quote with a trailing space', [{ source: 'spaced', quote: '口罩 ' }]],
      [
        'a quote that splits a surrogate pair',
        [
          {
            source: 'spaced',
            quote: '\ud83d',
            start: spacedText.indexOf('😀'),
            end: spacedText.indexOf('😀') + 1,
          },
        ],
      ],
    ])('refuses relation evidence with %s (BAD_USER_INPUT)', async (_case, evidence) => {
      const result = await write(ADD_RELATION, relation(evidence));
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    });

    it('refuses a relation quantity the seed schema refuses (an empty unit)', async () => {
      const result = await write(
        ADD_RELATION,
        relation(
          [{ source: 'spaced', quote: '口罩 50万只送达' }],
          [{ value: 500000, unit: '', text: '50万只' }],
        ),
      );
      expect(refusal(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'quantities.0.unit' });
    });

    it('left the graph as the two sources made it, and takes the same relation grounded well', async () => {
      expect(await revisionCount()).toBe(2);
      const grounded = await write(
        ADD_RELATION,
        relation(
          [{ source: 'spaced', quote: '口罩 50万只送达' }],
          [{ value: 500000, unit: '只', text: '50万只' }],
        ),
      );
      expect(grounded.errors).toBeUndefined();
      expect(await revisionCount()).toBe(3);
    });
  },
  { ...writersEnv, WRITE_RATE_LIMIT: '1000' },
  { writes: true },
);
