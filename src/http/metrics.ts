// Prometheus metrics (prom-client): GraphQL requests by operation and outcome, their latency, and backend calls.
import { ErrorCode } from '../graphql/errorCode.js';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { fallbackReasons, type FallbackReason } from '../graphql/compiledExecutor.js';
import type { BackendCallOutcome } from '../graph/withObserver.js';
import { refusalReasons, type RefusalReason } from './socketLimits.js';
import type { RequestOutcome } from './requestOutcome.js';

const cacheEvents = ['hit', 'miss', 'evicted', 'invalidated'] as const;
export type CacheEvent = (typeof cacheEvents)[number];

/** Operation names come from clients: past this many distinct ones, new names are counted as "other". */
const maxOperationNames = 200;

/** The request codes that are refusals counted by reason (the others are counted where they happen). */
const refusalOfCode: Record<string, RefusalReason> = {
  [ErrorCode.RATE_LIMITED]: 'rate_limited',
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
};

export class Metrics {
  /** One registry per server, so servers in one process (tests) keep their own counts. */
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'Requests to /graphql by operation name, outcome (ok | rejected | error) and code (OK, an extensions.code, or HTTP_<status>).',
    labelNames: ['operation', 'outcome', 'code'] as const,
    registers: [this.registry],
  });

  private readonly latency = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a /graphql request to sending its response.',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly refusals = new Counter({
    name: 'http_refusals_total',
    help: 'Requests or connections refused to protect the others, by reason: rate_limited (429), body_too_large (413), request_timeout (headers or body too slow, 408), connection_limit (closed at once), malformed_request.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  private readonly backendCalls = new Counter({
    name: 'graph_backend_calls_total',
    help: 'Calls from the resolvers (through DataLoader) to the graph backend, by method and outcome.',
    labelNames: ['backend', 'method', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly backendLatency = new Histogram({
    name: 'graph_backend_call_duration_seconds',
    help: 'Duration of graph backend calls, by method.',
    labelNames: ['backend', 'method'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  private readonly fallbacks = new Counter({
    name: 'graphql_compiled_fallbacks_total',
    help: 'Operations run on graphql-js instead of a compiled plan, by reason: recursive_input (a variable of a recursive input type), not_compilable (the compiler failed), request_error (bad variables: graphql-js words the error).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });

  private readonly cacheEvents = new Counter({
    name: 'response_cache_events_total',
    help: 'Response cache lookups and removals: hit (answered from the cache), miss (executed), evicted (dropped for room), invalidated (dropped because the data changed).',
    labelNames: ['event'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Every reason shows from the start, at 0, so a refusal is a change a dashboard can see.
    for (const reason of refusalReasons) this.refusals.inc({ reason }, 0);
    for (const reason of fallbackReasons) this.fallbacks.inc({ reason }, 0);
    for (const event of cacheEvents) this.cacheEvents.inc({ event }, 0);
  }

  fallback(reason: FallbackReason): void {
    this.fallbacks.inc({ reason });
  }

  cache(event: CacheEvent, count = 1): void {
    this.cacheEvents.inc({ event }, count);
  }

  /** A gauge read when /metrics is scraped (cache sizes, compiled plans). */
  gauge(name: string, help: string, read: () => number): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.set(read());
      },
    });
  }

  observeRequest(outcome: RequestOutcome, durationSeconds: number): void {
    const operation = this.operationLabel(outcome.operation);
    this.requests.inc({ operation, outcome: outcome.outcome, code: outcome.code });
    this.latency.observe({ operation, outcome: outcome.outcome }, durationSeconds);
    const refusal = refusalOfCode[outcome.code];
    if (refusal) this.refuse(refusal);
  }

  refuse(reason: RefusalReason): void {
    this.refusals.inc({ reason });
  }

  observeBackendCall(
    backend: string,
    method: string,
    outcome: BackendCallOutcome,
    durationSeconds: number,
  ): void {
    this.backendCalls.inc({ backend, method, outcome });
    this.backendLatency.observe({ backend, method }, durationSeconds);
  }

  private operationLabel(name: string): string {
    if (this.operations.has(name)) return name;
    if (this.operations.size >= maxOperationNames) return 'other';
    this.operations.add(name);
    return name;
  }

  /** GET /metrics in Prometheus' text format. */
  route(app: FastifyInstance): void {
    app.get('/metrics', async (_request, reply) =>
      reply.type(this.registry.contentType).send(await this.registry.metrics()),
    );
  }
}
