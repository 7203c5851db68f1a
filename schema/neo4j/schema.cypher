// Neo4j constraints and indexes of the knowledge graph, applied by `npm run seed` before any data.
// Every statement is idempotent (IF NOT EXISTS) and ends with a semicolon; comments are line comments.

// One id per entity across all kinds (the adapter looks entities up as :Entity), and per kind.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT association_id IF NOT EXISTS FOR (n:Association) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_body_id IF NOT EXISTS FOR (n:GovernmentBody) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT hospital_id IF NOT EXISTS FOR (n:Hospital) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT region_id IF NOT EXISTS FOR (n:Region) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT relief_action_id IF NOT EXISTS FOR (n:ReliefAction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT instrument_id IF NOT EXISTS FOR (n:Instrument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

// The curation revision log: numbered once each (the change feed's cursor), read per fact (history).
CREATE CONSTRAINT revision_number IF NOT EXISTS FOR (x:Revision) REQUIRE x.number IS UNIQUE;
CREATE INDEX revision_fact IF NOT EXISTS FOR (x:Revision) ON (x.factId);
// A retried write finds the revision its first attempt committed (Neo4jBackend.commit).
CREATE INDEX revision_idempotency_key IF NOT EXISTS FOR (x:Revision) ON (x.idempotencyKey);

// Names are unique among standing entities, as in the seed: every entity write checks its own.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);

// findEntities filters on the type property (a label cannot be a parameter). Its other filters
// and sorts (searchNames, money, quantity lists) read properties no index serves; the graph is small.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);

// search: substring matches on the normalised names (CONTAINS); every search reads it.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);

// No relationship indexes: no statement looks a relationship up by its id; seeding MERGEs a
// relationship from its two end nodes, which the entity_id constraint finds.

// Full-text search over names, English names and aliases, tokenised by the CJK analyzer (bigrams
// of Han characters). The adapter's search no longer reads it (CONTAINS on searchText finds every
// match, and ranks in Cypher); it serves full-text clients, such as @neo4j/graphql's @fulltext in
// npm run bench:peer.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
