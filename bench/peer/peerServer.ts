// The peer: @neo4j/graphql 7 over the same Neo4j, on the same HTTP stack as the project (Apollo Server 5, Fastify 5).
//
// Nothing else: no logger, no plugins, no limits (the project's server pays for its request log,
// metrics, operation limits and deadlines on every request). Reads NEO4J_URI, NEO4J_USER,
// NEO4J_PASSWORD, NEO4J_DATABASE and PORT, like the project.
import { ApolloServer } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import { Neo4jGraphQL } from '@neo4j/graphql';
import Fastify from 'fastify';
import neo4j from 'neo4j-driver';
import { peerTypeDefs } from './typeDefs.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('the peer server needs NEO4J_URI');
const driver = neo4j.driver(
  uri,
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
);
const database = process.env.NEO4J_DATABASE ?? 'neo4j';
const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();

const app = Fastify();
/** What @neo4j/graphql reads from the context here: which database its sessions use. */
interface PeerContext {
  sessionConfig: { database: string };
}
const apollo = new ApolloServer<PeerContext>({ schema });
await apollo.start();
await app.register(fastifyApollo(apollo), {
  // The library reads its session settings (the database) from the context.
  context: async () => ({ sessionConfig: { database } }),
});
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
console.log(`listening ${address}`);
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => driver.close())
      .then(() => process.exit(0)),
);
