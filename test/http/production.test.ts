// Production mode: masked internal errors, configurable introspection, CSRF prevention and CORS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { wrapCalls } from '../../src/graph/wrapCalls.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { codesOf, expectNoInternals, jsonHeaders, operation, send } from './raw.js';

const introspection = '{ __schema { queryType { name } } }';

async function memory() {
  return new MemoryBackend(await loadSeed());
}

function preflight(origin: string) {
  return {
    method: 'OPTIONS' as const,
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  };
}

describe('production defaults', () => {
  let server: TestServer;
  beforeAll(async () => {
    // A backend failure that is not an availability problem: its message must stay server-side.
    const failing = wrapCalls(await memory(), async (method, call, args) => {
      if (method === 'shortestPath') {
        throw new Error('Neo4jError: bolt://db.internal:7687 rejected credentials for user admin');
      }
      return call(...args);
    });
    server = await startTestServer(failing, { NODE_ENV: 'production' });
  });
  afterAll(() => server.stop());

  it('masks unexpected errors: a generic message, no stack trace, no driver message', async () => {
    const response = await send(
      server.url,
      operation('{ shortestPath(from: "region:wuhan", to: "company:foxconn") { nodes { id } } }'),
    );
    expect(response.status).toBe(200);
    expect(response.json?.errors?.[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(response.text).not.toContain('admin');
    expectNoInternals(response);
  });

  it('allows introspection by default (public data)', async () => {
    const response = await send(server.url, operation(introspection));
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('accepts a GET that carries a CSRF preflight header', async () => {
    const response = await send(server.url, {
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ entity(id: "region:wuhan") { id } }')}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ entity: { id: 'region:wuhan' } });
  });

  it('refuses a form POST as a potential CSRF', async () => {
    const response = await send(server.url, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expectNoInternals(response);
  });

  it('answers a CORS preflight from any origin with *', async () => {
    const response = await send(server.url, preflight('https://elsewhere.example'));
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('INTROSPECTION=false', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await memory(), {
      NODE_ENV: 'production',
      INTROSPECTION: 'false',
    });
  });
  afterAll(() => server.stop());

  it('refuses introspection queries', async () => {
    const response = await send(server.url, operation(introspection));
    expect(response.status).toBe(400);
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.json?.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('stops suggesting field names, which would reveal the schema', async () => {
    const response = await send(server.url, operation('{ entity(id: "region:wuhan") { nam } }'));
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/Did you mean/);
  });

  it('still answers ordinary queries', async () => {
    const response = await send(server.url, operation('{ entity(id: "region:wuhan") { id } }'));
    expect(response.json?.data).toEqual({ entity: { id: 'region:wuhan' } });
  });
});

describe('CORS_ORIGINS', () => {
  it('allows only the listed origins', async () => {
    const server = await startTestServer(await memory(), {
      CORS_ORIGINS: 'https://a.example, https://b.example',
    });
    try {
      const allowed = await send(server.url, preflight('https://b.example'));
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://b.example');
      const other = await send(server.url, preflight('https://evil.example'));
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.stop();
    }
  });

  it('sends no CORS headers when empty', async () => {
    const server = await startTestServer(await memory(), { CORS_ORIGINS: '' });
    try {
      const response = await send(server.url, {
        headers: { ...jsonHeaders, origin: 'https://a.example' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.stop();
    }
  });
});
