// Sort arguments to the port's sort keys: every field by its stored name, ASC unless told, nothing when not given.
import { describe, expect, it } from 'vitest';
import { compileSort, compileWhere } from '../../../src/graphql/where.js';
import { defaultLimits } from '../../../src/graphql/limits.js';

describe('compileSort', () => {
  it('maps every sort field to the entity field it orders by, ascending unless told', () => {
    expect(
      compileSort([
        { field: 'ID' },
        { field: 'NAME', direction: 'DESC' },
        { field: 'NAME_EN', direction: null },
        { field: 'CATEGORY', direction: 'ASC' },
        { field: 'MONEY', direction: 'DESC' },
      ]),
    ).toEqual([
      { field: 'id', direction: 'ASC' },
      { field: 'name', direction: 'DESC' },
      { field: 'nameEn', direction: 'ASC' },
      { field: 'category', direction: 'ASC' },
      { field: 'money', direction: 'DESC' },
    ]);
  });

  it('gives no keys for a missing sort (the port then orders by id)', () => {
    expect(compileSort(undefined)).toEqual([]);
    expect(compileSort(null)).toEqual([]);
  });
});

describe('compileWhere', () => {
  it('gives no filter for a missing or empty where, and one condition unwrapped', () => {
    expect(compileWhere('Association', undefined, defaultLimits)).toBeNull();
    expect(compileWhere('Association', null, defaultLimits)).toBeNull();
    expect(compileWhere('Association', {}, defaultLimits)).toBeNull();
    expect(compileWhere('Association', { scope: 'LOCAL' }, defaultLimits)).toEqual({
      kind: 'field',
      field: 'scope',
      op: 'equals',
      value: 'LOCAL',
    });
  });
});
