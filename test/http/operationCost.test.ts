// Operation cost: each field costs 1 plus its subtree times its page (`first`, or neighborhood's `limit`); cost == MAX_COST passes, one more is refused, per document and variables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { createServer } from '../../src/server.js';
import {
  isGraphQLError,
  limitCodeOf,
  OperationLimitError,
} from '../../src/graphql/plugins/operationLimits.js';
import { GraphQLError } from 'graphql';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { codesOf, operation, send, type RawResponse } from './raw.js';

const MAX_COST = 50;

describe('operation cost', () => {
  let server: TestServer;
  let defaults: TestServer;
  beforeAll(async () => {
    const seed = await loadSeed();
    server = await startTestServer(new MemoryBackend(seed), { MAX_COST: String(MAX_COST) });
    defaults = await startTestServer(new MemoryBackend(seed));
  });
  afterAll(async () => {
    await server.stop();
    await defaults.stop();
  });

  const ask = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
    send(server.url, {
      ...operation(query, variables),
      body: JSON.stringify({ query, variables, operationName }),
    });

  function expectAccepted(response: RawResponse) {
    expect(response.json?.errors, JSON.stringify(response.json?.errors)).toBeUndefined();
    expect(response.status).toBe(200);
  }

  function expectRefused(response: RawResponse, cost: number) {
    expect(response.status).toBe(400);
    expect(codesOf(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.json!.errors![0]!.message).toBe(
      `Query cost ${cost} exceeds the limit of ${MAX_COST} (a list field counts its subtree \`first\` times).`,
    );
  }

  // search costs 1, plus `first` times its subtree (id: 1).
  const search = (first: number) => `{ search(text: "协会", first: ${first}) { id } }`;

  it('accepts an operation that costs exactly MAX_COST and refuses one that costs one more', async () => {
    expectAccepted(await ask(search(MAX_COST - 1)));
    expectRefused(await ask(search(MAX_COST)), MAX_COST + 1);
  });

  it('multiplies nested pages: 1 + 2 × (1 + 12 × 2) = 51', async () => {
    const nested = (inner: number) =>
      `{ search(text: "民政部", first: 2) { id relations(first: ${inner}) { id type } } }`;
    // 1 + 2 × (id 1 + relations (1 + inner × 2)) = 5 + 4 × inner
    expectAccepted(await ask(nested(11))); // 49
    expectRefused(await ask(nested(12)), 53);
  });

  it("weighs a revision's record 100 and a source's text 1,000: aliases of either cannot buy gigabyte answers", async () => {
    const records = Array.from({ length: 30 }, (_, i) => `a${i}: record`).join(' ');
    const changes = (first: number) => `{ changes(first: ${first}) { revisions { ${records} } } }`;
    const atDefaults = (query: string) => send(defaults.url, operation(query));
    // 1 + first × (revisions 1 + 30 × 100): 666 pages cost 1,998,667, 667 cost 2,001,668.
    expectAccepted(await atDefaults(changes(666)));
    const refused = await atDefaults(changes(667));
    expect(codesOf(refused)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused.json!.errors![0]!.message).toMatch(
      /^Query cost 2001668 exceeds the limit of 2000000/,
    );
    // sources (1) + text (1,000) on a server whose limit is 50.
    expectRefused(await ask('{ sources { text } }'), 1001);
    expectAccepted(await ask('{ sources { id } }'));
  });

  it('weighs a batch of writes as that many single writes: (1 + subtree) × items, inline or in variables', async () => {
    const relation = { type: 'PERFORMED', from: 'a:x', to: 'action:y', evidence: [] };
    const batch = `mutation ($input: BatchInput!) { commitBatch(input: $input) { number } }`;
    const items = (n: number) => ({
      input: { relations: Array.from({ length: n }, () => ({ relation })) },
    });
    // (commitBatch 1 + number 1) × 25 = 50: within the limit, so it is refused for want of a key.
    const within = await ask(batch, items(25));
    expect(codesOf(within)).not.toContain('QUERY_TOO_COMPLEX');
    expect(codesOf(within)).toEqual(['UNAUTHENTICATED']);
    expectRefused(await ask(batch, items(26)), 52);
    // Split over the three lists, written inline: counted all the same.
    const inline = `mutation { commitBatch(input: {
      sources: [${'{ source: { id: "s", title: "t", text: "x" } }, '.repeat(9)}]
      entities: [${'{ entity: { id: "a:x", type: ASSOCIATION, name: "n", nameEn: "n", nameEnSource: TRANSLATION, evidence: [] } }, '.repeat(9)}]
      relations: [${'{ relation: { type: "PERFORMED", from: "a:x", to: "action:y", evidence: [] } }, '.repeat(8)}]
    }) { number } }`;
    expectRefused(await ask(inline), 52);
    // A batch whose variable is missing is weighed as one item and refused for the variable.
    const missing = await ask(batch, {});
    expect(missing.status).toBe(400);
    expect(codesOf(missing)).toEqual(['BAD_USER_INPUT']);
  });

  it('weighs neighborhood by its limit (its default, 500, when not given)', async () => {
    // 1 + limit × (nodes 1 + id 1)
    const neighborhood = (limit: string) =>
      `{ neighborhood(id: "region:wuhan"${limit}) { nodes { id } } }`;
    expectAccepted(await ask(neighborhood(', limit: 24'))); // 49
    expectRefused(await ask(neighborhood(', limit: 25')), 51);
    expectRefused(await ask(neighborhood('')), 1001);
  });

  it('weighs a page of 0 (or less) as one page, so it cannot hide its subtree', async () => {
    const empty = (inner: number) =>
      `{ search(text: "协会", first: 0) { relations(first: ${inner}) { id } } }`;
    expectAccepted(await ask(empty(48))); // 1 + 1 × (1 + 48)
    expectRefused(await ask(empty(49)), 51);
  });

  it('costs the same document again with other variables, and each operation of it by name', async () => {
    const query = `query ($f: Int!) { search(text: "协会", first: $f) { id } }`;
    expectAccepted(await ask(query, { f: 10 }));
    expectRefused(await ask(query, { f: 60 }), 61);
    expectAccepted(await ask(query, { f: 10 }));
    expectRefused(await ask(query, { f: 60 }), 61);
    // More variants than the per-document cache keeps: each still gets its own cost.
    for (let f = 0; f < 70; f++) {
      const response = await ask(query, { f: f + 1 });
      if (f + 2 <= MAX_COST) expectAccepted(response);
      else expectRefused(response, f + 2);
    }
    expectAccepted(await ask(query, { f: 1 }));

    const two = `query Small { search(text: "协会", first: 1) { id } }
      query Big { search(text: "协会", first: 99) { id } }`;
    expectAccepted(await ask(two, {}, 'Small'));
    expectRefused(await ask(two, {}, 'Big'), 100);
    expectAccepted(await ask(two, {}, 'Small'));
  });

  it('leaves a variable of the wrong type to execution (BAD_USER_INPUT), not to the cost', async () => {
    const response = await ask(`query ($f: Int!) { search(text: "协会", first: $f) { id } }`, {
      f: 'many',
    });
    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses a document too large to weigh (fragments spread into 3^9 fields) as too complex', async () => {
    const fragments = ['fragment F0 on Entity { id }'];
    for (let i = 1; i <= 9; i++) {
      fragments.push(`fragment F${i} on Entity { ...F${i - 1} ...F${i - 1} ...F${i - 1} }`);
    }
    const query = `{ entity(id: "region:wuhan") { ...F9 } } ${fragments.join(' ')}`;
    const response = await send(defaults.url, operation(query));
    expect(response.status).toBe(400);
    expect(codesOf(response)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(response.json!.errors![0]!.message).toBe('Query cost exceeds the limit of 2000000.');
    // A few levels less is weighed, and costs little: answered.
    const small = `{ entity(id: "region:wuhan") { ...F3 } } ${fragments.slice(0, 4).join(' ')}`;
    const answered = await send(defaults.url, operation(small));
    expect(answered.json?.errors).toBeUndefined();
  });

  it('leaves cost, tokens and depth to its own limits only (no second, stricter check)', async () => {
    // 3^7 = 2187 fields through fragments: weighed (under 10,000 nodes) and cheap enough.
    const fragments = ['fragment F0 on Entity { id }'];
    for (let i = 1; i <= 7; i++) {
      fragments.push(`fragment F${i} on Entity { ...F${i - 1} ...F${i - 1} ...F${i - 1} }`);
    }
    const wide = await send(
      defaults.url,
      operation(`{ entity(id: "region:wuhan") { ...F7 } } ${fragments.join(' ')}`),
    );
    expect(wide.json?.errors, JSON.stringify(wide.json?.errors)).toBeUndefined();
    // About 2,000 tokens, under MAX_TOKENS (5,000).
    const long = await send(
      defaults.url,
      operation(`{ search(text: "协会", first: 1, types: [${'HOSPITAL '.repeat(2000)}]) { id } }`),
    );
    expect(long.json?.errors, JSON.stringify(long.json?.errors)).toBeUndefined();
    const deep = await send(
      defaults.url,
      operation(
        `{ entity(id: "region:wuhan") { ${'relations(first: 1) { node { '.repeat(8)}id${' } }'.repeat(8)} } }`,
      ),
    );
    expect(codesOf(deep)).toEqual(['QUERY_TOO_DEEP']);
    expect(deep.json!.errors![0]!.message).toMatch(
      /^Query depth limit of 15 exceeded, found 18\.$/,
    );
  });
});

describe('the cost in the request log', () => {
  it('logs the cost of every weighed request, answered or refused', async () => {
    const lines: { msg: string; cost?: number; code?: string }[] = [];
    const server = await createServer({
      config: loadConfig({ LOG_LEVEL: 'info', MAX_COST: '50' }),
      backend: new MemoryBackend(await loadSeed()),
      logStream: { write: (line) => lines.push(JSON.parse(line) as (typeof lines)[number]) },
    });
    const url = await server.app.listen({ host: '127.0.0.1', port: 0 });
    try {
      await send(url, operation('{ search(text: "协会", first: 9) { id } }'));
      await send(url, operation('{ search(text: "协会", first: 50) { id } }'));
      // Variables of the wrong type cannot be weighed: no cost is logged (nor charged).
      await send(
        url,
        operation(`query ($f: Int!) { search(text: "协会", first: $f) { id } }`, { f: 'many' }),
      );
      const completed = lines.filter((l) => l.msg === 'request completed');
      expect(completed.map((l) => [l.code, 'cost' in l ? l.cost : 'none'])).toEqual([
        ['OK', 10],
        ['QUERY_TOO_COMPLEX', 51],
        ['BAD_USER_INPUT', 'none'],
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('limitCodeOf', () => {
  it('finds the limit code of a refused operation, directly or wrapped, and of the token limit', () => {
    const deep = new OperationLimitError('too deep', 'QUERY_TOO_DEEP');
    expect(limitCodeOf(deep)).toBe('QUERY_TOO_DEEP');
    expect(limitCodeOf(new GraphQLError('wrapped', { originalError: deep }))).toBe(
      'QUERY_TOO_DEEP',
    );
    expect(
      limitCodeOf(
        new GraphQLError('Syntax Error: Document contains more than 60 tokens. Parsing aborted.'),
      ),
    ).toBe('TOO_MANY_TOKENS');
    expect(
      limitCodeOf(
        new GraphQLError('Syntax Error: Document contains more that 60 tokens. Parsing aborted.'),
      ),
    ).toBe('TOO_MANY_TOKENS');
  });

  it('finds none for any other error', () => {
    expect(limitCodeOf(new GraphQLError('Cannot query field "x" on type "Query".'))).toBeNull();
    expect(
      limitCodeOf(new GraphQLError('x Syntax Error: Document contains more than 60 tokens.')),
    ).toBeNull();
    // Not a GraphQL error, whatever its message says.
    expect(
      limitCodeOf(new Error('Syntax Error: Document contains more than 60 tokens.')),
    ).toBeNull();
    expect(
      limitCodeOf(
        Object.assign(new Error('x'), {
          originalError: new OperationLimitError('y', 'TOO_MANY_ALIASES'),
        }),
      ),
    ).toBeNull();
    expect(isGraphQLError(new GraphQLError('x'))).toBe(true);
    expect(isGraphQLError({ message: 'x', extensions: {} })).toBe(false);
  });
});
