// A fair share per client: each client (its API key, else its address) has a budget of request cost per window; past it, 429 with Retry-After before execution, while other clients keep their normal latency.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { asCurator, asReader, noticeText, writersEnv } from '../helpers/curation.js';
import {
  flood,
  metric,
  operationBody,
  percentileOf,
  post,
  type Answer,
} from '../helpers/loopbackClients.js';

/** Costs 1,020,101: 100 × 100 × 100 relations, within MAX_COST (2,000,000). */
const heavy = operationBody(
  'query Heavy { search(text: "协会", first: 100) { relations { node { relations { id } } } } }',
);
/** Costs 81. */
const light = operationBody('query Light($t: String!) { search(text: $t) { id name } }', {
  t: '火神山',
});

const heavyClient = '127.0.0.2';
const lightClient = '127.0.0.3';

function expectRateLimited(answer: Answer): void {
  expect(answer.status).toBe(429);
  expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  const body = JSON.parse(answer.text) as {
    data?: unknown;
    errors: { extensions: { code: string; retryAfter: number } }[];
  };
  expect(body.data ?? null).toBeNull();
  expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
  expect(body.errors[0]!.extensions.retryAfter).toBe(Number(answer.headers['retry-after']));
}

describe('a per-client budget of request cost', () => {
  let server: TestServer;
  let lightAnswer: string;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      NODE_ENV: 'production',
      // Four heavy operations (4 × 1,030,101 with the request charge) fit; the fifth does not.
      RATE_LIMIT_BUDGET: '5000000',
      RATE_LIMIT_WINDOW_MS: '60000',
    });
    lightAnswer = (await post(server.url, light, { from: '127.0.0.9' })).text;
  });
  afterAll(() => server.stop());

  it('refuses a heavy client with 429, Retry-After and RATE_LIMITED once its budget is spent, before execution', async () => {
    for (let i = 0; i < 4; i++) {
      expect((await post(server.url, heavy, { from: heavyClient })).status).toBe(200);
    }
    const callsBefore = server.backend.total;
    const refused = await post(server.url, heavy, { from: heavyClient });
    expectRateLimited(refused);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Refused after its cost was known and before it ran: no backend call.
    expect(server.backend.total).toBe(callsBefore);
    // Spent budgets are refused on arrival, whatever the request.
    expectRateLimited(await post(server.url, light, { from: heavyClient }));
    expectRateLimited(await post(server.url, '{"query": ', { from: heavyClient }));
  });

  it('keeps the other clients answering, with their normal latency, while the heavy one is throttled', async () => {
    const timedLight = async () => {
      const started = performance.now();
      const answer = await post(server.url, light, { from: lightClient });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe(lightAnswer);
      return performance.now() - started;
    };
    const alone: number[] = [];
    for (let i = 0; i < 30; i++) alone.push(await timedLight());

    // The heavy client floods from its own process, so its work does not share the server's thread.
    const flooding = flood(server.url, heavyClient, heavy, 4, 1500);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const throttled: number[] = [];
    for (let i = 0; i < 30; i++) throttled.push(await timedLight());
    const heavyAnswers = await flooding;
    expect(Object.keys(heavyAnswers)).toEqual(['429']);
    expect(heavyAnswers['429']).toBeGreaterThan(30);
    const [aloneP50, underP50] = [percentileOf(alone, 50), percentileOf(throttled, 50)];
    console.log(
      `light client p50/p99 alone ${aloneP50.toFixed(1)}/${percentileOf(alone, 99).toFixed(1)} ms, ` +
        `while ${heavyAnswers['429']} heavy requests were refused ${underP50.toFixed(1)}/${percentileOf(throttled, 99).toFixed(1)} ms`,
    );
    // Normal latency: a refusal costs the server little, so the light client barely notices.
    expect(underP50).toBeLessThan(aloneP50 * 3 + 10);
  });

  it('counts the refusals in /metrics by reason and by code', async () => {
    const refusals = await metric(server.url, 'http_refusals_total{reason="rate_limited"}');
    expect(refusals).toBeGreaterThan(30);
    const early = await metric(
      server.url,
      'graphql_requests_total{operation="-",outcome="rejected",code="RATE_LIMITED"}',
    );
    const atAdmission = await metric(
      server.url,
      'graphql_requests_total{operation="Heavy",outcome="rejected",code="RATE_LIMITED"}',
    );
    expect(atAdmission).toBe(1);
    expect(early + atAdmission).toBe(refusals);
  });
});

describe('a budget window', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      MAX_COST: '10000',
      RATE_LIMIT_REQUEST_COST: '10000',
      RATE_LIMIT_BUDGET: '50000',
      RATE_LIMIT_WINDOW_MS: '1000',
    });
  });
  afterAll(() => server.stop());

  it('renews after Retry-After', async () => {
    const typename = operationBody('{ __typename }');
    const client = '127.0.0.4';
    for (let i = 0; i < 4; i++)
      expect((await post(server.url, typename, { from: client })).status).toBe(200);
    // The fifth request's charge (5 × 10,000) fits; with its operation's cost of 1 it does not.
    const refused = await post(server.url, typename, { from: client });
    expectRateLimited(refused);
    expect(refused.headers['retry-after']).toBe('1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await post(server.url, typename, { from: client })).status).toBe(200);
  });
});

describe('client addresses behind a proxy', () => {
  const typename = operationBody('{ __typename }');
  const env = { MAX_COST: '10000', RATE_LIMIT_REQUEST_COST: '10000', RATE_LIMIT_BUDGET: '30000' };

  it('ignores X-Forwarded-For unless TRUST_PROXY is set, so a client cannot escape its budget', async () => {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), env);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const headers = { 'x-forwarded-for': `203.0.113.${i}` };
        statuses.push((await post(server.url, typename, { headers })).status);
      }
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      await server.stop();
    }
  });

  it('keys each client by X-Forwarded-For from a trusted proxy', async () => {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...env,
      TRUST_PROXY: '127.0.0.1',
    });
    try {
      const from = (client: string) => ({ headers: { 'x-forwarded-for': client } });
      for (let i = 0; i < 2; i++) {
        expect((await post(server.url, typename, from('203.0.113.1'))).status).toBe(200);
      }
      expect((await post(server.url, typename, from('203.0.113.1'))).status).toBe(429);
      expect((await post(server.url, typename, from('203.0.113.2'))).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it("takes the address the trusted proxy saw, not the left part of X-Forwarded-For, which is the client's to write", async () => {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...env,
      TRUST_PROXY: '127.0.0.1',
    });
    try {
      // The proxy appends the address it saw (203.0.113.9); the client wrote what comes before.
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const headers = { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` };
        statuses.push((await post(server.url, typename, { headers })).status);
      }
      expect(statuses).toEqual([200, 200, 429, 429]);
    } finally {
      await server.stop();
    }
  });

  it('keys an IPv6 client by its /64: addresses of one /64 share a budget, another /64 has its own', async () => {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...env,
      TRUST_PROXY: '127.0.0.1',
    });
    try {
      const from = (client: string) => ({ headers: { 'x-forwarded-for': client } });
      expect((await post(server.url, typename, from('2001:db8:1:2::1'))).status).toBe(200);
      expect((await post(server.url, typename, from('2001:db8:1:2:ffff::7'))).status).toBe(200);
      expect((await post(server.url, typename, from('2001:db8:1:2:abcd:1:2:3'))).status).toBe(429);
      expect((await post(server.url, typename, from('2001:db8:1:3::1'))).status).toBe(200);
      // An IPv4 address written as IPv4-mapped IPv6 is that IPv4 client.
      expect((await post(server.url, typename, from('198.51.100.77'))).status).toBe(200);
      expect((await post(server.url, typename, from('::ffff:198.51.100.77'))).status).toBe(200);
      expect((await post(server.url, typename, from('198.51.100.77'))).status).toBe(429);
    } finally {
      await server.stop();
    }
  });
});

describe('clients with API keys', () => {
  // Two requests of { __typename } fit in a window (2 × 10,001); the third does not.
  const env = {
    ...writersEnv,
    MAX_COST: '10000',
    RATE_LIMIT_REQUEST_COST: '10000',
    RATE_LIMIT_BUDGET: '30000',
  };
  const typename = operationBody('{ __typename }');
  const addSource = operationBody(
    'mutation ($input: SourceInput!) { addSource(input: $input) { author } }',
    { input: { id: 'budget-test-source', title: '通知', text: noticeText } },
  );
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), env);
  });
  afterAll(() => server.stop());

  it("charges a writer's requests to its key id, wherever they come from, not to the address", async () => {
    const write = await post(server.url, addSource, { from: '127.0.0.20', headers: asCurator });
    expect(write.status).toBe(200);
    expect(JSON.parse(write.text)).toEqual({ data: { addSource: { author: expect.any(String) } } });
    // The same key from another address spends the same budget: its second request fits, its third does not.
    const read = await post(server.url, typename, { from: '127.0.0.21', headers: asCurator });
    expect(read.status).toBe(200);
    expectRateLimited(await post(server.url, typename, { from: '127.0.0.22', headers: asCurator }));
    expectRateLimited(
      await post(server.url, addSource, { from: '127.0.0.20', headers: asCurator }),
    );
    // The addresses it came from have their own budgets, untouched; so has another key on them.
    for (const from of ['127.0.0.20', '127.0.0.21']) {
      expect((await post(server.url, typename, { from })).status).toBe(200);
      expect((await post(server.url, typename, { from, headers: asReader })).status).toBe(200);
    }
  });

  it('charges requests with a token that does not verify to their address', async () => {
    const from = '127.0.0.23';
    const madeUp = (i: number) => ({
      from,
      headers: { authorization: `Bearer made-up-${i}-0123456789` },
    });
    expect((await post(server.url, typename, madeUp(1))).status).toBe(200);
    expect((await post(server.url, typename, madeUp(2))).status).toBe(200);
    expectRateLimited(await post(server.url, typename, madeUp(3)));
    expectRateLimited(await post(server.url, typename, { from }));
  });
});
