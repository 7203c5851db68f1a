// Compiled execution (graphql-jit): one plan per document and operation, kept in a bounded cache; graphql-js runs whatever the compiler cannot.
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  GraphQLError,
  isInputObjectType,
  printSchema,
  typeFromAST,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

/**
 * Why an operation ran on graphql-js instead of its compiled plan (the labels of the fallback metric):
 * - recursive_input: a variable of a recursive input type (the `…Where` filters), which makes
 *   graphql-jit's compiler overflow the stack;
 * - not_compilable: the compiler refused or failed on the operation;
 * - request_error: the request cannot run as it is (variables that do not coerce, no operation
 *   to run): graphql-js answers instead, so the error is exactly graphql-js's, which Apollo gives
 *   its code (BAD_USER_INPUT, OPERATION_RESOLUTION_FAILURE) and status.
 */
export const fallbackReasons = ['recursive_input', 'not_compilable', 'request_error'] as const;
export type FallbackReason = (typeof fallbackReasons)[number];

type Plan = { compiled: CompiledQuery } | { fallback: FallbackReason };

export interface CompiledExecutorOptions {
  schema: GraphQLSchema;
  /** Compiled plans kept (least recently used dropped first). */
  maxPlans: number;
  /** Told of every operation that ran on graphql-js, and why. */
  onFallback?: (reason: FallbackReason) => void;
}

export interface Execution {
  document: DocumentNode;
  /** Undefined when the document names no operation to run (Apollo still asks for an answer). */
  operation: OperationDefinitionNode | undefined;
  operationName: string | null;
  /** Identifies the document's text (Apollo's SHA-256 of the query). */
  queryHash: string;
  variables: Record<string, unknown> | undefined;
  contextValue: unknown;
}

/** True when an input type can contain itself, directly or through other input types. */
function isRecursive(type: GraphQLNamedType, memo: Map<string, boolean>): boolean {
  const known = memo.get(type.name);
  if (known !== undefined) return known;
  if (!isInputObjectType(type)) return false;
  const seen = new Set<string>();
  const reaches = (current: GraphQLNamedType): boolean => {
    if (!isInputObjectType(current)) return false;
    for (const field of Object.values(current.getFields())) {
      const next = getNamedType(field.type);
      if (next.name === type.name) return true;
      if (seen.has(next.name)) continue;
      seen.add(next.name);
      if (reaches(next)) return true;
    }
    return false;
  };
  const recursive = reaches(type);
  memo.set(type.name, recursive);
  return recursive;
}

/**
 * graphql-jit's field errors are GraphQLErrors in shape only: without `extensions` when the
 * resolver threw a plain Error, which Apollo's error formatting cannot read. Rebuilt as graphql-js
 * builds them (locatedError): the resolver's error as originalError, its extensions, the path, and
 * the locations graphql-jit computed.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    ...(error.originalError ? { originalError: error.originalError } : {}),
  });
  if (error.locations) (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}

export class CompiledExecutor {
  private readonly schema: GraphQLSchema;
  private readonly plans: LRUCache<string, Plan>;
  private readonly recursiveTypes = new Map<string, boolean>();
  private readonly onFallback: (reason: FallbackReason) => void;

  constructor(options: CompiledExecutorOptions) {
    this.schema = options.schema;
    this.plans = new LRUCache({ max: options.maxPlans });
    this.onFallback = options.onFallback ?? (() => {});
  }

  /** Plans in the cache now. */
  get size(): number {
    return this.plans.size;
  }

  async execute(request: Execution): Promise<ExecutionResult> {
    // Several operations and no name, or an unknown name: graphql-js words the error.
    if (!request.operation) return this.fallback(request, 'request_error');
    const plan = this.planFor(request);
    if ('fallback' in plan) return this.fallback(request, plan.fallback);
    const result = await plan.compiled.query(undefined, request.contextValue, request.variables);
    // No data at all is a request error (variables that do not coerce); graphql-js words it.
    if (result.data === undefined) return this.fallback(request, 'request_error');
    if (!result.errors) return result;
    return { ...result, errors: result.errors.map(asGraphQLError) };
  }

  private fallback(request: Execution, reason: FallbackReason): Promise<ExecutionResult> {
    this.onFallback(reason);
    return Promise.resolve(
      execute({
        schema: this.schema,
        document: request.document,
        operationName: request.operationName,
        variableValues: request.variables,
        contextValue: request.contextValue,
      }),
    );
  }

  private planFor(request: Execution): Plan {
    const key = `${request.queryHash}\u0000${request.operationName ?? ''}`;
    let plan = this.plans.get(key);
    if (!plan) {
      plan = this.compile(request);
      this.plans.set(key, plan);
    }
    return plan;
  }

  private compile({ document, operation, operationName }: Execution): Plan {
    for (const definition of operation?.variableDefinitions ?? []) {
      const type = typeFromAST(this.schema, definition.type) as GraphQLInputType | undefined;
      if (type && isRecursive(getNamedType(type), this.recursiveTypes)) {
        return { fallback: 'recursive_input' };
      }
    }
    try {
      const compiled = compileQuery(this.schema, document, operationName ?? undefined, {
        // Errors carry the resolver's stack as graphql-js's do; no extra stack per error.
        disablingCapturingStackErrors: true,
      });
      return isCompiledQuery(compiled) ? { compiled } : { fallback: 'not_compilable' };
    } catch {
      return { fallback: 'not_compilable' };
    }
  }

  /**
   * Apollo Server's gateway interface, the way it accepts an executor of its own: Apollo still
   * parses, validates, runs every plugin, formats errors and serialises; only execution is ours.
   */
  gateway(): GatewayInterface {
    const schema = this.schema;
    const run = (request: Execution) => this.execute(request);
    return {
      async load() {
        return {
          executor: (requestContext) =>
            run({
              document: requestContext.document,
              operation: requestContext.operation,
              operationName: requestContext.operationName,
              queryHash: requestContext.queryHash,
              variables: requestContext.request.variables,
              contextValue: requestContext.context,
            }),
        };
      },
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
        return () => {};
      },
      async stop() {},
    };
  }
}
