// Invalid arguments give BAD_USER_INPUT errors, and the server keeps serving.
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';

const invalid: [string, string][] = [
  ['negative first on search', `{ search(text: "协会", first: -1) { id } }`],
  ['first above the search maximum', `{ search(text: "协会", first: 101) { id } }`],
  ['empty search text', `{ search(text: "") { id } }`],
  ['blank search text', `{ search(text: "   ") { id } }`],
  ['search text with a control character', `{ search(text: "火神\\u0000山") { id } }`],
  ['search text over 200 characters', `{ search(text: "${'协'.repeat(201)}") { id } }`],
  ['neighborhood depth above the maximum', `{ neighborhood(id: "x", depth: 4) { nodes { id } } }`],
  ['negative neighborhood depth', `{ neighborhood(id: "x", depth: -1) { nodes { id } } }`],
  ['neighborhood limit of zero', `{ neighborhood(id: "x", limit: 0) { nodes { id } } }`],
  [
    'shortestPath maxDepth of zero',
    `{ shortestPath(from: "a", to: "b", maxDepth: 0) { nodes { id } } }`,
  ],
  [
    'shortestPath maxDepth above the maximum',
    `{ shortestPath(from: "a", to: "b", maxDepth: 11) { nodes { id } } }`,
  ],
  [
    'negative first on relations',
    `{ search(text: "民政部", first: 1) { relations(first: -5) { id } } }`,
  ],
  ['negative first on a list', `{ associations(first: -1) { id } }`],
];

describeConformance('argument errors', (server) => {
  for (const [name, query] of invalid) {
    it(`rejects ${name} with BAD_USER_INPUT`, async () => {
      const result = await server().query(query);
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(result.errors!.map((e) => e.extensions?.code)).toContain('BAD_USER_INPUT');
    });
  }

  it('rejects search text with a lone surrogate (sent as a variable) with BAD_USER_INPUT', async () => {
    const result = await server().query(`query ($t: String!) { search(text: $t) { id } }`, {
      t: '火\ud800山',
    });
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a wrongly typed variable with BAD_USER_INPUT', async () => {
    const result = await server().query(
      `query ($d: Int) { neighborhood(id: "x", depth: $d) { nodes { id } } }`,
      {
        d: 'deep',
      },
    );
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await server().query(`{ entity(id: "x") { id salary } }`);
    expect(result.errors![0]!.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still answers a normal query after the bad ones', async () => {
    const result = await server().query<{ search: { name: string }[] }>(
      `{ search(text: "雷神山") { name } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.map((e) => e.name)).toContain('雷神山医院');
  });
});
