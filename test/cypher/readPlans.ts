// Representative read plans: every part a planned statement is made of (root with or without its count, one or several types; levels with or without type conditions, node types, a filter, a sort, a page; one and two hops; nesting), and every relationship field of the schema.
import type { PlannedField, ReadPlan } from '../../src/graph/port.js';
import { relationshipFields } from '../../src/graphql/relationshipFields.js';
import { nestedRelated } from './findQueries.js';

const field = (key: string, overrides: Partial<PlannedField> = {}): PlannedField => ({
  key,
  onTypes: null,
  hops: [{ direction: 'OUT', types: ['PERFORMED'], nodeTypes: null }],
  perEntity: 1000,
  filter: null,
  sort: [],
  page: null,
  fields: [],
  ...overrides,
});

const plan = (fields: PlannedField[], overrides: Partial<ReadPlan> = {}): ReadPlan => ({
  root: { types: ['ASSOCIATION'], filter: null, sort: [], offset: 0, first: 20 },
  rootCount: false,
  fields,
  ...overrides,
});

/** Each distinct relationship field of the schema (its hops), under a root list of its owners. */
const everyField: [string, ReadPlan][] = Object.entries(relationshipFields).flatMap(
  ([typeName, fields]) =>
    Object.entries(fields).map(([name, spec]): [string, ReadPlan] => [
      `${typeName}.${name}`,
      plan([
        field(name, {
          hops: spec.hops.map((hop) => ({
            direction: hop.direction,
            types: hop.types,
            nodeTypes: hop.nodeTypes ?? null,
          })),
          page: spec.single ? { offset: 0, first: 1 } : null,
        }),
      ]),
    ]),
);

export const representativeReadPlans: [string, ReadPlan][] = [
  ['a root list, one level, no count', plan([field('actions')])],
  ['entities without evidence and quantities', plan([field('actions')], { grounding: false })],
  [
    'entities projected to some of their properties',
    plan([field('actions')], { grounding: false, properties: ['scope', 'category'] }),
  ],
  [
    'a connection (count), several root types, a filtered and sorted root',
    plan([field('actions')], {
      root: {
        types: ['ASSOCIATION', 'GROUP'],
        filter: {
          kind: 'and',
          filters: [
            { kind: 'names', op: 'contains', value: '协会' },
            { kind: 'source', sourceIds: ['mca-report-2020-02-21'] },
          ],
        },
        sort: [{ field: 'name', direction: 'DESC' }],
        offset: 10,
        first: 10,
      },
      rootCount: true,
    }),
  ],
  [
    'a level under a type condition, with node types, a filter, a sort and a page',
    plan([
      field('supportedBy', {
        onTypes: ['HOSPITAL', 'REGION'],
        hops: [
          { direction: 'IN', types: ['TARGETED'], nodeTypes: ['RELIEF_ACTION'] },
          { direction: 'IN', types: ['PERFORMED'], nodeTypes: null },
        ],
        filter: nestedRelated(3),
        sort: [
          { field: 'money', direction: 'DESC' },
          { field: 'nameEn', direction: 'ASC' },
        ],
        page: { offset: 0, first: 20 },
      }),
    ]),
  ],
  [
    'three nested levels and siblings',
    plan([
      field('actions', {
        fields: [
          field('actors', {
            hops: [{ direction: 'IN', types: ['PERFORMED'], nodeTypes: null }],
            fields: [
              field('actions', {
                filter: {
                  kind: 'and',
                  filters: [
                    { kind: 'field', field: 'category', op: 'equals', value: 'DONATIONS' },
                    { kind: 'source', sourceIds: ['mca-report-2020-02-21'] },
                  ],
                },
              }),
            ],
          }),
          field('targets', { hops: [{ direction: 'OUT', types: ['TARGETED'], nodeTypes: null }] }),
        ],
      }),
      field('region', {
        hops: [{ direction: 'OUT', types: ['LOCATED_IN'], nodeTypes: null }],
        page: { offset: 0, first: 1 },
      }),
    ]),
  ],
  ...everyField,
];
