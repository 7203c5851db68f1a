// Limits come from the environment: every argument limit has a LIMIT_* variable, and operation limits their MAX_* ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, limitVariable, loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { defaultArgumentLimits as defaultLimits } from '../../src/config.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { codesOf, operation, send } from './raw.js';

describe('limits from the environment', () => {
  it('overrides any argument limit with LIMIT_<NAME> and keeps the other defaults', () => {
    expect(limitVariable('maxNeighborhoodDepth')).toBe('LIMIT_MAX_NEIGHBORHOOD_DEPTH');
    for (const name of Object.keys(defaultLimits)) {
      const limits = loadConfig({ [limitVariable(name)]: '7' }).limits;
      expect(limits).toEqual({ ...defaultLimits, [name]: 7 });
    }
  });

  it('refuses a limit that is not a whole number, naming the variable', () => {
    expect(() => loadConfig({ LIMIT_MAX_FIRST: '-1' })).toThrow(ConfigError);
    expect(() => loadConfig({ LIMIT_MAX_FIRST: 'lots' })).toThrow(/LIMIT_MAX_FIRST/);
    expect(() => loadConfig({ MAX_DEPTH: '0' })).toThrow(/MAX_DEPTH/);
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION/);
  });

  it('has documented defaults', () => {
    const config = loadConfig({});
    expect(config.operationLimits).toEqual({
      maxDepth: 15,
      maxCost: 2_000_000,
      maxAliases: 30,
      maxDirectives: 50,
      maxTokens: 5000,
    });
    expect(config).toMatchObject({
      requestTimeoutMs: 10_000,
      bodyLimitBytes: 1024 * 1024,
      introspection: true,
      metrics: true,
      corsOrigins: '*',
      trustProxy: false,
    });
    expect(config.connections).toEqual({
      headersTimeoutMs: 10_000,
      bodyTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1024,
      maxConnectionsPerClient: 128,
      bodyDiscardLimitBytes: 16 * 1024 * 1024,
    });
    expect(config.rateLimit).toEqual({
      budget: 60_000_000,
      windowMs: 60_000,
      requestCost: 10_000,
    });
  });

  it('refuses a budget no operation within MAX_COST could fit, and a headers timeout past the body timeout', () => {
    expect(() => loadConfig({ RATE_LIMIT_BUDGET: '1000' })).toThrow(/RATE_LIMIT_BUDGET/);
    expect(loadConfig({ RATE_LIMIT_BUDGET: '0' }).rateLimit.budget).toBe(0);
    expect(
      loadConfig({ RATE_LIMIT_BUDGET: '1000', MAX_COST: '500', RATE_LIMIT_REQUEST_COST: '500' })
        .rateLimit.budget,
    ).toBe(1000);
    expect(() => loadConfig({ HEADERS_TIMEOUT_MS: '5000', BODY_TIMEOUT_MS: '4000' })).toThrow(
      /HEADERS_TIMEOUT_MS/,
    );
  });

  it('trusts X-Forwarded-For only from the proxies TRUST_PROXY names, never from any hop', () => {
    // "Any proxy" or a hop count would let a client write its own address.
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY=true would let a client/,
    );
    expect(() => loadConfig({ TRUST_PROXY: '1' })).toThrow(/TRUST_PROXY=1 would let a client/);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.1.0.0/16' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.1.0.0/16',
    ]);
  });
});

describe('a server with tight limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      MAX_DEPTH: '4',
      MAX_COST: '50',
      MAX_ALIASES: '2',
      MAX_DIRECTIVES: '1',
      MAX_TOKENS: '60',
      BODY_LIMIT_BYTES: '2000',
      LIMIT_MAX_NEIGHBORHOOD_DEPTH: '1',
      METRICS: 'off',
    });
  });
  afterAll(() => server.stop());

  const expectCode = async (query: string, status: number, code: string) => {
    const response = await send(server.url, operation(query));
    expect(response.status).toBe(status);
    expect(codesOf(response)).toEqual([code]);
  };

  const expectAccepted = async (query: string) => {
    const response = await send(server.url, operation(query));
    expect(response.json?.errors, JSON.stringify(response.json?.errors)).toBeUndefined();
    expect(response.status).toBe(200);
  };

  it('accepts operations exactly at each limit, and refuses one step past it', async () => {
    // Depth 4: search > relations > node > id; one level more is refused.
    await expectAccepted(
      '{ search(text: "火神山", first: 1) { relations(first: 1) { node { id } } } }',
    );
    await expectCode(
      '{ search(text: "火神山", first: 1) { relations(first: 1) { node { relations(first: 1) { id } } } } }',
      400,
      'QUERY_TOO_DEEP',
    );
    // Cost 50: 1 + 49 × id.
    await expectAccepted('{ search(text: "协会", first: 49) { id } }');
    await expectCode('{ search(text: "协会", first: 50) { id } }', 400, 'QUERY_TOO_COMPLEX');
    // Two aliases, one directive.
    await expectAccepted('{ a: __typename b: __typename }');
    await expectAccepted('{ __typename @include(if: true) }');
    // 60 tokens: 18 around a list of 42 values (commas are not tokens); 61 are refused.
    const tokens = (n: number) =>
      `{ search(text: "协会", first: 1, types: [${'HOSPITAL, '.repeat(n)}]) { id } }`;
    await expectAccepted(tokens(42));
    await expectCode(tokens(43), 400, 'TOO_MANY_TOKENS');
    // Fragments add no depth of their own: depth 4 through two fragments is still 4.
    await expectAccepted(
      '{ search(text: "火神山", first: 1) { ...A } } fragment A on Entity { relations(first: 1) { ...B } } fragment B on Relation { node { id } }',
    );
    // Neighborhood depth 1 (LIMIT_MAX_NEIGHBORHOOD_DEPTH).
    await expectAccepted(
      '{ neighborhood(id: "region:wuhan", depth: 1, limit: 5) { nodes { id } } }',
    );
  });

  it('refuses each limit past it with its own code', async () => {
    await expectCode(
      '{ entity(id: "region:wuhan") { relations { node { relations { node { id } } } } } }',
      400,
      'QUERY_TOO_DEEP',
    );
    await expectCode('{ search(text: "协会", first: 60) { id } }', 400, 'QUERY_TOO_COMPLEX');
    await expectCode('{ a: __typename b: __typename c: __typename }', 400, 'TOO_MANY_ALIASES');
    await expectCode(
      '{ __typename @include(if: true) __typename @skip(if: false) }',
      400,
      'TOO_MANY_DIRECTIVES',
    );
    await expectCode(`{ ${'__typename '.repeat(60)}}`, 400, 'TOO_MANY_TOKENS');
    await expectCode(
      '{ neighborhood(id: "region:wuhan", depth: 2, limit: 5) { nodes { id } } }',
      200,
      'BAD_USER_INPUT',
    );
  });

  it('suggests field names outside production (introspection is on)', async () => {
    const response = await send(server.url, operation('{ serch(text: "x") { id } }'));
    expect(codesOf(response)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(response.json!.errors![0]!.message).toBe(
      'Cannot query field "serch" on type "Query". Did you mean "search"?',
    );
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413', async () => {
    const response = await send(server.url, operation(`{ __typename }${' '.repeat(3000)}`));
    expect(response.status).toBe(413);
  });

  it('serves no /metrics when METRICS=off', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
  });
});
