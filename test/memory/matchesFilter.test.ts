// The embedded evaluator on fields some kinds lack: an entity without the field matches no condition on it, whatever the operator.
import { expect, it } from 'vitest';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';

it('matches a field condition only on entities that have the field', async () => {
  const seed = await loadSeed();
  const backend = new MemoryBackend(seed);
  const base = { types: null, sort: [], offset: 0, first: 1000 } as const;
  const ids = (keep: (scope: string | null) => boolean) =>
    seed.entities
      .filter((e) => keep(e.scope))
      .map((e) => e.id)
      .sort();
  const equals = await backend.findEntities({
    ...base,
    filter: { kind: 'field', field: 'scope', op: 'equals', value: 'LOCAL' },
  });
  expect(equals.items.map((e) => e.id).sort()).toEqual(ids((s) => s === 'LOCAL'));
  const anyScope = await backend.findEntities({
    ...base,
    filter: { kind: 'field', field: 'scope', op: 'in', value: ['LOCAL', 'NATIONAL'] },
  });
  const scoped = ids((s) => s !== null);
  expect(anyScope.items.map((e) => e.id).sort()).toEqual(scoped);
  // Only associations have a scope: everything else (most of the graph) is left out.
  expect(scoped.length).toBeLessThan(seed.entities.length / 2);
  expect(scoped.length).toBeGreaterThan(0);
});

it('reads equals as the whole value, not a part of it', async () => {
  const seed = await loadSeed();
  const backend = new MemoryBackend(seed);
  const base = { types: null, sort: [], offset: 0, first: 1000 } as const;
  for (const value of ['LOCAL NATIONAL', 'LOCAL', 'LOCA']) {
    const found = await backend.findEntities({
      ...base,
      filter: { kind: 'field', field: 'scope', op: 'equals', value },
    });
    const expected = seed.entities.filter((e) => e.scope === value).map((e) => e.id);
    expect(found.items.map((e) => e.id).sort(), value).toEqual(expected.sort());
  }
});

it('bounds a quantity only where a bound is given, negative values included', async () => {
  const seed = await loadSeed();
  const [first] = seed.entities;
  const owing = {
    ...first!,
    quantities: [
      { value: -5, unit: 'CNY', item: null, qualifier: 'EXACT', approximate: false, text: '-5' },
    ],
  } as typeof first & object;
  const backend = new MemoryBackend({
    ...seed,
    entities: [owing, ...seed.entities.slice(1)],
  });
  const found = await backend.findEntities({
    types: null,
    sort: [],
    offset: 0,
    first: 1000,
    filter: { kind: 'quantity', unit: 'CNY', item: null, min: null, max: 0, qualifiers: null },
  });
  expect(found.items.map((e) => e.id)).toEqual([owing.id]);
});
