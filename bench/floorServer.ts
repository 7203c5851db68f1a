// The floor: a bare Apollo Server 5 on Fastify 5 with a one-field schema, nothing else (no logging, no plugins).
import { ApolloServer } from '@apollo/server';
import fastifyApollo from '@as-integrations/fastify';
import Fastify from 'fastify';

const app = Fastify();
const apollo = new ApolloServer({
  typeDefs: 'type Query { hello: String }',
  resolvers: { Query: { hello: () => 'world' } },
});
await apollo.start();
await app.register(fastifyApollo(apollo));
const address = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
// The benchmark reads this line to learn the port.
console.log(`listening ${address}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
