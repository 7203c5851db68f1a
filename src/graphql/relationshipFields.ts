// The typed relationship fields of the domain schema, as data: which relations each field follows.
import type { EntityType } from '../graph/port.js';
import type { RelationType } from '../seed/schema.js';

export interface Hop {
  direction: 'OUT' | 'IN';
  types: RelationType[];
  /** Keep only entities of these types at the far end. */
  nodeTypes?: EntityType[];
}

/** GraphQL type a relationship field leads to: an object type or one of the two interfaces. */
export type TargetType =
  | 'Entity'
  | 'Organization'
  | 'Association'
  | 'GovernmentBody'
  | 'Company'
  | 'Hospital'
  | 'Region'
  | 'Meeting'
  | 'ReliefAction';

export interface RelationshipField {
  target: TargetType;
  /** One hop for a direct relationship; two for a derived one (who supported a hospital). */
  hops: Hop[];
  /** A single entity (or null) rather than a list. */
  single?: boolean;
  /** Also offered as a `<field>Connection` (lists that grow with the data). */
  paged?: boolean;
}

const actedOn: Hop = { direction: 'OUT', types: ['PERFORMED', 'LED'] };
const actors: Hop = { direction: 'IN', types: ['PERFORMED', 'LED'] };
const supportActions: Hop = { direction: 'IN', types: ['TARGETED'] };

export const relationshipFields: Record<TargetType, Record<string, RelationshipField>> = {
  Entity: {},
  Organization: {
    actions: { target: 'ReliefAction', paged: true, hops: [actedOn] },
  },
  Association: {
    actions: { target: 'ReliefAction', paged: true, hops: [actedOn] },
    region: { target: 'Region', hops: [{ direction: 'OUT', types: ['LOCATED_IN'] }], single: true },
    led: { target: 'ReliefAction', hops: [{ direction: 'OUT', types: ['LED'] }] },
    partners: { target: 'Company', hops: [{ direction: 'OUT', types: ['PARTNERED_WITH'] }] },
    channelFor: {
      target: 'GovernmentBody',
      hops: [{ direction: 'IN', types: ['WORKED_THROUGH'] }],
    },
    commissionedBy: {
      target: 'GovernmentBody',
      hops: [actedOn, { direction: 'IN', types: ['COMMISSIONED'] }],
    },
  },
  GovernmentBody: {
    actions: { target: 'ReliefAction', paged: true, hops: [actedOn] },
    parent: {
      target: 'GovernmentBody',
      hops: [{ direction: 'OUT', types: ['PART_OF'] }],
      single: true,
    },
    units: { target: 'GovernmentBody', hops: [{ direction: 'IN', types: ['PART_OF'] }] },
    organized: { target: 'Meeting', hops: [{ direction: 'OUT', types: ['ORGANIZED'] }] },
    commissioned: { target: 'ReliefAction', hops: [{ direction: 'OUT', types: ['COMMISSIONED'] }] },
    initiated: { target: 'ReliefAction', hops: [{ direction: 'OUT', types: ['INITIATED'] }] },
    workedThrough: {
      target: 'Association',
      hops: [{ direction: 'OUT', types: ['WORKED_THROUGH'] }],
    },
    adopted: { target: 'ReliefAction', hops: [{ direction: 'OUT', types: ['ADOPTED'] }] },
    reported: { target: 'Entity', hops: [{ direction: 'OUT', types: ['REPORTED'] }] },
  },
  Company: {
    actions: { target: 'ReliefAction', paged: true, hops: [actedOn] },
    partners: { target: 'Association', hops: [{ direction: 'IN', types: ['PARTNERED_WITH'] }] },
  },
  Hospital: {
    region: { target: 'Region', hops: [{ direction: 'OUT', types: ['LOCATED_IN'] }], single: true },
    supportActions: { target: 'ReliefAction', hops: [supportActions] },
    supportedBy: { target: 'Organization', paged: true, hops: [supportActions, actors] },
  },
  Region: {
    located: { target: 'Entity', paged: true, hops: [{ direction: 'IN', types: ['LOCATED_IN'] }] },
    supportActions: { target: 'ReliefAction', hops: [supportActions] },
    supportedBy: { target: 'Organization', paged: true, hops: [supportActions, actors] },
  },
  Meeting: {
    organizers: { target: 'GovernmentBody', hops: [{ direction: 'IN', types: ['ORGANIZED'] }] },
    reportedBy: { target: 'GovernmentBody', hops: [{ direction: 'IN', types: ['REPORTED'] }] },
  },
  ReliefAction: {
    actors: { target: 'Organization', hops: [actors] },
    targets: { target: 'Entity', hops: [{ direction: 'OUT', types: ['TARGETED'] }] },
    commissionedBy: {
      target: 'GovernmentBody',
      hops: [{ direction: 'IN', types: ['COMMISSIONED'] }],
    },
    initiatedBy: { target: 'GovernmentBody', hops: [{ direction: 'IN', types: ['INITIATED'] }] },
    adoptedBy: { target: 'GovernmentBody', hops: [{ direction: 'IN', types: ['ADOPTED'] }] },
    reportedBy: { target: 'GovernmentBody', hops: [{ direction: 'IN', types: ['REPORTED'] }] },
  },
};
