// The typed relationship fields of the domain schema, as data: which relations each field follows.
import type { EntityType } from '../graph/port.js';
import type { RelationType } from '../seed/schema.js';

export interface Hop {
  direction: 'OUT' | 'IN';
  types: RelationType[];
  /** Keep only entities of these types at the far end. */
  nodeTypes?: EntityType[];
}

export interface RelationshipField {
  /** One hop for a direct relationship; two for a derived one (who supported a hospital). */
  hops: Hop[];
  /** A single entity (or null) rather than a list. */
  single?: boolean;
}

const actedOn: Hop = { direction: 'OUT', types: ['PERFORMED', 'LED'] };
const actors: Hop = { direction: 'IN', types: ['PERFORMED', 'LED'] };
const supportActions: Hop = { direction: 'IN', types: ['TARGETED'] };

export const relationshipFields: Record<string, Record<string, RelationshipField>> = {
  Association: {
    actions: { hops: [actedOn] },
    region: { hops: [{ direction: 'OUT', types: ['LOCATED_IN'] }], single: true },
    led: { hops: [{ direction: 'OUT', types: ['LED'] }] },
    partners: { hops: [{ direction: 'OUT', types: ['PARTNERED_WITH'] }] },
    channelFor: { hops: [{ direction: 'IN', types: ['WORKED_THROUGH'] }] },
    commissionedBy: { hops: [actedOn, { direction: 'IN', types: ['COMMISSIONED'] }] },
  },
  GovernmentBody: {
    actions: { hops: [actedOn] },
    parent: { hops: [{ direction: 'OUT', types: ['PART_OF'] }], single: true },
    units: { hops: [{ direction: 'IN', types: ['PART_OF'] }] },
    organized: { hops: [{ direction: 'OUT', types: ['ORGANIZED'] }] },
    commissioned: { hops: [{ direction: 'OUT', types: ['COMMISSIONED'] }] },
    initiated: { hops: [{ direction: 'OUT', types: ['INITIATED'] }] },
    workedThrough: { hops: [{ direction: 'OUT', types: ['WORKED_THROUGH'] }] },
    adopted: { hops: [{ direction: 'OUT', types: ['ADOPTED'] }] },
    reported: { hops: [{ direction: 'OUT', types: ['REPORTED'] }] },
  },
  Company: {
    actions: { hops: [actedOn] },
    partners: { hops: [{ direction: 'IN', types: ['PARTNERED_WITH'] }] },
  },
  Hospital: {
    region: { hops: [{ direction: 'OUT', types: ['LOCATED_IN'] }], single: true },
    supportActions: { hops: [supportActions] },
    supportedBy: { hops: [supportActions, actors] },
  },
  Region: {
    located: { hops: [{ direction: 'IN', types: ['LOCATED_IN'] }] },
    supportActions: { hops: [supportActions] },
    supportedBy: { hops: [supportActions, actors] },
  },
  Meeting: {
    organizers: { hops: [{ direction: 'IN', types: ['ORGANIZED'] }] },
    reportedBy: { hops: [{ direction: 'IN', types: ['REPORTED'] }] },
  },
  ReliefAction: {
    actors: { hops: [actors] },
    targets: { hops: [{ direction: 'OUT', types: ['TARGETED'] }] },
    commissionedBy: { hops: [{ direction: 'IN', types: ['COMMISSIONED'] }] },
    initiatedBy: { hops: [{ direction: 'IN', types: ['INITIATED'] }] },
    adoptedBy: { hops: [{ direction: 'IN', types: ['ADOPTED'] }] },
    reportedBy: { hops: [{ direction: 'IN', types: ['REPORTED'] }] },
  },
};
