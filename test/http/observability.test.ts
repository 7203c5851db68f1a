// Logs and metrics: one JSON line per request (id, operation, duration, outcome), causes server-side only, Prometheus counts by outcome.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { wrapCalls } from '../../src/graph/wrapCalls.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { createServer, type Server } from '../../src/server.js';
import { jsonHeaders, operation, send } from './raw.js';

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  operation?: string;
  outcome?: string;
  code?: string;
  status?: number;
  durationMs?: number;
  err?: { message: string; stack: string };
  requests?: { accepted: number; completed: number; aborted: number };
}

const deep = `query Deep { entity(id: "region:wuhan") { ${'relations { node { '.repeat(10)}id${' } }'.repeat(10)} } }`;

describe('observability', () => {
  const lines: LogLine[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const backend = wrapCalls(new MemoryBackend(await loadSeed()), async (method, call, args) => {
      if (method === 'shortestPath') throw new Error('driver exploded at bolt://db.internal:7687');
      return call(...args);
    });
    server = await createServer({
      config: loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'production' }),
      backend,
      logStream: { write: (line) => lines.push(JSON.parse(line) as LogLine) },
    });
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    if (server.app.server.listening) await server.close();
  });

  const completed = () => lines.filter((l) => l.msg === 'request completed');

  it('logs a normal request with its id, operation, duration and outcome ok', async () => {
    const response = await send(url, {
      ...operation('query Hospitals { search(text: "火神山") { id } }'),
      headers: { ...jsonHeaders, 'x-request-id': 'client-id-1' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('client-id-1');
    const line = completed().find((l) => l.reqId === 'client-id-1');
    expect(line).toMatchObject({ operation: 'Hospitals', outcome: 'ok', code: 'OK', status: 200 });
    expect(line!.durationMs).toBeGreaterThan(0);
  });

  it('logs a rejected hostile query with its code, distinguishable from a normal one', async () => {
    const response = await send(url, operation(deep));
    expect(response.status).toBe(400);
    const reqId = response.headers.get('x-request-id');
    expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(completed().find((l) => l.reqId === reqId)).toMatchObject({
      operation: 'Deep',
      outcome: 'rejected',
      code: 'QUERY_TOO_DEEP',
      status: 400,
    });
  });

  it('logs refusals made before GraphQL (bad JSON) with their code', async () => {
    const response = await send(url, { headers: jsonHeaders, body: '{"query": ' });
    const reqId = response.headers.get('x-request-id');
    expect(completed().find((l) => l.reqId === reqId)).toMatchObject({
      outcome: 'rejected',
      code: 'FST_ERR_CTP_INVALID_JSON_BODY',
      status: 400,
    });
  });

  it('logs an unexpected error with its cause and stack, which the client never sees', async () => {
    const response = await send(
      url,
      operation(
        'query Path { shortestPath(from: "region:wuhan", to: "company:foxconn") { nodes { id } } }',
      ),
    );
    expect(response.text).not.toContain('exploded');
    const reqId = response.headers.get('x-request-id');
    const cause = lines.find((l) => l.reqId === reqId && l.msg === 'resolver error');
    expect(cause?.err?.message).toContain('driver exploded');
    expect(cause?.err?.stack).toMatch(/\n\s+at /);
    expect(completed().find((l) => l.reqId === reqId)).toMatchObject({
      operation: 'Path',
      outcome: 'error',
      code: 'INTERNAL_SERVER_ERROR',
    });
  });

  it('counts requests by operation and outcome, latency and backend calls on /metrics', async () => {
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain(
      'graphql_requests_total{operation="Hospitals",outcome="ok",code="OK"} 1',
    );
    expect(text).toContain(
      'graphql_requests_total{operation="Deep",outcome="rejected",code="QUERY_TOO_DEEP"} 1',
    );
    expect(text).toContain(
      'graphql_requests_total{operation="Path",outcome="error",code="INTERNAL_SERVER_ERROR"} 1',
    );
    expect(text).toMatch(
      /graphql_request_duration_seconds_count\{operation="Hospitals",outcome="ok"\} 1/,
    );
    expect(text).toMatch(
      /graph_backend_calls_total\{backend="memory",method="search",outcome="ok"\} 1/,
    );
    expect(text).toMatch(
      /graph_backend_calls_total\{backend="memory",method="shortestPath",outcome="error"\} 1/,
    );
    expect(text).toMatch(/^process_cpu_seconds_total /m);
  });

  it('on close, reports that every request it accepted was answered', async () => {
    await server.close();
    const closed = lines.find((l) => l.msg === 'server closed');
    expect(closed?.requests?.accepted).toBeGreaterThanOrEqual(5);
    expect(closed?.requests?.completed).toBe(closed?.requests?.accepted);
  });
});
