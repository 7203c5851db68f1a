// The response cache: repeated reads answered without executing, the same bytes, GET caching headers, persisted queries, invalidation by data version, a bound in bytes, and budgets charged on hits.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const query = '{ search(text: "火神山") { id name } }';

async function metric(server: TestServer, name: string): Promise<number> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const escaped = name.replace(/[{}"]/g, (c) => `\\${c}`);
  return Number(new RegExp(`^${escaped} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
}

const events = (server: TestServer, event: string) =>
  metric(server, `response_cache_events_total{event="${event}"}`);

function get(
  server: TestServer,
  params: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const url = new URL(`${server.url}/graphql`);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
}

describe('response cache', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()));
  });
  afterAll(() => server.stop());

  it('answers a repeated query from the cache, with the same bytes and no backend call', async () => {
    const first = await server.post(query);
    const hitsBefore = await events(server, 'hit');
    const callsBefore = server.backend.total;
    const second = await server.post(query);
    expect(second).toEqual(first);
    expect(server.backend.total).toBe(callsBefore);
    expect(await events(server, 'hit')).toBe(hitsBefore + 1);
  });

  it('keys on variables and operation name', async () => {
    const byVariable = 'query Find($t: String!) { search(text: $t) { id } }';
    const a = await server.query<{ search: { id: string }[] }>(byVariable, { t: '火神山' });
    const b = await server.query<{ search: { id: string }[] }>(byVariable, { t: '雷神山' });
    expect(a.data!.search).not.toEqual(b.data!.search);
    expect((await server.query(byVariable, { t: '火神山' })).data).toEqual(a.data);
  });

  it('gives GET answers Cache-Control and an ETag, and answers a matching If-None-Match with 304', async () => {
    const first = await get(server, { query });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    // Apollo picks the content type from Accept: a shared cache must key on it too.
    expect(first.headers.get('vary')).toMatch(/\bAccept\b/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const body = await first.text();
    const again = await get(server, { query });
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(body);
    const revalidated = await get(server, { query }, { 'if-none-match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('gives POST answers no Cache-Control', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    expect(response.headers.get('cache-control')).toBeNull();
  });

  it('serves persisted queries (APQ) by their hash on GET, so URLs stay short', async () => {
    const text = '{ entity(id: "region:wuhan") { id name } }';
    const sha256Hash = createHash('sha256').update(text).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const unknown = await get(server, { extensions });
    expect(await unknown.text()).toContain('PERSISTED_QUERY_NOT_FOUND');
    const registered = await get(server, { query: text, extensions });
    expect(registered.status).toBe(200);
    const body = await registered.text();
    const callsBefore = server.backend.total;
    const byHash = await get(server, { extensions });
    expect(byHash.status).toBe(200);
    expect(await byHash.text()).toBe(body);
    expect(server.backend.total).toBe(callsBefore);
  });

  it('refuses a cached operation on GET without a CSRF preflight header, as Apollo does', async () => {
    await get(server, { query });
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('query', query);
    const response = await fetch(url);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('never caches an answer with errors', async () => {
    const bad = '{ search(text: "") { id } }';
    await server.post(bad);
    const missesBefore = await events(server, 'miss');
    const again = await server.query(bad);
    expect(again.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await events(server, 'miss')).toBe(missesBefore + 1);
  });
});

describe('response cache invalidation and bounds', () => {
  it('drops every answer when the data version changes', async () => {
    const memory = new MemoryBackend(await loadSeed());
    let version = 'v1';
    const changing: GraphBackend = Object.assign(Object.create(memory) as GraphBackend, {
      dataVersion: async () => version,
    });
    const server = await startTestServer(changing, { DATA_VERSION_CHECK_MS: '20' });
    try {
      await server.post(query);
      await server.post(query);
      expect(await events(server, 'hit')).toBe(1);
      version = 'v2';
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await events(server, 'invalidated')).toBe(1);
      const callsBefore = server.backend.total;
      await server.post(query);
      expect(server.backend.total).toBeGreaterThan(callsBefore);
      expect(await events(server, 'hit')).toBe(1);
    } finally {
      await server.stop();
    }
  });

  it('caches nothing while the backend cannot name its data version', async () => {
    const memory = new MemoryBackend(await loadSeed());
    const unversioned: GraphBackend = Object.assign(Object.create(memory) as GraphBackend, {
      dataVersion: async () => null,
    });
    const server = await startTestServer(unversioned);
    try {
      await server.post(query);
      await server.post(query);
      expect(await events(server, 'hit')).toBe(0);
      expect(await metric(server, 'response_cache_entries')).toBe(0);
    } finally {
      await server.stop();
    }
  });

  it('keeps at most RESPONSE_CACHE_MAX_BYTES, dropping the least recently used', async () => {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      RESPONSE_CACHE_MAX_BYTES: '4000',
    });
    try {
      for (const text of ['协会', '商会', '医院', '武汉', '北京', '中国']) {
        await server.post(`{ search(text: "${text}") { id name } }`);
      }
      expect(await events(server, 'evicted')).toBeGreaterThan(0);
      expect(await metric(server, 'response_cache_bytes')).toBeLessThanOrEqual(4000);
    } finally {
      await server.stop();
    }
  });

  it('is off with RESPONSE_CACHE=off: every request executes, no caching headers', async () => {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      RESPONSE_CACHE: 'off',
    });
    try {
      await server.post(query);
      const callsBefore = server.backend.total;
      await server.post(query);
      expect(server.backend.total).toBeGreaterThan(callsBefore);
      const response = await get(server, { query });
      expect(response.headers.get('etag')).toBeNull();
      expect(response.headers.get('cache-control')).toBeNull();
    } finally {
      await server.stop();
    }
  });
});

describe('response cache and the budget per client', () => {
  // Budget 1000 and no per-request charge: each answer costs the operation's cost alone.
  const env = {
    MAX_COST: '1000',
    RATE_LIMIT_BUDGET: '1000',
    RATE_LIMIT_REQUEST_COST: '0',
  };

  async function outcomes(cache: 'on' | 'off'): Promise<string[]> {
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...env,
      RESPONSE_CACHE: cache,
    });
    try {
      const seen: string[] = [];
      for (let i = 0; i < 40; i++) {
        const answer = await server.post(query);
        seen.push(
          `${answer.status} ${answer.body.replace(/retry in \d+ s|"retryAfter":\d+/g, '')}`,
        );
      }
      return seen;
    } finally {
      await server.stop();
    }
  }

  it('charges a hit its operation cost: the same requests are refused at the same point, alike', async () => {
    const cached = await outcomes('on');
    const executed = await outcomes('off');
    expect(cached).toEqual(executed);
    expect(cached.at(-1)).toMatch(/^429 .*RATE_LIMITED/);
    expect(cached[0]).toMatch(/^200 /);
  });
});
