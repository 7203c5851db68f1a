// Says once, at the start of every run, which backends the conformance suite covers and why not the others.
import { neo4jSkipReason } from './helpers/backends.js';

export default function setup(): void {
  if (neo4jSkipReason) console.log(`Neo4j conformance suite skipped: ${neo4jSkipReason}`);
  else console.log(`Neo4j conformance suite runs against ${process.env.NEO4J_URI}`);
}
