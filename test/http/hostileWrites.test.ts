// Write-side abuse over real HTTP: oversized texts, forged offsets, unauthorised writes, many writes in one request and floods of writes each get their code, never a 5xx or a stack trace, and leave the graph as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { asCurator, asReader, noticeText, writersEnv } from '../helpers/curation.js';
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
