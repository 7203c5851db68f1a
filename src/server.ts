// HTTP + Apollo wiring: Fastify routes (/graphql, /health, /ready, /metrics), plugins, limits, landing page and shutdown.
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { ChangeFeed } from './curation/changeFeed.js';
import { loadExamples, type Example } from './examples.js';
import type { GraphBackend } from './graph/port.js';
import { runBefore, withDeadline } from './graph/withDeadline.js';
import { withObserver } from './graph/withObserver.js';
import { CompiledExecutor } from './graphql/compiledExecutor.js';
import { createContext, noWrites, type RequestContext } from './graphql/context.js';
import { readPlanMetrics } from './graphql/plugins/readPlanMetrics.js';
import { executableSchema } from './graphql/executableSchema.js';
import { createFormatError } from './graphql/plugins/formatError.js';
import type { ArgumentLimits } from './config.js';
import { trustProxyFunction } from './http/clientAddress.js';
import { limitConnections, serverTimeouts } from './http/socketLimits.js';
import { cors } from './http/cors.js';
import { errorHandler, requestId } from './http/errorHandler.js';
import { bufferedStdout } from './http/logDestination.js';
import { Metrics } from './http/metrics.js';
import { operationLimits } from './graphql/plugins/operationLimits.js';
import { pages } from './http/pages.js';
import { ClientBudgets, keyOrAddress } from './http/rateLimit.js';
import { RequestLog } from './http/requestLog.js';
import { ResponseCache } from './http/responseCache.js';
import { discardUnreadBodies } from './http/unreadBody.js';
import { serveSubscriptions } from './http/subscriptions.js';
import { subscriptionsOverWebSocketOnly } from './graphql/plugins/subscriptionsOverWebSocketOnly.js';
import { WriteGate } from './http/WriteGate.js';
import { Authenticator } from './auth/Authenticator.js';

export interface ServerOptions {
  config: Config;
  backend: GraphBackend;
  /** Argument limits; default: the configuration's (defaults with LIMIT_* overrides). */
  limits?: ArgumentLimits;
  /** Where log lines go (default: stdout); tests read them here. */
  logStream?: { write(line: string): void };
  /** The example operations of Sandbox and GraphiQL; default: examples/ (a missing folder stops start-up). */
  examples?: Example[];
  /** Folder of the built explorer (default: dist/web); a test serves a build of its own. */
  explorerDir?: string;
}

export interface Server {
  app: FastifyInstance;
  apollo: ApolloServer<RequestContext>;
  /** Stops accepting connections, lets in-flight requests finish, closes the backend, writes every buffered log line. */
  close(): Promise<void>;
  /** Writes every buffered log line (a crash; close() does it on a graceful stop), waiting `withinMs` at most. */
  flushLogs(withinMs: number): Promise<void>;
}

export async function createServer({
  config,
  backend,
  limits = config.limits,
  logStream,
  examples = loadExamples(),
  explorerDir,
}: ServerOptions): Promise<Server> {
  // Log lines are buffered and written off the request path (tests read them from logStream).
  const logs = config.logLevel === 'silent' || logStream ? null : bufferedStdout();
  // One notion of which peers are proxies, for Fastify's request.ip and the WebSocket's upgrade.
  const trust = trustProxyFunction(config.trustProxy);
  const app = Fastify({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, stream: logStream ?? logs!.stream },
    // One line per request, written by RequestLog with the GraphQL operation and outcome.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestId,
    // Requests larger than this are refused with 413 before any parsing.
    bodyLimit: config.bodyLimitBytes,
    // A client has HEADERS_TIMEOUT_MS to send its headers and BODY_TIMEOUT_MS its whole request, and
    // an idle keep-alive connection closes after KEEP_ALIVE_TIMEOUT_MS (slow clients hold no socket for ever).
    // No Fastify handlerTimeout: it costs every request an AbortController (a sixth of the
    // { __typename } budget, docs/benchmarks.md); GraphQL requests have their own deadline and
    // the health routes race theirs below.
    ...serverTimeouts(config.connections),
    // The client's address (the budget's key) from X-Forwarded-For only behind a trusted proxy.
    trustProxy: trust,
  });
  errorHandler(app, config.production);

  const metrics = config.metrics ? new Metrics() : null;
  limitConnections(app, config.connections, (reason) => metrics?.refuse(reason));
  const requestLog = new RequestLog(metrics);
  requestLog.register(app);
  discardUnreadBodies(app, config.connections.bodyDiscardLimitBytes);
  const authenticator = new Authenticator(config.writers);
  // Each client's budget is keyed by its API key when it sends a valid one, else by its address.
  const budgets =
    config.rateLimit.budget > 0
      ? new ClientBudgets(config.rateLimit, keyOrAddress(authenticator))
      : null;
  budgets?.register(app);
  const observedBackend = metrics
    ? withObserver(backend, (method, outcome, seconds) =>
        metrics.observeBackendCall(backend.name, method, outcome, seconds),
      )
    : backend;

  const responseCache = config.responseCache.enabled
    ? new ResponseCache(config.responseCache, backend, metrics, {
        admit: (request, cost) =>
          budgets ? budgets.admitCached(budgets.clientOf(request), cost) : Promise.resolve(true),
        served: (request, operation, cost) => requestLog.recordCached(request, operation, cost),
      })
    : null;
  await responseCache?.start();

  // Writes: checked per request; a commit makes this process's cache read the new version at once.
  const feed = new ChangeFeed(backend, config.writers.feedPollMs, config.subscriptions.queueLimit);
  const writes = new WriteGate(authenticator, config.writers, async () => {
    await Promise.all([responseCache?.refresh(), feed.nudge()]);
  });

  const limitsSetup = operationLimits(config.operationLimits, {
    blockFieldSuggestions: !config.introspection,
    onCost: (cost, contextValue) => {
      requestLog.recordCost(contextValue, cost);
      responseCache?.recordCost(contextValue, cost);
    },
    ...(budgets ? { admit: (cost, contextValue) => budgets.admit(cost, contextValue) } : {}),
  });

  // Chosen from our config, not Apollo's own NODE_ENV check, so one setting governs both.
  const landingPage = config.production
    ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
    : ApolloServerPluginLandingPageLocalDefault({
        embed: true,
        document: examples[0]!.query,
        ...(examples[0]!.variables ? { variables: examples[0]!.variables } : {}),
      });
  const schema = executableSchema();
  // Compiled plans run behind Apollo's gateway interface: Apollo still parses, validates, runs
  // every plugin (limits, budget, logging), formats errors and serialises; EXECUTOR=graphql-js
  // leaves execution to graphql-js, the reference the conformance suite compares against.
  const executor =
    config.execution.executor === 'jit'
      ? new CompiledExecutor({
          schema,
          maxPlans: config.execution.maxPlans,
          ...(metrics ? { onFallback: (reason) => metrics.fallback(reason) } : {}),
        })
      : null;
  if (executor) {
    metrics?.gauge(
      'graphql_compiled_plans',
      'Compiled plans held in the plan cache.',
      () => executor.size,
    );
  }
  // Subscriptions: graphql-ws on the same port and path, behind the same gate as HTTP (the
  // validation rules, operation cost and budget) and the socket's own limits. Only subscriptions
  // run there; queries and mutations go over HTTP.
  const subscriptions = serveSubscriptions({
    server: app.server,
    schema,
    limits: config.subscriptions,
    maxMessageBytes: config.bodyLimitBytes,
    maxTokens: config.operationLimits.maxTokens,
    validationRules: limitsSetup.validationRules,
    cost: limitsSetup.cost,
    budgets,
    requestCost: config.rateLimit.requestCost,
    authenticator,
    trust,
    production: config.production,
    formatError: createFormatError(config.production),
    context: () => createContext(backend, limits, noWrites, feed),
    onRefusal: (reason) => metrics?.refuse(reason),
  });
  let subscriptionsClosed: Promise<unknown> | null = null;
  const closeSubscriptions = async () => {
    subscriptionsClosed ??= (async () => {
      feed.stop();
      await subscriptions.close();
    })();
    await subscriptionsClosed;
  };

  const apollo = new ApolloServer<RequestContext>({
    ...(executor ? { gateway: executor.gateway() } : { schema }),
    plugins: [
      fastifyApolloDrainPlugin(app),
      { serverWillStart: async () => ({ drainServer: closeSubscriptions }) },
      subscriptionsOverWebSocketOnly(),
      landingPage,
      requestLog.plugin(),
      ...limitsSetup.plugins,
      ...(responseCache ? [responseCache.plugin()] : []),
      ...(metrics ? [readPlanMetrics(metrics.registry)] : []),
      // No cache hints are used; Apollo's default cache-control plugin would wrap every field.
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Compact JSON: Apollo pretty-prints by default, which costs time and bytes on every response.
    stringifyResult: (result) => JSON.stringify(result),
    validationRules: limitsSetup.validationRules,
    parseOptions: limitsSetup.parseOptions,
    includeStacktraceInErrorResponses: !config.production,
    formatError: createFormatError(config.production),
    introspection: config.introspection,
    // Kept explicit: a simple (form or text/plain) POST or a GET without a preflight header is refused.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    logger: app.log,
  });
  await apollo.start();

  await cors(app, config.corsOrigins);

  // A hung health check answers 503 DEADLINE_EXCEEDED at the request budget (errorHandler).
  const health = () =>
    runBefore(Date.now() + config.requestTimeoutMs, config.requestTimeoutMs, () =>
      backend.health(),
    );
  // Liveness: the process answers; the backend's state is reported but does not fail it.
  app.get('/health', async () => {
    const state = await health();
    return { status: state.ok ? 'ok' : 'degraded', ...state };
  });
  // Readiness: 503 while the backend cannot answer, so a load balancer sends no traffic here.
  app.get('/ready', async (_request, reply) => {
    const state = await health();
    return reply.code(state.ok ? 200 : 503).send({ ready: state.ok, ...state });
  });
  metrics?.route(app);
  await app.register(pages, { examples, explorerDir });
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    // A repeated read is answered from the response cache before Apollo (responseCache.ts).
    ...(responseCache
      ? { preHandler: responseCache.preHandler, onSend: responseCache.onSend }
      : {}),
    handler: fastifyApolloHandler(apollo, {
      // Each request gets its own deadline: its backend calls stop at the time budget.
      context: async (request) => {
        const context = createContext(
          withDeadline(observedBackend, config.requestTimeoutMs),
          limits,
          writes.forRequest(request, {
            maxWrites: limits.maxWritesPerRequest,
            maxBatchWrites: limits.maxBatchWrites,
          }),
          null,
          { planReads: config.execution.planReads },
        );
        requestLog.attach(request, context);
        budgets?.attach(request, context);
        responseCache?.attach(request, context);
        return context;
      },
    }),
  });

  return {
    app,
    apollo,
    async close() {
      await closeSubscriptions();
      await app.close();
      responseCache?.stop();
      await backend.close();
      // Every request that reached a route was answered or dropped by its own client.
      app.log.info({ requests: requestLog.counts }, 'server closed');
      logs?.stop();
      await logs?.flush();
    },
    async flushLogs(withinMs) {
      await logs?.flush(withinMs);
    },
  };
}
