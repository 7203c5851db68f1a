// The graph questions name the argument they refuse, as BAD_USER_INPUT (out of range) or NOT_FOUND (no such entity).
import { expect, it } from 'vitest';
import { describeConformance } from '../helpers/conformance.js';
import type { GraphQLResponse } from '../helpers/testServer.js';

const foxconn = 'company:foxconn';
const hospital = 'hospital:wuhan-huoshenshan-hospital';

function expectRefusal(result: GraphQLResponse, code: string, argument: string) {
  expect(result.errors?.[0]?.extensions?.code, JSON.stringify(result.errors)).toBe(code);
  expect(result.errors![0]!.extensions!.argument).toBe(argument);
  if (code === 'BAD_USER_INPUT') expect(result.errors![0]!.message).toContain(`"${argument}"`);
}

describeConformance('graph question arguments', (server) => {
  it('commonNeighbors names a, maxHops and first when it refuses them', async () => {
    expectRefusal(
      await server().query(`{ commonNeighbors(a: "nobody", b: "${foxconn}") { hopsFromA } }`),
      'NOT_FOUND',
      'a',
    );
    expectRefusal(
      await server().query(
        `{ commonNeighbors(a: "${foxconn}", b: "${hospital}", maxHops: 99) { hopsFromA } }`,
      ),
      'BAD_USER_INPUT',
      'maxHops',
    );
    expectRefusal(
      await server().query(
        `{ commonNeighbors(a: "${foxconn}", b: "${hospital}", first: 1000000) { hopsFromA } }`,
      ),
      'BAD_USER_INPUT',
      'first',
    );
  });
});
