// Hostile and malformed requests over real HTTP: each gets its documented 4xx or GraphQL error, never a 5xx or a stack trace.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import {
  codesOf,
  expectNoInternals,
  jsonHeaders,
  operation,
  send,
  type RawRequest,
} from './raw.js';

/** `depth` levels of relations → node, so 2 × depth levels of fields. */
function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i++) selection = `relations { node { ${selection} } }`;
  return selection;
}

const searchText = 'query ($t: String!) { search(text: $t) { id } }';

interface Case {
  name: string;
  request: () => RawRequest;
  status: number;
  code: string;
  /** For errors inside a 200 (resolver errors): data is null. */
  dataNull?: boolean;
}

// docs/security.md (Hostile input) lists these cases with the same statuses and codes.
const cases: Case[] = [
  {
    name: 'malformed JSON',
    request: () => ({ headers: jsonHeaders, body: '{"query": ' }),
    status: 400,
    code: 'FST_ERR_CTP_INVALID_JSON_BODY',
  },
  {
    name: 'an unsupported content type',
    request: () => ({ headers: { 'content-type': 'application/xml' }, body: '<query/>' }),
    status: 415,
    code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
  },
  {
    name: 'a text/plain POST (a CSRF-able simple request)',
    request: () => ({
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a GET without a preflight header (CSRF prevention)',
    request: () => ({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'an empty body',
    request: () => ({ headers: jsonHeaders, body: '' }),
    status: 400,
    code: 'FST_ERR_CTP_EMPTY_JSON_BODY',
  },
  {
    name: 'a JSON body without a query',
    request: () => ({ headers: jsonHeaders, body: '{}' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a query that is not a string',
    request: () => ({ headers: jsonHeaders, body: '{"query": 42}' }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'a 10 MB body',
    request: () => operation(`{ __typename }${' '.repeat(10 * 1024 * 1024)}`),
    status: 413,
    code: 'FST_ERR_CTP_BODY_TOO_LARGE',
  },
  {
    name: 'a batch array (batching is off)',
    request: () => ({
      headers: jsonHeaders,
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    }),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'GraphQL syntax garbage',
    request: () => operation('}}} {{{ query'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a query 50 levels deep',
    request: () => operation(`{ entity(id: "region:wuhan") { ${nested(25)} } }`),
    status: 400,
    code: 'QUERY_TOO_DEEP',
  },
  {
    name: '1,000 aliases',
    request: () =>
      operation(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    status: 400,
    code: 'TOO_MANY_ALIASES',
  },
  {
    name: '60 directives',
    request: () =>
      operation(
        `{ ${Array.from({ length: 60 }, () => '__typename @include(if: true)').join(' ')} }`,
      ),
    status: 400,
    code: 'TOO_MANY_DIRECTIVES',
  },
  {
    name: 'a document of 6,000 tokens',
    request: () => operation(`{ ${'__typename '.repeat(6000)}}`),
    status: 400,
    code: 'TOO_MANY_TOKENS',
  },
  {
    name: 'nested pages whose product is too large (100 × 100 × 100 × 100)',
    request: () =>
      operation(
        '{ search(text: "协会", first: 100) { relations { node { relations { node { relations { id } } } } } } }',
      ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a fragment cycle',
    request: () =>
      operation(
        '{ entity(id: "region:wuhan") { ...A } } ' +
          'fragment A on Entity { relations { node { ...B } } } ' +
          'fragment B on Entity { relations { node { ...A } } }',
      ),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'an unknown field',
    request: () => operation('{ entity(id: "region:wuhan") { password } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'a variable of the wrong type',
    request: () =>
      operation(
        'query ($d: Int!) { neighborhood(id: "region:wuhan", depth: $d) { nodes { id } } }',
        {
          d: 'three',
        },
      ),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'an argument out of range',
    request: () => operation('{ neighborhood(id: "region:wuhan", depth: 99) { nodes { id } } }'),
    status: 200,
    code: 'BAD_USER_INPUT',
    dataNull: true,
  },
  {
    name: 'a cursor the API never issued',
    request: () =>
      operation(
        '{ associationsConnection(first: 5, after: "not-a-cursor") { edges { node { id } } } }',
      ),
    status: 200,
    code: 'BAD_USER_INPUT',
    dataNull: true,
  },
  {
    name: 'control characters in search text',
    request: () => operation(searchText, { t: '火神山\u0000\u0007' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    dataNull: true,
  },
  {
    name: 'a lone surrogate in search text (variable)',
    request: () => operation(searchText, { t: '火神山\ud800' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    dataNull: true,
  },
  {
    name: 'a lone surrogate escape in the document',
    request: () => operation('{ search(text: "\\uD800") { id } }'),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
];

// On both backends: a hostile request must be refused alike whatever store is behind the API.
describeConformance(
  'hostile input (production mode)',
  (server) => {
    it.each(cases)('answers $name with $status $code', async (c) => {
      server().backend.reset();
      const response = await send(server().url, c.request());
      expect(response.status).toBe(c.status);
      expect(codesOf(response)).toContain(c.code);
      expect(response.json?.errors?.[0]?.message ?? response.json?.message).toEqual(
        expect.any(String),
      );
      if (c.dataNull) expect(response.json?.data).toBeNull();
      expectNoInternals(response);
      // Refused before execution: no backend call was made for any case but the resolver checks.
      if (c.status !== 200) expect(server().backend.total).toBe(0);
    });

    it('answers unknown ids with null and empty results, not errors', async () => {
      const response = await send(
        server().url,
        operation('{ entity(id: "no such id") { id } neighborhood(id: "") { nodes { id } } }'),
      );
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ data: { entity: null, neighborhood: { nodes: [] } } });
    });

    it('treats invalid UTF-8 in the body as replacement characters, not a crash', async () => {
      const body = Buffer.concat([
        Buffer.from('{"query":"{ search(text: \\"'),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from('\\") { id } }"}'),
      ]);
      const response = await send(server().url, { headers: jsonHeaders, body });
      expect(response.status).toBe(200);
      expect(response.json).toEqual({ data: { search: [] } });
    });

    it('still answers a normal query correctly after all of the above', async () => {
      const response = await send(
        server().url,
        operation(
          '{ search(text: "火神山", types: [HOSPITAL]) { id ... on Hospital { supportedBy { id } } } }',
        ),
      );
      expect(response.status).toBe(200);
      const hits = (response.json?.data as { search: { id: string; supportedBy: unknown[] }[] })
        .search;
      expect(hits.map((h) => h.id)).toEqual(['hospital:wuhan-huoshenshan-hospital']);
      expect(hits[0]!.supportedBy.length).toBeGreaterThan(0);
      expect((await fetch(`${server().url}/health`)).status).toBe(200);
    });
  },
  { NODE_ENV: 'production' },
);
