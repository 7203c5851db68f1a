// The explorer's legend has an entry for every kind of entity the model defines, each told apart by colour and shape.
import { describe, expect, it } from 'vitest';
import { entityTypes as modelTypes } from '../../src/model/index.js';
import { entityTypes, typeIcon, typeStyle } from '../../web/src/entityTypes.js';

describe('the explorer legend', () => {
  it('has one entry per entity kind of the model, in the model’s kinds only', () => {
    expect(entityTypes.map((t) => t.type).sort()).toEqual([...modelTypes].sort());
  });

  it('tells every kind apart by colour and by shape, with an English and a Chinese label', () => {
    expect(new Set(entityTypes.map((t) => t.color)).size).toBe(entityTypes.length);
    expect(new Set(entityTypes.map((t) => t.shape)).size).toBe(entityTypes.length);
    for (const type of entityTypes) {
      expect(type.label.length, type.type).toBeGreaterThan(0);
      expect(type.labelZh.length, type.type).toBeGreaterThan(0);
    }
  });

  it('draws an icon of each kind’s own shape, not the fallback circle', () => {
    const circle = typeIcon('OTHER').replace(/fill="[^"]*" stroke="[^"]*"/, '');
    for (const kind of ['GROUP', 'STATEMENT', 'INSTRUMENT']) {
      expect(typeStyle(kind).type).toBe(kind);
      expect(typeIcon(kind).replace(/fill="[^"]*" stroke="[^"]*"/, '')).not.toBe(circle);
    }
  });
});
