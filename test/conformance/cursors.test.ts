// Cursors over HTTP: each edge's cursor resumes right after it, the end of a list is an empty page, and a cursor is refused on any other list, filter or sort, or when altered.
import { expect, it } from 'vitest';
import { describeConformance, pageFields, type Page } from '../helpers/conformance.js';
import type { GraphQLResponse } from '../helpers/testServer.js';

const notACursor = 'Argument "after" is not a cursor this API issued.';
const foreignCursor =
  'Argument "after" is a cursor of another list, filter or sort; start again without it.';

const encode = (text: string) => Buffer.from(text).toString('base64url');
const decode = (cursor: string) => Buffer.from(cursor, 'base64url').toString('utf8');

describeConformance('cursors', (server) => {
  const list = `where: { scope: LOCAL }, sort: [{ field: NAME_EN }]`;

  async function page(
    after: string | null,
    first: number,
    args = list,
  ): Promise<GraphQLResponse<{ page: Page }>> {
    return server().query<{ page: Page }>(
      `query ($after: String, $first: Int) { page: associationsConnection(${args}, first: $first, after: $after) { ${pageFields} } }`,
      { after, first },
    );
  }

  async function all(): Promise<Page> {
    const result = await page(null, 100);
    expect(result.errors).toBeUndefined();
    return result.data!.page;
  }

  function expectRefused(result: GraphQLResponse, message: string) {
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]!.extensions!.argument).toBe('after');
    expect(result.errors![0]!.message).toBe(message);
  }

  it('resumes right after the edge whose cursor it is given, for every edge', async () => {
    const whole = await all();
    expect(whole.totalCount).toBeGreaterThan(3);
    expect(whole.pageInfo.hasPreviousPage).toBe(false);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    for (const [i, edge] of whole.edges.entries()) {
      const next = (await page(edge.cursor, 2)).data!.page;
      expect(next.edges.map((e) => e.node.id)).toEqual(
        whole.edges.slice(i + 1, i + 3).map((e) => e.node.id),
      );
      expect(next.edges.map((e) => e.cursor)).toEqual(
        whole.edges.slice(i + 1, i + 3).map((e) => e.cursor),
      );
      expect(next.pageInfo.hasPreviousPage).toBe(true);
      expect(next.pageInfo.hasNextPage).toBe(i + 3 < whole.totalCount);
      expect(next.totalCount).toBe(whole.totalCount);
    }
  });

  it('answers an empty page past the end, and for first: 0, with null cursors', async () => {
    const whole = await all();
    const past = (await page(whole.pageInfo.endCursor, 5)).data!.page;
    expect(past).toEqual({
      totalCount: whole.totalCount,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      edges: [],
    });
    const none = (await page(null, 0)).data!.page;
    expect(none).toEqual({
      totalCount: whole.totalCount,
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
    const firstTwo = (await page(null, 2)).data!.page;
    expect(firstTwo.pageInfo.startCursor).toBe(whole.edges[0]!.cursor);
    expect(firstTwo.pageInfo.endCursor).toBe(whole.edges[1]!.cursor);
  });

  it('refuses a cursor of the same list with another filter or sort, or of another entity’s list', async () => {
    const cursor = (await all()).edges[1]!.cursor;
    expectRefused(
      await page(cursor, 2, `where: { scope: NATIONAL }, sort: [{ field: NAME_EN }]`),
      foreignCursor,
    );
    expectRefused(
      await page(cursor, 2, `where: { scope: LOCAL }, sort: [{ field: NAME }]`),
      foreignCursor,
    );
    expectRefused(await page(cursor, 2, `where: { scope: LOCAL }`), foreignCursor);

    const supporters = (id: string, after: string | null) =>
      server().query<{ entity: { supportedByConnection: Page } }>(
        `query ($id: ID!, $after: String) { entity(id: $id) { ... on Region {
           supportedByConnection(first: 1, after: $after) { ${pageFields} } } } }`,
        { id, after },
      );
    const wuhan = (await supporters('region:wuhan', null)).data!.entity.supportedByConnection;
    const resumed = await supporters('region:wuhan', wuhan.pageInfo.endCursor);
    expect(resumed.errors).toBeUndefined();
    expectRefused(await supporters('region:hubei', wuhan.pageInfo.endCursor), foreignCursor);
  });

  it('refuses a cursor altered in any part', async () => {
    const cursor = (await all()).edges[1]!.cursor;
    const text = decode(cursor);
    const [version, offset, fingerprint] = text.split(':') as [string, string, string];
    expect(version).toBe('c1');
    expect(offset).toMatch(/^\d+$/);
    // Still a well-formed cursor of this list: accepted (the format is what the rest alters).
    expect((await page(encode(text), 1)).errors).toBeUndefined();
    const altered = [
      `x${text}`,
      `${text}x`,
      `c2:${offset}:${fingerprint}`,
      `c1:-1:${fingerprint}`,
      `c1:1234567890:${fingerprint}`,
      `c1::${fingerprint}`,
      `c1:${offset}:${fingerprint.slice(1)}`,
      `c1:${offset}:${fingerprint}:`,
      `c1:${offset}`,
      '',
    ];
    for (const bad of altered) {
      expectRefused(await page(encode(bad), 1), notACursor);
    }
    expectRefused(await page('not a cursor!', 1), notACursor);
    expectRefused(await page(encode(`c1:${offset}:${'A'.repeat(10)}`), 1), foreignCursor);
  });
});
