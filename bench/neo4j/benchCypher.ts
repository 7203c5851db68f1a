// The Cypher the benchmarks add to the adapter's own (cypher.ts): profiling, clearing and bulk loading; linted with it.
//
// test/cypher/lint.test.ts lints every exported string and every string of an exported record
// here, as it does for src/graph/neo4j/cypher.ts, and the profiled form of every adapter statement.

/**
 * The statement with Neo4j's PROFILE in front: the database runs it and reports, per operator, the
 * rows and db hits. @neo4j/graphql's statements start with `CYPHER 5`, which PROFILE may precede.
 */
export function profiled(statement: string): string {
  return `PROFILE\n${statement}`;
}

/**
 * Removes every node and relationship, 10,000 nodes per transaction, so a database holding a large
 * synthetic graph can be emptied without one huge transaction. Needs an auto-commit transaction.
 */
export const CLEAR_GRAPH_IN_BATCHES = `
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS`;
