// Independent oracles for the conformance suite: every entity with its generic `relations`, fetched over HTTP, and the relation type and direction each typed field is documented to follow.
import { expect } from 'vitest';
import type { TestServer } from './testServer.js';

export interface OracleEntity {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  quantities: { value: number; unit: string; item: string | null; qualifier: string }[];
  relations: { type: string; direction: 'OUT' | 'IN'; node: { id: string; type: string } }[];
}

/** Every entity, through the generic fields only (entitiesConnection and `relations`). */
export async function allEntities(server: TestServer): Promise<Map<string, OracleEntity>> {
  const entities = new Map<string, OracleEntity>();
  let after: string | null = null;
  for (;;) {
    const result: {
      data?: {
        entitiesConnection: {
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: OracleEntity }[];
        };
      } | null;
      errors?: unknown;
    } = await server.query(
      `query ($after: String) { entitiesConnection(first: 100, after: $after) {
         pageInfo { hasNextPage endCursor }
         edges { node { id type name nameEn aliases quantities { value unit item qualifier }
           relations(direction: BOTH, first: 1000) { type direction node { id type } } } } } }`,
      { after },
    );
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    const page = result.data!.entitiesConnection;
    for (const { node } of page.edges) entities.set(node.id, node);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return entities;
}

export interface DocumentedHop {
  direction: 'OUT' | 'IN';
  types: string[];
  /** Only these entity types at the far end, where the description names them. */
  from?: string[];
}

export interface DocumentedField {
  hops: DocumentedHop[];
  /** A single entity (or null), not a list. */
  single?: true;
  /** Also offered as `<field>Connection`. */
  paged?: true;
}

const out = (...types: string[]): DocumentedHop => ({ direction: 'OUT', types });
const inn = (...types: string[]): DocumentedHop => ({ direction: 'IN', types });
/** Incoming relations of these types from entities of `kinds` only. */
const innFrom = (kinds: string[], ...types: string[]): DocumentedHop => ({
  direction: 'IN',
  types,
  from: kinds,
});

/** "Relief actions aimed at it" (incoming TARGETED, from actions: instruments target too). */
const aimedAt = innFrom(['RELIEF_ACTION'], 'TARGETED');
const supported: Record<string, DocumentedField> = {
  supportActions: { hops: [aimedAt] },
  supportedBy: { hops: [aimedAt, inn('PERFORMED')], paged: true },
};
const actions: DocumentedField = { hops: [out('PERFORMED')], paged: true };
const concernedBy: DocumentedField = { hops: [inn('CONCERNS')] };

/**
 * Each typed relationship field as schema/domain.graphql's descriptions and seed/README.md state
 * it, written out by hand: the relation types and directions it follows ("outgoing PERFORMED,
 * then the actions' incoming COMMISSIONED" is two hops). Not derived from
 * src/graphql/relationshipFields.ts, which is what these tests check.
 */
export const documentedFields: Record<string, Record<string, DocumentedField>> = {
  Association: {
    actions,
    region: { hops: [out('LOCATED_IN')], single: true },
    memberOf: { hops: [out('MEMBER_OF')] },
    members: { hops: [inn('MEMBER_OF')] },
    partners: { hops: [out('PARTNERED_WITH')] },
    channelFor: { hops: [inn('WORKED_THROUGH')] },
    commissionedBy: { hops: [out('PERFORMED'), inn('COMMISSIONED')] },
    respondedTo: { hops: [out('RESPONDED_TO')] },
  },
  GovernmentBody: {
    actions,
    parent: { hops: [out('PART_OF')], single: true },
    units: { hops: [inn('PART_OF')] },
    organized: { hops: [out('ORGANIZED')] },
    commissioned: { hops: [out('COMMISSIONED')] },
    initiated: { hops: [out('INITIATED')] },
    workedThrough: { hops: [out('WORKED_THROUGH')] },
    adopted: { hops: [out('ADOPTED')] },
    reported: { hops: [out('REPORTED')] },
    supportActions: supported.supportActions!,
    concernedBy,
  },
  Company: {
    actions,
    partners: { hops: [inn('PARTNERED_WITH')] },
  },
  Group: {
    actions,
    members: { hops: [inn('MEMBER_OF')] },
    memberOf: { hops: [out('MEMBER_OF')] },
    mobilizedBy: { hops: [inn('MOBILIZED')] },
    ...supported,
    instruments: { hops: [innFrom(['INSTRUMENT'], 'TARGETED')] },
    participatedIn: { hops: [out('PARTICIPATED_IN')] },
    statements: { hops: [out('STATED')] },
    respondedTo: { hops: [out('RESPONDED_TO')] },
    concernedBy,
    dealtWithBy: { hops: [inn('DEALT_WITH')] },
  },
  Hospital: {
    region: { hops: [out('LOCATED_IN')], single: true },
    ...supported,
  },
  Region: {
    located: { hops: [inn('LOCATED_IN')], paged: true },
    ...supported,
    coveredBy: { hops: [inn('COVERED')] },
    concernedBy,
  },
  Meeting: {
    organizers: { hops: [inn('ORGANIZED')] },
    reportedBy: { hops: [inn('REPORTED')] },
    participants: { hops: [inn('PARTICIPATED_IN')] },
    statements: { hops: [out('STATED')] },
  },
  ReliefAction: {
    actors: { hops: [inn('PERFORMED')] },
    targets: { hops: [out('TARGETED')] },
    commissionedBy: { hops: [inn('COMMISSIONED')] },
    initiatedBy: { hops: [inn('INITIATED')] },
    adoptedBy: { hops: [out('PRODUCED'), inn('ADOPTED')] },
    mobilized: { hops: [out('MOBILIZED')] },
    areas: { hops: [out('COVERED')] },
    products: { hops: [out('PRODUCED')] },
    exemplifies: { hops: [out('EXEMPLIFIES')] },
    dealtWith: { hops: [out('DEALT_WITH')] },
    builtOn: { hops: [out('BUILT_ON')] },
    basisFor: { hops: [inn('BUILT_ON')] },
  },
  Statement: {
    statedBy: { hops: [inn('STATED')] },
    reportedBy: { hops: [inn('REPORTED')] },
    concerns: { hops: [out('CONCERNS')] },
    partOf: { hops: [out('PART_OF')], single: true },
    parts: { hops: [inn('PART_OF')] },
    examples: { hops: [inn('EXEMPLIFIES')] },
    respondents: { hops: [inn('RESPONDED_TO')] },
  },
  Instrument: {
    producedBy: { hops: [inn('PRODUCED')] },
    createdBy: { hops: [inn('PRODUCED'), inn('PERFORMED')] },
    commissionedBy: { hops: [inn('PRODUCED'), inn('COMMISSIONED')] },
    adoptedBy: { hops: [inn('ADOPTED')] },
    beneficiaries: { hops: [out('TARGETED')] },
    concernedBy,
  },
  Person: {
    statements: { hops: [out('STATED')] },
  },
};

/** The root list field of each object type (Query.associations …), written out by hand. */
export const listFields: Record<string, string> = {
  Association: 'associations',
  GovernmentBody: 'governmentBodies',
  Company: 'companies',
  Group: 'groups',
  Hospital: 'hospitals',
  Region: 'regions',
  Meeting: 'meetings',
  ReliefAction: 'reliefActions',
  Statement: 'statements',
  Instrument: 'instruments',
  Person: 'people',
};

/** The GraphQL object type of each entity type. */
export const objectTypeOf: Record<string, string> = {
  ASSOCIATION: 'Association',
  GOVERNMENT_BODY: 'GovernmentBody',
  COMPANY: 'Company',
  GROUP: 'Group',
  HOSPITAL: 'Hospital',
  REGION: 'Region',
  MEETING: 'Meeting',
  RELIEF_ACTION: 'ReliefAction',
  STATEMENT: 'Statement',
  INSTRUMENT: 'Instrument',
  PERSON: 'Person',
};

/** The ids `hops` reach from `start` through the generic relations, sorted, each once. */
export function reach(
  entities: Map<string, OracleEntity>,
  start: string,
  hops: DocumentedHop[],
): string[] {
  let ids = new Set([start]);
  for (const hop of hops) {
    const next = new Set<string>();
    for (const id of ids) {
      for (const r of entities.get(id)!.relations) {
        if (r.direction !== hop.direction || !hop.types.includes(r.type)) continue;
        if (hop.from && !hop.from.includes(r.node.type)) continue;
        next.add(r.node.id);
      }
    }
    ids = next;
  }
  return [...ids].sort();
}
