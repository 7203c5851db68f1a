// HTTP + Apollo wiring: Fastify routes (/graphql, /health), plugins, landing page and shutdown.
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { exampleOperation } from './exampleOperation.js';
import type { GraphBackend } from './graph/port.js';
import { createContext, type RequestContext } from './graphql/context.js';
import { createFormatError } from './graphql/formatError.js';
import { defaultLimits, type Limits } from './graphql/limits.js';
import { resolvers } from './graphql/resolvers/index.js';
import { typeDefs } from './graphql/schema.js';

export interface ServerOptions {
  config: Config;
  backend: GraphBackend;
  limits?: Limits;
}

export interface Server {
  app: FastifyInstance;
  apollo: ApolloServer<RequestContext>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the backend. */
  close(): Promise<void>;
}

export async function createServer({
  config,
  backend,
  limits = defaultLimits,
}: ServerOptions): Promise<Server> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    // Requests larger than this are refused with 413 before any parsing.
    bodyLimit: 1024 * 1024,
  });

  // Chosen from our config, not Apollo's own NODE_ENV check, so one setting governs both.
  const landingPage = config.production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({ embed: true, document: exampleOperation });
  const plugins = [fastifyApolloDrainPlugin(app), landingPage];
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    plugins,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createFormatError(config.production),
    introspection: true,
  });
  await apollo.start();

  // Liveness: the process answers; the backend's state is reported but does not fail it.
  app.get('/health', async () => {
    const health = await backend.health();
    return { status: health.ok ? 'ok' : 'degraded', ...health };
  });
  // Readiness: 503 while the backend cannot answer, so a load balancer sends no traffic here.
  app.get('/ready', async (_request, reply) => {
    const health = await backend.health();
    return reply.code(health.ok ? 200 : 503).send({ ready: health.ok, ...health });
  });
  await app.register(fastifyApollo(apollo), {
    context: async () => createContext(backend, limits),
  });

  return {
    app,
    apollo,
    async close() {
      await app.close();
      await backend.close();
    },
  };
}
