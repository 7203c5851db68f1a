// Both backends answer up to the same depth ceilings (port.ts), and a configured limit above them is refused at start-up.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_DEPTH } from '../../src/graph/port.js';
import { describeConformance } from '../helpers/conformance.js';

const atCeiling = {
  LIMIT_MAX_NEIGHBORHOOD_DEPTH: String(MAX_NEIGHBORHOOD_DEPTH),
  LIMIT_MAX_PATH_DEPTH: String(MAX_PATH_DEPTH),
  LIMIT_MAX_NEIGHBORHOOD_LIMIT: '1000',
};

describe('depth ceilings in the configuration', () => {
  it('refuses a neighborhood depth limit above the ceiling, naming the variable', () => {
    expect(() =>
      loadConfig({ LIMIT_MAX_NEIGHBORHOOD_DEPTH: String(MAX_NEIGHBORHOOD_DEPTH + 1) }),
    ).toThrow(`LIMIT_MAX_NEIGHBORHOOD_DEPTH: at most ${MAX_NEIGHBORHOOD_DEPTH}`);
  });

  it('refuses a path depth limit above the ceiling, naming the variable', () => {
    expect(() => loadConfig({ LIMIT_MAX_PATH_DEPTH: String(MAX_PATH_DEPTH + 1) })).toThrow(
      `LIMIT_MAX_PATH_DEPTH: at most ${MAX_PATH_DEPTH}`,
    );
  });

  it('accepts the ceilings themselves', () => {
    const { limits } = loadConfig(atCeiling);
    expect([limits.maxNeighborhoodDepth, limits.maxPathDepth]).toEqual([
      MAX_NEIGHBORHOOD_DEPTH,
      MAX_PATH_DEPTH,
    ]);
  });
});

describeConformance(
  'answers at the depth ceilings',
  (server) => {
    it(`answers neighborhood at depth ${MAX_NEIGHBORHOOD_DEPTH}, reaching more than depth 2 does`, async () => {
      const ask = (depth: number) =>
        server().query<{ neighborhood: { nodes: { id: string }[] } }>(
          `query ($d: Int!) { neighborhood(id: "government:ministry-of-civil-affairs", depth: $d, limit: 1000) { nodes { id } } }`,
          { d: depth },
        );
      const deep = await ask(MAX_NEIGHBORHOOD_DEPTH);
      const shallow = await ask(2);
      expect(deep.errors).toBeUndefined();
      expect(deep.data!.neighborhood.nodes.length).toBeGreaterThan(
        shallow.data!.neighborhood.nodes.length,
      );
    });

    it(`answers shortestPath with maxDepth ${MAX_PATH_DEPTH} and refuses one more`, async () => {
      const ask = (maxDepth: number) =>
        server().query<{ shortestPath: { nodes: { id: string }[] } | null }>(
          `query ($m: Int!) { shortestPath(from: "hospital:wuhan-huoshenshan-hospital", to: "hospital:wuhan-leishenshan-hospital", maxDepth: $m) { nodes { id } } }`,
          { m: maxDepth },
        );
      const ok = await ask(MAX_PATH_DEPTH);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.shortestPath!.nodes.length).toBeGreaterThan(1);
      const over = await ask(MAX_PATH_DEPTH + 1);
      expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  },
  atCeiling,
);
