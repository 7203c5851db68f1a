// Environment -> typed configuration, validated once at start-up.
import { z } from 'zod';
import { keysFromFile, keysFromPairs, distinctKeys, type Credentials } from './auth/apiKeys.js';
import { pemFrom } from './auth/jwt.js';
import { ConfigError, listFrom } from './configValues.js';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_DEPTH } from './graph/port.js';

export { ConfigError } from './configValues.js';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const wholeNumber = z.coerce.number().int().min(0);
const flag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'])
  .transform((v) => v === 'true' || v === '1' || v === 'on');

/** Every variable the server reads but the LIMIT_* ones, with its default: docs/configuration.md lists each (test/docs/configurationDoc.test.ts). */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  GRAPH_BACKEND: z.enum(['memory', 'neo4j']).default('memory'),
  SEED_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: positiveInt.default(5000),
  NEO4J_MAX_RETRY_MS: positiveInt.default(2000),
  REQUEST_TIMEOUT_MS: positiveInt.default(10_000),
  BODY_LIMIT_BYTES: positiveInt.default(1024 * 1024),
  INTROSPECTION: flag.default(true),
  METRICS: flag.default(true),
  // `*` (any origin: public data, no cookies), a comma-separated list of origins, or empty for none.
  CORS_ORIGINS: z.string().default('*'),
  MAX_DEPTH: positiveInt.default(15),
  MAX_COST: positiveInt.default(2_000_000),
  MAX_ALIASES: positiveInt.default(30),
  MAX_DIRECTIVES: positiveInt.default(50),
  MAX_TOKENS: positiveInt.default(5000),
  // Slow and idle clients (docs/security.md): Node's header, whole-request and keep-alive timeouts.
  HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  BODY_TIMEOUT_MS: positiveInt.default(30_000),
  KEEP_ALIVE_TIMEOUT_MS: positiveInt.default(5_000),
  MAX_CONNECTIONS: positiveInt.default(1024),
  // 0: no cap per client address (behind a proxy every client has the proxy's address).
  MAX_CONNECTIONS_PER_CLIENT: wholeNumber.default(128),
  BODY_DISCARD_LIMIT_BYTES: wholeNumber.default(16 * 1024 * 1024),
  // A fair share per client: cost units per window; 0 turns the budget off.
  RATE_LIMIT_BUDGET: wholeNumber.default(60_000_000),
  RATE_LIMIT_WINDOW_MS: positiveInt.default(60_000),
  RATE_LIMIT_REQUEST_COST: wholeNumber.default(10_000),
  // Which proxies to believe in X-Forwarded-For: false, or their addresses/CIDRs.
  TRUST_PROXY: z.string().default('false'),
  // Execution: compiled plans (graphql-jit) or graphql-js's interpreter, the reference.
  EXECUTOR: z.enum(['jit', 'graphql-js']).default('jit'),
  COMPILED_PLANS: positiveInt.default(1000),
  // Root lists read their nested relationship fields in one backend call (src/graphql/planner.ts),
  // on both backends (measured faster on both, docs/benchmarks.md); `auto`, the default before
  // that, is still read, as on.
  READ_PLANNER: z.union([z.literal('auto'), flag]).default(true),
  // Whole responses cached per operation, variables and data version (docs/architecture.md: the response cache).
  RESPONSE_CACHE: flag.default(true),
  RESPONSE_CACHE_MAX_BYTES: positiveInt.default(64 * 1024 * 1024),
  RESPONSE_CACHE_MAX_AGE_S: wholeNumber.default(60),
  DATA_VERSION_CHECK_MS: positiveInt.default(1000),
  // Curation (docs/curation.md): who may write, where the embedded backend keeps curated revisions.
  API_KEYS: z.string().default(''),
  API_KEYS_FILE: z.string().min(1).optional(),
  JWT_PUBLIC_KEY: z.string().min(1).optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_ROLE_CLAIM: z.string().min(1).default('role'),
  // Tokens issued longer ago than this (their iat) are refused, whatever their exp says.
  JWT_MAX_AGE_S: positiveInt.default(3600),
  DATA_DIR: z.string().min(1).optional(),
  // Writes one writer may commit per window: a flood of writes is refused with RATE_LIMITED.
  WRITE_RATE_LIMIT: positiveInt.default(1000),
  WRITE_RATE_WINDOW_MS: positiveInt.default(60_000),
  // How often the change feed (graphChanged) reads the revision log while anyone subscribes.
  CHANGE_FEED_POLL_MS: positiveInt.default(1000),
  // Subscriptions over WebSocket (docs/security.md, docs/reliability.md): caps per socket and per client, the queue
  // of one subscriber, and how long a socket may wait for connection_init or sit idle.
  WS_SUBSCRIPTIONS_PER_SOCKET: positiveInt.default(10),
  WS_SOCKETS_PER_CLIENT: positiveInt.default(16),
  SUBSCRIPTION_QUEUE_LIMIT: positiveInt.default(1000),
  WS_INIT_TIMEOUT_MS: positiveInt.default(3000),
  WS_IDLE_TIMEOUT_MS: positiveInt.default(60_000),
  WS_KEEPALIVE_MS: positiveInt.default(12_000),
});

/** ArgumentLimits on arguments (`first`, depths, filter sizes…), LIMIT_<NAME> each; checked by src/graphql/argumentLimits.ts. */
export interface ArgumentLimits {
  /** Largest `first` on relation and list fields. */
  maxFirst: number;
  /** Largest `first` on search. */
  maxSearchFirst: number;
  /** Longest search text, in characters. */
  maxSearchLength: number;
  /** Largest neighborhood `depth`. */
  maxNeighborhoodDepth: number;
  /** Largest neighborhood `limit` (nodes). */
  maxNeighborhoodLimit: number;
  /** Largest shortestPath `maxDepth` (hops). */
  maxPathDepth: number;
  /** Largest `first` of a connection page. */
  maxPageSize: number;
  /** Deepest nesting of a `where` filter (AND / OR / NOT and relationship fields each add a level). */
  maxFilterDepth: number;
  /** Most conditions in one `where` filter. */
  maxFilterSize: number;
  /** Largest `maxHops` of `paths`. */
  maxPathHops: number;
  /** Largest `first` of `paths`. */
  maxPaths: number;
  /** Largest `maxHops` of `commonNeighbors`. */
  maxCommonHops: number;
  /** Most entities one aggregate or graph question may read (e.g. all relief actions). */
  maxAnalysisEntities: number;
  /** Most candidate paths `paths` may enumerate before it gives up. */
  maxPathSteps: number;
  /** Longest source text a curator may add, in characters. */
  maxSourceTextLength: number;
  /** Most writes (mutation fields) one request may make. */
  maxWritesPerRequest: number;
  /** Most writes one commitBatch may hold (and one request may make, a batch's items included). */
  maxBatchWrites: number;
  /** Largest `first` of `changes`. */
  maxChangesFirst: number;
}

export const defaultArgumentLimits: ArgumentLimits = {
  maxFirst: 1000,
  maxSearchFirst: 100,
  maxSearchLength: 200,
  maxNeighborhoodDepth: 3,
  maxNeighborhoodLimit: 1000,
  maxPathDepth: 10,
  maxPageSize: 100,
  maxFilterDepth: 6,
  maxFilterSize: 50,
  maxPathHops: 4,
  maxPaths: 100,
  maxCommonHops: 3,
  maxAnalysisEntities: 10_000,
  maxPathSteps: 100_000,
  maxSourceTextLength: 200_000,
  maxWritesPerRequest: 10,
  maxBatchWrites: 500,
  maxChangesFirst: 1000,
};

/** ArgumentLimits on the shape of an operation, checked after parsing and before execution. */
export interface OperationLimitSettings {
  /** Deepest field nesting (fragments do not add a level; introspection's __schema is exempt). */
  maxDepth: number;
  /** Largest estimated cost: every field costs 1, and a list field's subtree counts `first` (or `limit`) times. */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Most lexical tokens in the document; checked while parsing, so a huge document is never fully parsed. */
  maxTokens: number;
}

/** How long a client may take, and how many connections it may hold (slowloris and idle clients). */
export interface ConnectionLimits {
  /** Time to receive a request's headers, from the first byte of the request (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body (Node's requestTimeout). */
  bodyTimeoutMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveTimeoutMs: number;
  /** Connections open at once; new ones past it are closed at once. */
  maxConnections: number;
  /** Connections open at once from one client address; 0 for no such cap. */
  maxConnectionsPerClient: number;
  /** After a refusal sent before the body was read (413, 429), at most this much more is read and discarded. */
  bodyDiscardLimitBytes: number;
}

/** A per-client budget of request cost per time window (the cost the operation limits compute). */
export interface RateLimit {
  /** Cost units one client may spend per window; 0: no budget. */
  budget: number;
  windowMs: number;
  /** Charged for every request to /graphql on top of its operation's cost (a request is never free). */
  requestCost: number;
}

/** How operations run: compiled plans with graphql-js as the fallback, or graphql-js alone. */
export interface ExecutionSettings {
  executor: 'jit' | 'graphql-js';
  /** Compiled plans kept, one per document and operation name (least recently used dropped). */
  maxPlans: number;
  /** Plan each root list's nested relationship fields into one backend call (one statement). */
  planReads: boolean;
}

/** Whole responses served again without executing while the data version is unchanged. */
export interface ResponseCacheSettings {
  enabled: boolean;
  /** Bytes of cached responses kept (least recently used dropped). */
  maxBytes: number;
  /** Cache-Control max-age of GET answers, in seconds (with an ETag, so clients can revalidate). */
  maxAgeSeconds: number;
  /** How often the data version is read from the backend; a change is seen within this time. */
  versionCheckMs: number;
}

/** Who may write (the credentials src/auth checks) and how much. */
export interface WriterSettings extends Credentials {
  /** Writes one writer may commit per window. */
  rateLimit: { writes: number; windowMs: number };
  /** How often the change feed polls the revision log while anyone subscribes. */
  feedPollMs: number;
}

/** The WebSocket surface's own limits; every other limit (validation, cost, budget) is shared with HTTP. */
export interface SubscriptionLimits {
  /** Subscriptions running at once on one socket; more are refused with TOO_MANY_SUBSCRIPTIONS. */
  perSocket: number;
  /** Sockets open at once from one client (its address, an IPv6 /64); more are refused with 429. */
  socketsPerClient: number;
  /** Revisions one subscriber may leave unread; past it the socket closes with 4509. */
  queueLimit: number;
  /** Time from the upgrade to connection_init; past it graphql-ws closes with 4408. */
  initTimeoutMs: number;
  /** Time a socket may run no subscription; past it the socket closes with 4410. */
  idleTimeoutMs: number;
  /** Ping interval; a socket that does not answer a ping within it is terminated. */
  keepAliveMs: number;
}

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
  transactionTimeoutMs: number;
  /** How long a read retries transient errors before answering SERVICE_UNAVAILABLE. */
  maxRetryTimeMs: number;
}

export interface Config {
  production: boolean;
  host: string;
  port: number;
  backend: 'memory' | 'neo4j';
  seedDir: string | undefined;
  logLevel: string;
  /** Set when NEO4J_URI is; required when the backend is neo4j. */
  neo4j: Neo4jConfig | null;
  /** Time budget of one GraphQL request, in ms; backend calls past it fail with DEADLINE_EXCEEDED. */
  requestTimeoutMs: number;
  /** Largest request body; larger ones get HTTP 413 before parsing. */
  bodyLimitBytes: number;
  introspection: boolean;
  /** Serve Prometheus metrics on GET /metrics. */
  metrics: boolean;
  /** Origins allowed by CORS: '*' for any, a list, or none (an empty list). */
  corsOrigins: '*' | string[];
  operationLimits: OperationLimitSettings;
  connections: ConnectionLimits;
  rateLimit: RateLimit;
  /**
   * Fastify's trustProxy: which proxies' X-Forwarded-For names the client (its address keys the
   * budget): none (false) or the proxies' addresses/CIDRs. Never "any" nor a hop count:
   * X-Forwarded-For's left part is the client's to write.
   */
  trustProxy: false | string[];
  subscriptions: SubscriptionLimits;
  /** Argument limits: the defaults with any LIMIT_<NAME> overrides (e.g. LIMIT_MAX_FIRST). */
  limits: ArgumentLimits;
  execution: ExecutionSettings;
  responseCache: ResponseCacheSettings;
  writers: WriterSettings;
  /** The embedded backend's journal of curated revisions; null: curated changes live in memory only. */
  dataDir: string | null;
}

/** `maxNeighborhoodDepth` -> `LIMIT_MAX_NEIGHBORHOOD_DEPTH`: every field of ArgumentLimits, present or added later. */
export function limitVariable(name: string): string {
  return `LIMIT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

function limitsFrom(env: NodeJS.ProcessEnv): ArgumentLimits {
  const overrides: Partial<Record<keyof ArgumentLimits, number>> = {};
  const problems: string[] = [];
  for (const name of Object.keys(defaultArgumentLimits) as (keyof ArgumentLimits)[]) {
    const variable = limitVariable(name);
    const raw = env[variable];
    if (raw === undefined || raw === '') continue;
    const parsed = z.coerce.number().int().min(0).safeParse(raw);
    if (parsed.success) overrides[name] = parsed.data;
    else problems.push(`${variable}: expected a whole number >= 0, got "${raw}"`);
  }
  // Both backends answer up to the port's ceilings and no further (port.ts).
  const ceilings: Partial<Record<keyof ArgumentLimits, number>> = {
    maxNeighborhoodDepth: MAX_NEIGHBORHOOD_DEPTH,
    maxPathDepth: MAX_PATH_DEPTH,
  };
  for (const [name, ceiling] of Object.entries(ceilings) as [keyof ArgumentLimits, number][]) {
    const value = overrides[name];
    if (value !== undefined && value > ceiling) {
      problems.push(
        `${limitVariable(name)}: at most ${ceiling} (the deepest either backend answers), got ${value}`,
      );
    }
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return { ...defaultArgumentLimits, ...overrides };
}

function trustProxyFrom(value: string): false | string[] {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false' || trimmed === '0') return false;
  // Trusting every hop takes X-Forwarded-For's left-most address, which the client writes; a hop
  // count cannot tell a proxy from a client that sends the header itself.
  if (trimmed === 'true' || /^\d+$/.test(trimmed)) {
    throw new ConfigError(
      `Invalid configuration: TRUST_PROXY=${trimmed} would let a client choose its own address; give the addresses or CIDRs of the proxies in front of the server`,
    );
  }
  return listFrom(trimmed);
}

function corsOriginsFrom(value: string): '*' | string[] {
  const trimmed = value.trim();
  if (trimmed === '*') return '*';
  return listFrom(trimmed);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.GRAPH_BACKEND === 'neo4j' && !e.NEO4J_URI) {
    throw new ConfigError('Invalid configuration: GRAPH_BACKEND=neo4j needs NEO4J_URI');
  }
  // Node refuses a headers timeout longer than the whole-request timeout.
  if (e.HEADERS_TIMEOUT_MS > e.BODY_TIMEOUT_MS) {
    throw new ConfigError(
      `Invalid configuration: HEADERS_TIMEOUT_MS (${e.HEADERS_TIMEOUT_MS}) must not exceed BODY_TIMEOUT_MS (${e.BODY_TIMEOUT_MS})`,
    );
  }
  // A JWT key alone would accept tokens its issuer minted for any other application.
  if (e.JWT_PUBLIC_KEY && (!e.JWT_ISSUER || !e.JWT_AUDIENCE)) {
    throw new ConfigError(
      'Invalid configuration: JWT_PUBLIC_KEY needs JWT_ISSUER and JWT_AUDIENCE (the iss and aud this server accepts)',
    );
  }
  // A budget smaller than one allowed operation would refuse that operation for ever, not for a while.
  if (e.RATE_LIMIT_BUDGET > 0 && e.RATE_LIMIT_BUDGET < e.MAX_COST + e.RATE_LIMIT_REQUEST_COST) {
    throw new ConfigError(
      `Invalid configuration: RATE_LIMIT_BUDGET (${e.RATE_LIMIT_BUDGET}) must be 0 (off) or at least MAX_COST + RATE_LIMIT_REQUEST_COST (${e.MAX_COST + e.RATE_LIMIT_REQUEST_COST})`,
    );
  }
  return {
    production: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    backend: e.GRAPH_BACKEND,
    seedDir: e.SEED_DIR,
    logLevel: e.LOG_LEVEL,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD,
          database: e.NEO4J_DATABASE,
          transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
          maxRetryTimeMs: e.NEO4J_MAX_RETRY_MS,
        }
      : null,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    introspection: e.INTROSPECTION,
    metrics: e.METRICS,
    corsOrigins: corsOriginsFrom(e.CORS_ORIGINS),
    operationLimits: {
      maxDepth: e.MAX_DEPTH,
      maxCost: e.MAX_COST,
      maxAliases: e.MAX_ALIASES,
      maxDirectives: e.MAX_DIRECTIVES,
      maxTokens: e.MAX_TOKENS,
    },
    connections: {
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      bodyTimeoutMs: e.BODY_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.MAX_CONNECTIONS,
      maxConnectionsPerClient: e.MAX_CONNECTIONS_PER_CLIENT,
      bodyDiscardLimitBytes: e.BODY_DISCARD_LIMIT_BYTES,
    },
    rateLimit: {
      budget: e.RATE_LIMIT_BUDGET,
      windowMs: e.RATE_LIMIT_WINDOW_MS,
      requestCost: e.RATE_LIMIT_REQUEST_COST,
    },
    trustProxy: trustProxyFrom(e.TRUST_PROXY),
    subscriptions: {
      perSocket: e.WS_SUBSCRIPTIONS_PER_SOCKET,
      socketsPerClient: e.WS_SOCKETS_PER_CLIENT,
      queueLimit: e.SUBSCRIPTION_QUEUE_LIMIT,
      initTimeoutMs: e.WS_INIT_TIMEOUT_MS,
      idleTimeoutMs: e.WS_IDLE_TIMEOUT_MS,
      keepAliveMs: e.WS_KEEPALIVE_MS,
    },
    limits: limitsFrom(env),
    execution: {
      executor: e.EXECUTOR,
      maxPlans: e.COMPILED_PLANS,
      planReads: e.READ_PLANNER !== false,
    },
    responseCache: {
      enabled: e.RESPONSE_CACHE,
      maxBytes: e.RESPONSE_CACHE_MAX_BYTES,
      maxAgeSeconds: e.RESPONSE_CACHE_MAX_AGE_S,
      versionCheckMs: e.DATA_VERSION_CHECK_MS,
    },
    writers: {
      keys: distinctKeys([
        ...keysFromPairs(e.API_KEYS),
        ...(e.API_KEYS_FILE ? keysFromFile(e.API_KEYS_FILE) : []),
      ]),
      jwt: e.JWT_PUBLIC_KEY
        ? {
            publicKey: pemFrom(e.JWT_PUBLIC_KEY),
            issuer: e.JWT_ISSUER!,
            audience: e.JWT_AUDIENCE!,
            roleClaim: e.JWT_ROLE_CLAIM,
            maxAgeSeconds: e.JWT_MAX_AGE_S,
          }
        : null,
      rateLimit: { writes: e.WRITE_RATE_LIMIT, windowMs: e.WRITE_RATE_WINDOW_MS },
      feedPollMs: e.CHANGE_FEED_POLL_MS,
    },
    dataDir: e.DATA_DIR ?? null,
  };
}
