// The typed relationship fields of the domain schema, as data: which relations each field follows.
import type { EntityType, RelationType } from '../model/index.js';

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
  | 'Group'
  | 'Hospital'
  | 'Region'
  | 'Meeting'
  | 'ReliefAction'
  | 'Statement'
  | 'Instrument'
  | 'Person';

export interface RelationshipField {
  target: TargetType;
  /** One hop for a direct relationship; two for a derived one (who supported a hospital). */
  hops: Hop[];
  /** A single entity (or null) rather than a list. */
  single?: boolean;
  /** Also offered as a `<field>Connection` (lists that grow with the data). */
  paged?: boolean;
}

const out = (types: RelationType[]): Hop => ({ direction: 'OUT', types });
const inn = (types: RelationType[], nodeTypes?: EntityType[]): Hop => ({
  direction: 'IN',
  types,
  ...(nodeTypes && { nodeTypes }),
});

const actedOn = out(['PERFORMED']);
const actors = inn(['PERFORMED']);
/** Actions (not named things) aimed at the entity. */
const supportActions = inn(['TARGETED'], ['RELIEF_ACTION']);

const actions: RelationshipField = { target: 'ReliefAction', paged: true, hops: [actedOn] };
const supportFields: Record<string, RelationshipField> = {
  supportActions: { target: 'ReliefAction', hops: [supportActions] },
  supportedBy: { target: 'Organization', paged: true, hops: [supportActions, actors] },
};
const concernedBy: RelationshipField = { target: 'Statement', hops: [inn(['CONCERNS'])] };
const respondedTo: RelationshipField = { target: 'Statement', hops: [out(['RESPONDED_TO'])] };
const mobilizedBy: RelationshipField = { target: 'ReliefAction', hops: [inn(['MOBILIZED'])] };

export const relationshipFields: Record<TargetType, Record<string, RelationshipField>> = {
  Entity: {},
  Organization: { actions },
  Association: {
    actions,
    region: { target: 'Region', hops: [out(['LOCATED_IN'])], single: true },
    partners: { target: 'Company', hops: [out(['PARTNERED_WITH'])] },
    memberOf: { target: 'Organization', hops: [out(['MEMBER_OF'])] },
    members: { target: 'Organization', hops: [inn(['MEMBER_OF'])] },
    channelFor: { target: 'GovernmentBody', hops: [inn(['WORKED_THROUGH'])] },
    commissionedBy: { target: 'GovernmentBody', hops: [actedOn, inn(['COMMISSIONED'])] },
    respondedTo,
  },
  GovernmentBody: {
    actions,
    parent: { target: 'GovernmentBody', hops: [out(['PART_OF'])], single: true },
    units: { target: 'GovernmentBody', hops: [inn(['PART_OF'])] },
    organized: { target: 'Meeting', hops: [out(['ORGANIZED'])] },
    commissioned: { target: 'ReliefAction', hops: [out(['COMMISSIONED'])] },
    initiated: { target: 'ReliefAction', hops: [out(['INITIATED'])] },
    workedThrough: { target: 'Association', hops: [out(['WORKED_THROUGH'])] },
    adopted: { target: 'Instrument', hops: [out(['ADOPTED'])] },
    reported: { target: 'Entity', hops: [out(['REPORTED'])] },
    supportActions: { target: 'ReliefAction', hops: [supportActions] },
    concernedBy,
  },
  Company: {
    actions,
    partners: { target: 'Association', hops: [inn(['PARTNERED_WITH'])] },
  },
  Group: {
    actions,
    members: { target: 'Organization', hops: [inn(['MEMBER_OF'])] },
    memberOf: { target: 'Organization', hops: [out(['MEMBER_OF'])] },
    mobilizedBy,
    ...supportFields,
    instruments: { target: 'Instrument', hops: [inn(['TARGETED'], ['INSTRUMENT'])] },
    participatedIn: { target: 'Meeting', hops: [out(['PARTICIPATED_IN'])] },
    statements: { target: 'Statement', hops: [out(['STATED'])] },
    respondedTo,
    concernedBy,
    dealtWithBy: { target: 'ReliefAction', hops: [inn(['DEALT_WITH'])] },
  },
  Hospital: {
    region: { target: 'Region', hops: [out(['LOCATED_IN'])], single: true },
    ...supportFields,
  },
  Region: {
    located: { target: 'Entity', paged: true, hops: [inn(['LOCATED_IN'])] },
    ...supportFields,
    coveredBy: { target: 'ReliefAction', hops: [inn(['COVERED'])] },
    concernedBy,
  },
  Meeting: {
    organizers: { target: 'GovernmentBody', hops: [inn(['ORGANIZED'])] },
    participants: { target: 'Organization', hops: [inn(['PARTICIPATED_IN'])] },
    statements: { target: 'Statement', hops: [out(['STATED'])] },
    reportedBy: { target: 'GovernmentBody', hops: [inn(['REPORTED'])] },
  },
  ReliefAction: {
    actors: { target: 'Organization', hops: [actors] },
    targets: { target: 'Entity', hops: [out(['TARGETED'])] },
    mobilized: { target: 'Entity', hops: [out(['MOBILIZED'])] },
    areas: { target: 'Region', hops: [out(['COVERED'])] },
    products: { target: 'Instrument', hops: [out(['PRODUCED'])] },
    commissionedBy: { target: 'GovernmentBody', hops: [inn(['COMMISSIONED'])] },
    initiatedBy: { target: 'GovernmentBody', hops: [inn(['INITIATED'])] },
    adoptedBy: { target: 'GovernmentBody', hops: [out(['PRODUCED']), inn(['ADOPTED'])] },
    exemplifies: { target: 'Statement', hops: [out(['EXEMPLIFIES'])] },
    dealtWith: { target: 'Entity', hops: [out(['DEALT_WITH'])] },
    builtOn: { target: 'ReliefAction', hops: [out(['BUILT_ON'])] },
    basisFor: { target: 'ReliefAction', hops: [inn(['BUILT_ON'])] },
  },
  Statement: {
    statedBy: { target: 'Entity', hops: [inn(['STATED'])] },
    reportedBy: { target: 'GovernmentBody', hops: [inn(['REPORTED'])] },
    concerns: { target: 'Entity', hops: [out(['CONCERNS'])] },
    partOf: { target: 'Statement', hops: [out(['PART_OF'])], single: true },
    parts: { target: 'Statement', hops: [inn(['PART_OF'])] },
    examples: { target: 'ReliefAction', hops: [inn(['EXEMPLIFIES'])] },
    respondents: { target: 'Organization', hops: [inn(['RESPONDED_TO'])] },
  },
  Instrument: {
    producedBy: { target: 'ReliefAction', hops: [inn(['PRODUCED'])] },
    createdBy: { target: 'Organization', hops: [inn(['PRODUCED']), actors] },
    commissionedBy: { target: 'GovernmentBody', hops: [inn(['PRODUCED']), inn(['COMMISSIONED'])] },
    adoptedBy: { target: 'GovernmentBody', hops: [inn(['ADOPTED'])] },
    beneficiaries: { target: 'Entity', hops: [out(['TARGETED'])] },
    concernedBy,
  },
  Person: {
    statements: { target: 'Statement', hops: [out(['STATED'])] },
  },
};
