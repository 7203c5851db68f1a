// One structured log line and one metrics sample per request (id, operation, duration, outcome); unexpected errors logged with their cause.
import { ErrorCode } from '../graphql/errorCode.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Kind, type DocumentNode } from 'graphql';
import { BackendUnavailableError } from '../graph/port.js';
import { DeadlineExceededError } from '../graph/withDeadline.js';
import type { Metrics } from './metrics.js';
import { isGraphQLError } from '../graphql/plugins/operationLimits.js';
import { classify, operationName } from './requestOutcome.js';

interface Observation {
  operation: string | null;
  codes: string[];
  cost: number | null;
  /** Answered from the response cache. */
  cached: boolean;
  log: FastifyBaseLogger;
}

/** The one operation a document runs when the request names none. */
function soleOperation(document: DocumentNode): string | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return null;
  return operations[0]!.name?.value ?? '(anonymous)';
}

function codesIn(
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
): string[] {
  return (errors ?? []).map((e) => String(e.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR));
}

/** Refusals made before Apollo's pipeline (CSRF, batching, bad JSON, 413) carry their code only in the body. */
function codesInBody(payload: unknown): string[] {
  if (typeof payload !== 'string' || payload.length > 64 * 1024 || !payload.startsWith('{')) {
    return [];
  }
  try {
    const body = JSON.parse(payload) as {
      errors?: { extensions?: Record<string, unknown> }[];
      code?: unknown;
    };
    if (Array.isArray(body.errors)) return codesIn(body.errors);
    return typeof body.code === 'string' ? [body.code] : [];
  } catch {
    return [];
  }
}

/** Apollo copies the context per operation: the observation travels as a (copied) symbol-keyed property. */
const observationKey = Symbol('requestObservation');

function observationIn(contextValue: object): Observation | undefined {
  return (contextValue as { [observationKey]?: Observation })[observationKey];
}

export class RequestLog {
  /** Requests that reached the router, were answered, or were dropped by their client. */
  readonly counts = { accepted: 0, completed: 0, aborted: 0 };
  private readonly byRequest = new WeakMap<FastifyRequest, Observation>();

  constructor(private readonly metrics: Metrics | null) {}

  private observationOf(request: FastifyRequest): Observation {
    let observation = this.byRequest.get(request);
    if (!observation) {
      observation = { operation: null, codes: [], cost: null, cached: false, log: request.log };
      this.byRequest.set(request, observation);
    }
    return observation;
  }

  /** Links the GraphQL context of a request to its HTTP request; called by the context function. */
  attach(request: FastifyRequest, contextValue: object): void {
    (contextValue as { [observationKey]?: Observation })[observationKey] =
      this.observationOf(request);
  }

  recordCost(contextValue: object, cost: number): void {
    const observation = observationIn(contextValue);
    if (observation) observation.cost = cost;
  }

  /** A request answered from the response cache: the operation and cost of the answer it repeats. */
  recordCached(request: FastifyRequest, operation: string | null, cost: number | null): void {
    const observation = this.observationOf(request);
    observation.operation = operation;
    observation.cost = cost;
    observation.cached = true;
  }

  /** Apollo plugin: operation name, final error codes, and the causes of unexpected errors. */
  plugin(): ApolloServerPlugin {
    return {
      async requestDidStart({ contextValue, request }) {
        const observation = observationIn(contextValue);
        if (!observation) return;
        observation.operation = operationName(request.operationName);
        return {
          async validationDidStart({ document }) {
            observation.operation ??= soleOperation(document);
          },
          async didResolveOperation({ operationName: name }) {
            observation.operation = name ?? '(anonymous)';
          },
          async didEncounterErrors({ errors }) {
            for (const error of errors) {
              const cause = unwrapResolverError(error);
              // Errors raised on purpose (bad input, limits) carry their own message; others need a look.
              if (isGraphQLError(cause)) continue;
              const expected =
                cause instanceof BackendUnavailableError || cause instanceof DeadlineExceededError;
              const level = expected ? 'warn' : 'error';
              observation.log[level](
                { err: cause, path: error.path?.join('.'), operation: observation.operation },
                'resolver error',
              );
            }
          },
          async willSendResponse({ response }) {
            if (response.body.kind === 'single') {
              observation.codes = codesIn(response.body.singleResult.errors);
            }
          },
        };
      },
    };
  }

  /** Fastify hooks: request id header, counts, the log line and the metrics sample. */
  register(app: FastifyInstance): void {
    app.addHook('onRequest', async (request, reply) => {
      this.counts.accepted += 1;
      void reply.header('x-request-id', request.id);
    });
    app.addHook('onSend', async (request, reply, payload) => {
      if (reply.statusCode >= 400) {
        const observation = this.observationOf(request);
        if (observation.codes.length === 0) observation.codes = codesInBody(payload);
      }
      return payload;
    });
    app.addHook('onRequestAbort', async (_request) => {
      this.counts.aborted += 1;
    });
    app.addHook('onResponse', async (request, reply) => this.completed(request, reply));
  }

  private completed(request: FastifyRequest, reply: FastifyReply): void {
    this.counts.completed += 1;
    const observation = this.byRequest.get(request);
    const durationMs = reply.elapsedTime;
    const isGraphql = request.routeOptions.url === '/graphql';
    const outcome = classify(
      reply.statusCode,
      observation?.codes ?? [],
      isGraphql ? (observation?.operation ?? null) : null,
    );
    if (isGraphql) this.metrics?.observeRequest(outcome, durationMs / 1000);
    const level = outcome.outcome === 'error' ? 'warn' : 'info';
    request.log[level](
      {
        method: request.method,
        url: request.url.length > 200 ? `${request.url.slice(0, 200)}…` : request.url,
        status: reply.statusCode,
        durationMs: Math.round(durationMs * 100) / 100,
        ...(isGraphql ? outcome : { outcome: outcome.outcome, code: outcome.code }),
        ...(observation?.cost != null ? { cost: observation.cost } : {}),
        ...(observation?.cached ? { cache: 'hit' } : {}),
      },
      'request completed',
    );
  }
}
