// @neo4j/graphql 7 type definitions for the graph `npm run seed` writes: our labels, relationship types and properties.
//
// Written by hand for the storage model in src/graph/neo4j/records.ts, as a user of the library
// would for an existing database: every entity is (:Entity:<Kind>) with id, type, name, nameEn,
// aliases and the parallel quantity lists; every relation is a relationship of its own type.
// A relationship field of the library follows one type in one direction, so where our API merges
// two (an organisation's `actions` are PERFORMED and LED) this schema has one field per type.
export const peerTypeDefs = /* GraphQL */ `
  enum ReliefCategory {
    MEDICAL_SUPPLIES
    HOSPITAL_CONSTRUCTION
    MEDICAL_STAFF
    MEDICAL_SERVICES
    EPIDEMIC_CONTROL
    DONATIONS
    FINANCIAL_SUPPORT
    INTERNATIONAL_SOURCING
    LIVING_SUPPLIES
    RESUMPTION_INFORMATION
    RESUMPTION_GUIDANCE
    RESUMPTION_RIGHTS
    RESUMPTION_DIFFICULTIES
    DAILY_SUPPLY
    DAILY_CIRCULATION
    SCIENCE_COMMUNICATION
    CULTURE
  }

  enum AssociationScope {
    NATIONAL
    LOCAL
  }

  interface Entity {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
  }

  interface Organization implements Entity {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
  }

  type Association implements Entity & Organization @node(labels: ["Association", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    scope: AssociationScope
    performed: [ReliefAction!]! @relationship(type: "PERFORMED", direction: OUT)
    led: [ReliefAction!]! @relationship(type: "LED", direction: OUT)
    region: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    partners: [Company!]! @relationship(type: "PARTNERED_WITH", direction: OUT)
    channelFor: [GovernmentBody!]! @relationship(type: "WORKED_THROUGH", direction: IN)
  }

  type GovernmentBody implements Entity & Organization @node(labels: ["GovernmentBody", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    performed: [ReliefAction!]! @relationship(type: "PERFORMED", direction: OUT)
    parent: [GovernmentBody!]! @relationship(type: "PART_OF", direction: OUT)
    units: [GovernmentBody!]! @relationship(type: "PART_OF", direction: IN)
    organized: [Meeting!]! @relationship(type: "ORGANIZED", direction: OUT)
    commissioned: [ReliefAction!]! @relationship(type: "COMMISSIONED", direction: OUT)
    initiated: [ReliefAction!]! @relationship(type: "INITIATED", direction: OUT)
    workedThrough: [Association!]! @relationship(type: "WORKED_THROUGH", direction: OUT)
    adopted: [ReliefAction!]! @relationship(type: "ADOPTED", direction: OUT)
    reported: [Entity!]! @relationship(type: "REPORTED", direction: OUT)
  }

  type Company implements Entity & Organization @node(labels: ["Company", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    performed: [ReliefAction!]! @relationship(type: "PERFORMED", direction: OUT)
    partners: [Association!]! @relationship(type: "PARTNERED_WITH", direction: IN)
  }

  type Hospital implements Entity @node(labels: ["Hospital", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    region: [Region!]! @relationship(type: "LOCATED_IN", direction: OUT)
    supportActions: [ReliefAction!]! @relationship(type: "TARGETED", direction: IN)
  }

  type Region implements Entity @node(labels: ["Region", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    level: String
    located: [Entity!]! @relationship(type: "LOCATED_IN", direction: IN)
    supportActions: [ReliefAction!]! @relationship(type: "TARGETED", direction: IN)
  }

  type Meeting implements Entity @node(labels: ["Meeting", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    date: Date
    organizers: [GovernmentBody!]! @relationship(type: "ORGANIZED", direction: IN)
    reportedBy: [GovernmentBody!]! @relationship(type: "REPORTED", direction: IN)
  }

  type ReliefAction implements Entity @node(labels: ["ReliefAction", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    category: ReliefCategory
    quantityValue: [Float!]
    quantityUnit: [String!]
    quantityItem: [String!]
    quantityQualifier: [String!]
    quantityText: [String!]
    performedBy: [Entity!]! @relationship(type: "PERFORMED", direction: IN)
    ledBy: [Association!]! @relationship(type: "LED", direction: IN)
    targets: [Entity!]! @relationship(type: "TARGETED", direction: OUT)
    commissionedBy: [GovernmentBody!]! @relationship(type: "COMMISSIONED", direction: IN)
    initiatedBy: [GovernmentBody!]! @relationship(type: "INITIATED", direction: IN)
    adoptedBy: [GovernmentBody!]! @relationship(type: "ADOPTED", direction: IN)
    reportedBy: [GovernmentBody!]! @relationship(type: "REPORTED", direction: IN)
  }

  type Group implements Entity & Organization @node(labels: ["Group", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
    performed: [ReliefAction!]! @relationship(type: "PERFORMED", direction: OUT)
  }

  type Statement implements Entity @node(labels: ["Statement", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
  }

  type Instrument implements Entity @node(labels: ["Instrument", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
  }

  type Person implements Entity @node(labels: ["Person", "Entity"]) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
  }

  """
  Any entity, by its :Entity label alone: the type the full-text index entity_names
  (schema/neo4j/schema.cypher, on :Entity) belongs to, and the one to count every entity.
  """
  type AnyEntity
    @node(labels: ["Entity"])
    @fulltext(
      indexes: [
        { indexName: "entity_names", queryName: "searchEntities", fields: ["name", "nameEn"] }
      ]
    ) {
    id: ID!
    type: String!
    name: String!
    nameEn: String
    aliases: [String!]
  }
`;
