// Write-side abuse over real HTTP: oversized texts, forged offsets, unauthorised writes, many writes in one request and floods of writes each get their code, never a 5xx or a stack trace, and leave the graph as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { actionInput, asCurator, asReader, noticeText, writersEnv } from '../helpers/curation.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { codesOf, expectNoInternals, jsonHeaders, send } from './raw.js';

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`;

describe('write-side abuse', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...writersEnv,
      NODE_ENV: 'production',
      LIMIT_MAX_SOURCE_TEXT_LENGTH: '1000',
      LIMIT_MAX_WRITES_PER_REQUEST: '3',
      WRITE_RATE_LIMIT: '20',
    });
  });
  afterAll(() => server.stop());

  const write = (query: string, variables: Record<string, unknown>, headers = asCurator) =>
    send(server.url, {
      headers: { ...jsonHeaders, ...headers },
      body: JSON.stringify({ query, variables }),
    });

  const revisions = async () => {
    const page = await server.query<{ changes: { revisions: unknown[] } }>(
      `{ changes { revisions { number } } }`,
    );
    return page.data!.changes.revisions.length;
  };

  it('refuses a source text over the limit (BAD_USER_INPUT), storing nothing', async () => {
    const response = await write(ADD_SOURCE, {
      input: { id: 'huge', title: '长文', text: '字'.repeat(1001) },
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.json?.errors?.[0]?.message).toMatch(/at most 1000 characters/);
    expectNoInternals(response);
    expect(await revisions()).toBe(0);
  });

  it('refuses forged offsets, negative or past the end, and hostile ids', async () => {
    await write(ADD_SOURCE, { input: { id: 'notice', title: '通知', text: noticeText } });
    const forged = (start: number, end: number) =>
      write(`mutation ($input: RelationInput!) { addRelation(input: $input) { number } }`, {
        input: {
          type: 'COVERED',
          from: 'action:medical-supplies-production',
          to: 'region:hubei',
          evidence: [{ source: 'notice', quote: '湖北', start, end }],
        },
      });
    for (const [start, end] of [
      [0, 2],
      [-2, 0],
      [1e6, 1e6 + 2],
      [20, 10],
    ] as const) {
      const response = await forged(start, end);
      expect(codesOf(response), `[${start}, ${end})`).toEqual(['BAD_USER_INPUT']);
      expectNoInternals(response);
    }
    const badId = await write(ADD_SOURCE, {
      input: { id: '../../etc/passwd', title: 'x', text: 'x' },
    });
    expect(codesOf(badId)).toEqual(['BAD_USER_INPUT']);
    expect(await revisions()).toBe(1);
  });

  it('refuses writes without a key, with a forged key or a reader key, and malformed headers', async () => {
    const input = { input: { id: 'unauthorised', title: 'x', text: 'x' } };
    for (const headers of [
      {},
      { authorization: 'Bearer ' },
      { authorization: 'Basic Y3VyYXRvcjpzZWNyZXQ=' },
      { authorization: `Bearer ${'a'.repeat(10_000)}` },
      { authorization: 'Bearer a.b.c' },
    ]) {
      const response = await write(ADD_SOURCE, input, headers as typeof asCurator);
      expect(codesOf(response), JSON.stringify(headers).slice(0, 40)).toEqual(['UNAUTHENTICATED']);
      expectNoInternals(response);
    }
    expect(codesOf(await write(ADD_SOURCE, input, asReader))).toEqual(['FORBIDDEN']);
    expect(await revisions()).toBe(1);
  });

  it('makes at most the limit of writes in one request (aliases), refusing the rest', async () => {
    const fields = Array.from(
      { length: 5 },
      (_, i) => `w${i}: addSource(input: { id: "batch-${i}", title: "x", text: "x" }) { number }`,
    );
    const response = await write(`mutation { ${fields.join('\n')} }`, {});
    // Mutation fields run one after another; the first refused one ends the operation.
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.json?.errors?.[0]?.message).toMatch(/At most 3 writes per request/);
    expect(await revisions()).toBe(4);
  });

  it('refuses a flood of writes from one writer with RATE_LIMITED and Retry-After', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const response = await write(ADD_SOURCE, {
        input: { id: `flood-${i}`, title: 'x', text: 'x' },
      });
      codes.push(...(codesOf(response).length ? codesOf(response) : ['OK']));
      expectNoInternals(response);
    }
    // 20 writes per window, refused ones included (a flood of bad writes is a flood too): the
    // tests above spent 10 (1 oversized, 1 source, 4 forged, 1 bad id, 3 in the batch).
    expect(codes).toEqual([...Array<string>(10).fill('OK'), 'RATE_LIMITED', 'RATE_LIMITED']);
    const refused = await write(ADD_SOURCE, { input: { id: 'late', title: 'x', text: 'x' } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Reads are not a writer's budget: they still answer.
    const read = await server.query(`{ sources { id } }`);
    expect(read.errors).toBeUndefined();
  });
});

describe('write refusals, with their reasons', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...writersEnv,
      NODE_ENV: 'production',
      LIMIT_MAX_SOURCE_TEXT_LENGTH: '1000',
    });
    await server.query(
      ADD_SOURCE,
      { input: { id: 'notice', title: '通知', text: noticeText } },
      asCurator,
    );
  });
  afterAll(() => server.stop());

  it('says why a source or a quote is refused, naming the field', async () => {
    const reason = async (query: string, variables: Record<string, unknown>) => {
      const result = await server.query(query, variables, asCurator);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      return result.errors![0]!.message;
    };
    const source = (id: string, text: string) => ({ input: { id, title: '通知', text } });
    for (const id of ['Upper-Case', 'notice-2/../x', '-x', 'a'.repeat(101)]) {
      expect(await reason(ADD_SOURCE, source(id, 'x')), id).toContain(
        'id: lower-case letters, digits and hyphens, at most 100',
      );
    }
    expect(await reason(ADD_SOURCE, source('blank', ' \n\t '))).toContain(
      'text: must not be empty',
    );
    expect(await reason(ADD_SOURCE, source('long', '字'.repeat(1001)))).toContain(
      'text: at most 1000 characters; got 1001',
    );
    // Exactly at the limit is accepted.
    const atLimit = await server.query(
      ADD_SOURCE,
      source('at-limit', '字'.repeat(1000)),
      asCurator,
    );
    expect(atLimit.errors).toBeUndefined();

    // Every optional field of a source is stored as sent.
    const described = {
      id: 'described',
      title: '通知',
      titleEn: 'Notice',
      publisher: '协会',
      author: '秘书处',
      date: '2020-03-01',
      text: noticeText,
    };
    expect(
      (await server.query(ADD_SOURCE, { input: described }, asCurator)).errors,
    ).toBeUndefined();
    const stored = await server.query<{ sources: Record<string, unknown>[] }>(
      `{ sources { id title titleEn publisher author date } }`,
    );
    const { text: _text, ...fields } = described;
    expect(stored.data!.sources).toContainEqual(fields);
    // An entity's offsets are range-checked before the text is sliced (slice counts -2 from the end).
    const last = noticeText.slice(-2);
    expect(
      await reason(`mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }`, {
        input: {
          ...actionInput,
          evidence: [{ source: 'notice', quote: last, start: -2, end: noticeText.length }],
          quantities: [],
        },
      }),
    ).toContain(
      `evidence.0: offsets [-2, ${noticeText.length}) are not integers within the source text [0, ${noticeText.length}]`,
    );

    const relation = (evidence: unknown[]) => ({
      input: {
        type: 'COVERED',
        from: 'action:medical-supplies-production',
        to: 'region:hubei',
        evidence,
      },
    });
    const ADD_RELATION = `mutation ($input: RelationInput!) { addRelation(input: $input) { number } }`;
    const at = noticeText.indexOf('湖北');
    for (const [evidence, expected] of [
      [[], 'evidence: at least one quote is needed'],
      [[{ source: 'nowhere', quote: '湖北' }], 'evidence.0.source: unknown source "nowhere"'],
      [[{ source: 'notice', quote: '' }], 'evidence.0: the quote is empty'],
      [[{ source: 'notice', quote: '湖北', start: at }], 'give both start and end, or neither'],
      [[{ source: 'notice', quote: '湖北', end: at + 2 }], 'give both start and end, or neither'],
      [
        [{ source: 'notice', quote: '湖北', start: at + 1, end: at + 3 }],
        `quote "湖北" is not the source text at [${at + 1}, ${at + 3})`,
      ],
      [[{ source: 'notice', quote: '火星' }], 'quote "火星" does not occur in the source text'],
    ] as const) {
      expect(
        await reason(ADD_RELATION, relation([...evidence])),
        JSON.stringify(evidence),
      ).toContain(expected);
    }
  });
});
