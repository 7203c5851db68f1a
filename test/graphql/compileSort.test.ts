// Sort arguments to the port's sort keys: every field by its stored name, ASC unless told, nothing when not given.
import { describe, expect, it } from 'vitest';
import { compileSort, compileWhere } from '../../src/graphql/where.js';
import { defaultArgumentLimits as defaultLimits } from '../../src/config.js';

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
  it('maps list fields to "in", names to the names operators, ids to equals and in', () => {
    expect(
      compileWhere(
        'ReliefAction',
        {
          category: ['DONATIONS'],
          name: { eq: '民政部', contains: '民政' },
          id: { eq: 'a', in: ['a', 'b'] },
        },
        defaultLimits,
      ),
    ).toEqual({
      kind: 'and',
      filters: [
        { kind: 'field', field: 'category', op: 'in', value: ['DONATIONS'] },
        { kind: 'names', op: 'equals', value: '民政部' },
        { kind: 'names', op: 'contains', value: '民政' },
        { kind: 'field', field: 'id', op: 'equals', value: 'a' },
        { kind: 'field', field: 'id', op: 'in', value: ['a', 'b'] },
      ],
    });
  });

  it('keeps only the documented kinds at the far end of a hop that names them', () => {
    // Hospital.supportActions: incoming TARGETED from relief actions (instruments target too).
    expect(compileWhere('Hospital', { supportActions: {} }, defaultLimits)).toEqual({
      kind: 'related',
      direction: 'IN',
      types: ['TARGETED'],
      filter: { kind: 'field', field: 'type', op: 'in', value: ['RELIEF_ACTION'] },
    });
  });

  it('passes the quantity qualifiers on, and none when not given', () => {
    expect(
      compileWhere('ReliefAction', { quantity: { qualifier: ['ABOUT'] } }, defaultLimits),
    ).toEqual({
      kind: 'quantity',
      unit: null,
      item: null,
      min: null,
      max: null,
      qualifiers: ['ABOUT'],
    });
    expect(compileWhere('ReliefAction', { quantity: { unit: 'CNY' } }, defaultLimits)).toEqual({
      kind: 'quantity',
      unit: 'CNY',
      item: null,
      min: null,
      max: null,
      qualifiers: null,
    });
  });
});
