// Representative findEntities queries: every filter kind, operator, direction and sort key, nested as deep as the API allows.
import type { EntityFilter, FindQuery, SortKey } from '../../src/graph/port.js';

const query = (filter: EntityFilter | null, sort: SortKey[] = []): FindQuery => ({
  types: null,
  filter,
  sort,
  offset: 0,
  first: 20,
});

/** `depth` related filters inside one another, alternating directions, the innermost on a name. */
export function nestedRelated(depth: number): EntityFilter {
  let filter: EntityFilter = { kind: 'names', op: 'contains', value: '医院' };
  const directions = ['OUT', 'IN', 'BOTH'] as const;
  for (let level = 0; level < depth; level += 1) {
    filter = {
      kind: 'related',
      direction: directions[level % 3]!,
      types: level % 2 === 0 ? ['TARGETED', 'PERFORMED'] : [],
      filter,
    };
  }
  return filter;
}

export const representativeFindQueries: [string, FindQuery][] = [
  ['no filter, no sort', query(null)],
  [
    'no count, some properties, no evidence',
    { ...query(null), count: false, grounding: false, properties: ['scope'] },
  ],
  [
    'one type (its own label), filtered',
    {
      types: ['ASSOCIATION'],
      filter: { kind: 'field', field: 'scope', op: 'equals', value: 'NATIONAL' },
      sort: [{ field: 'name', direction: 'ASC' }],
      offset: 0,
      first: 10,
    },
  ],
  [
    'types and paging',
    { types: ['ASSOCIATION', 'COMPANY'], filter: null, sort: [], offset: 5, first: 0 },
  ],
  ['field equals', query({ kind: 'field', field: 'scope', op: 'equals', value: 'NATIONAL' })],
  [
    'kind-specific fields in',
    query({
      kind: 'or',
      filters: [
        { kind: 'field', field: 'activity', op: 'in', value: ['DONATION'] },
        { kind: 'field', field: 'groupKind', op: 'in', value: ['MEMBERS'] },
        { kind: 'field', field: 'statementKind', op: 'in', value: ['RECOMMENDATION'] },
        { kind: 'field', field: 'instrumentKind', op: 'in', value: ['MODEL'] },
        { kind: 'field', field: 'nameEnSource', op: 'in', value: ['OFFICIAL'] },
      ],
    }),
  ],
  [
    'field in',
    query({ kind: 'field', field: 'category', op: 'in', value: ['DONATIONS', 'CULTURE'] }),
  ],
  ['names equal', query({ kind: 'names', op: 'equals', value: '火神山医院' })],
  ['names contain', query({ kind: 'names', op: 'contains', value: 'Chamber' })],
  [
    'quantity with every condition',
    query({
      kind: 'quantity',
      unit: 'CNY',
      item: '捐款',
      min: 1e6,
      max: 2.2e9,
      qualifiers: ['EXACT', 'ABOUT'],
    }),
  ],
  [
    'quantity with no condition',
    query({ kind: 'quantity', unit: null, item: null, min: null, max: null, qualifiers: null }),
  ],
  ['some evidence from a source', query({ kind: 'source', sourceIds: ['mca-report-2020-02-21'] })],
  [
    'a source inside a relationship filter',
    query({
      kind: 'related',
      direction: 'IN',
      types: ['COVERED'],
      filter: { kind: 'not', filter: { kind: 'source', sourceIds: [] } },
    }),
  ],
  ['empty and', query({ kind: 'and', filters: [] })],
  ['empty or', query({ kind: 'or', filters: [] })],
  [
    'and, or, not',
    query({
      kind: 'and',
      filters: [
        { kind: 'not', filter: { kind: 'field', field: 'nameEn', op: 'equals', value: 'x' } },
        {
          kind: 'or',
          filters: [
            { kind: 'field', field: 'level', op: 'equals', value: 'CITY' },
            { kind: 'field', field: 'id', op: 'in', value: [] },
          ],
        },
      ],
    }),
  ],
  [
    'related out, typed, no nested filter',
    query({ kind: 'related', direction: 'OUT', types: ['LOCATED_IN'], filter: null }),
  ],
  ['related in, any type', query({ kind: 'related', direction: 'IN', types: [], filter: null })],
  [
    'related both, nested quantity',
    query({
      kind: 'related',
      direction: 'BOTH',
      types: ['PERFORMED', 'MOBILIZED'],
      filter: { kind: 'quantity', unit: 'CNY', item: null, min: 1, max: null, qualifiers: null },
    }),
  ],
  ['related nested five deep', query(nestedRelated(5))],
  [
    'not related, two related side by side',
    query({
      kind: 'and',
      filters: [
        { kind: 'not', filter: nestedRelated(2) },
        nestedRelated(3),
        { kind: 'field', field: 'type', op: 'equals', value: 'ASSOCIATION' },
      ],
    }),
  ],
  [
    'every sort key, both directions',
    query(null, [
      { field: 'money', direction: 'DESC' },
      { field: 'category', direction: 'ASC' },
      { field: 'nameEn', direction: 'DESC' },
      { field: 'name', direction: 'ASC' },
      { field: 'id', direction: 'DESC' },
    ]),
  ],
];
