// Operation limits checked before execution: depth, aliases and directives (graphql-armor), cost weighted by `first` (graphql-query-complexity), tokens (graphql-js's parser).
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { OperationLimitSettings } from '../../config.js';
import { ErrorCode } from '../errorCode.js';

/** The stable `extensions.code` of each limit. */
export const limitCodes = {
  depth: ErrorCode.QUERY_TOO_DEEP,
  cost: ErrorCode.QUERY_TOO_COMPLEX,
  aliases: ErrorCode.TOO_MANY_ALIASES,
  directives: ErrorCode.TOO_MANY_DIRECTIVES,
  tokens: ErrorCode.TOO_MANY_TOKENS,
} as const;

export type LimitCode = (typeof limitCodes)[keyof typeof limitCodes];

/** A rejected operation. Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; formatError restores `code`. */
export class OperationLimitError extends GraphQLError {
  constructor(
    message: string,
    readonly code: LimitCode,
  ) {
    super(message, { extensions: { code, http: { status: 400 } } });
  }
}

function reportAs(code: LimitCode) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    // graphql-armor prefixes its messages with "Syntax Error: ", which these are not.
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new OperationLimitError(message, code));
  };
}

/**
 * Fields whose one value can be large, weighted by what they may return rather than counted as 1:
 * a revision's `record` is a whole fact as JSON (its quotes and quantities), a source's `text` the
 * whole article (up to the source text limit). Aliasing either many times is priced accordingly.
 */
export const fieldWeights: Readonly<Record<string, number>> = {
  'Revision.record': 100,
  'Source.text': 1000,
  // Segmenting and reading a whole report (up to the source text limit) is the costliest read.
  'Query.proposeFacts': 10_000,
};

/**
 * The items of a commitBatch input: the batch costs what as many single writes would. The input
 * is there: an operation whose required input is missing is refused before it is weighed.
 */
function batchSize(input: Record<string, unknown[] | null | undefined>): number {
  return ['sources', 'entities', 'relations'].reduce(
    (sum, list) => sum + (Array.isArray(input[list]) ? input[list].length : 0),
    0,
  );
}

/**
 * Each list field's subtree counts as many times as it may return items (`first`, or `limit` on
 * neighborhood), plus the field's own weight (1 unless fieldWeights says more), so nested pages
 * multiply as they do at run time. A batch of writes counts, weight and subtree, once per item.
 */
const pageWeighted: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const key = `${type.name}.${field.name}`;
  const weight = fieldWeights[key] ?? 1;
  if (key === 'Mutation.commitBatch') {
    return (
      (weight + childComplexity) *
      Math.max(1, batchSize(args.input as Parameters<typeof batchSize>[0]))
    );
  }
  const size = typeof args.first === 'number' ? args.first : args.limit;
  const times = typeof size === 'number' ? Math.max(1, size) : 1;
  return weight + childComplexity * times;
};

/** graphql-query-complexity gives up on documents with more field nodes than this. */
const tooManyNodes = /maximum allowed number of nodes/;

/** Costs per variables of one document; bounded, since variables are the client's to vary. */
const maxCostsPerDocument = 64;

/** What an operation's cost is computed from: the same for HTTP and WebSocket operations. */
export interface CostedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null | undefined;
  variables: Record<string, unknown> | null | undefined;
}

/**
 * The cost of operations, checked against `maxCost`: one rule for every surface. Costs are
 * cached per document and variables: Apollo's document store hands out the same DocumentNode for
 * the same query text, so a repeated operation's cost is computed once.
 */
export class OperationCost {
  private readonly costs = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(readonly maxCost: number) {}

  /** The operation's cost, or null when its variables do not fit it (execution rejects those with BAD_USER_INPUT). */
  of(operation: CostedOperation): number | null {
    const key = JSON.stringify([operation.operationName, operation.variables ?? {}]);
    let known = this.costs.get(operation.document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const cost = this.compute(operation);
    if (cost === null) return null;
    if (!known || known.size >= maxCostsPerDocument) {
      known = new Map();
      this.costs.set(operation.document, known);
    }
    known.set(key, cost);
    return cost;
  }

  /** Throws OperationLimitError when `cost` is over the limit. */
  check(cost: number): void {
    if (cost > this.maxCost) {
      throw new OperationLimitError(
        `Query cost ${cost} exceeds the limit of ${this.maxCost} (a list field counts its subtree \`first\` times).`,
        limitCodes.cost,
      );
    }
  }

  private compute(operation: CostedOperation): number | null {
    try {
      return getComplexity({
        schema: operation.schema,
        query: operation.document,
        variables: operation.variables ?? {},
        operationName: operation.operationName ?? undefined,
        estimators: [pageWeighted],
      });
    } catch (error) {
      if (error instanceof Error && tooManyNodes.test(error.message)) {
        throw new OperationLimitError(
          `Query cost exceeds the limit of ${this.maxCost}.`,
          limitCodes.cost,
        );
      }
      return null;
    }
  }
}

function costLimit(
  cost: OperationCost,
  onCost: (cost: number, request: object) => void,
  admit: (cost: number, contextValue: object) => Promise<void>,
): ApolloServerPlugin {
  const check = async (request: GraphQLRequestContextDidResolveOperation<object>) => {
    const value = cost.of({
      schema: request.schema,
      document: request.document,
      operationName: request.operationName,
      variables: request.request.variables,
    });
    if (value === null) return;
    onCost(value, request.contextValue);
    cost.check(value);
    // Only an operation within the limits is charged to its client, and only then may it run.
    await admit(value, request.contextValue);
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          await check(request);
        },
      };
    },
  };
}

export interface OperationLimitsSetup {
  plugins: ApolloServerPlugin[];
  /** graphql-armor's rules (depth, aliases, directives, field suggestions), run after graphql-js's own. */
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
  /** The cost rule, for surfaces Apollo does not serve (the WebSocket). */
  cost: OperationCost;
}

export function operationLimits(
  limits: OperationLimitSettings,
  options: {
    /** Hide "Did you mean …" field suggestions (they reveal the schema when introspection is off). */
    blockFieldSuggestions: boolean;
    onCost?: (cost: number, contextValue: object) => void;
    /** Charges the cost of an operation within the limits before it runs; throws to refuse it. */
    admit?: (cost: number, contextValue: object) => Promise<void>;
  },
): OperationLimitsSetup {
  const rejectOnly = (code: LimitCode) => ({
    propagateOnRejection: false,
    onReject: [reportAs(code)],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rejectOnly(limitCodes.depth) },
    // Every alias counts, `__typename` ones too (armor exempts those by default).
    maxAliases: { n: limits.maxAliases, allowList: [], ...rejectOnly(limitCodes.aliases) },
    maxDirectives: { n: limits.maxDirectives, ...rejectOnly(limitCodes.directives) },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
    // Cost is weighted by page sizes below, which armor's depth-based cost cannot do.
    costLimit: { enabled: false },
    // Armor's token check throws from a parsing hook, which Apollo turns into a 500; graphql-js's
    // own parser option gives a clean 400 instead.
    maxTokens: { enabled: false },
  }).protect();
  const cost = new OperationCost(limits.maxCost);
  return {
    plugins: [
      ...armor.plugins,
      costLimit(cost, options.onCost ?? (() => {}), options.admit ?? (async () => {})),
    ] as ApolloServerPlugin[],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
    cost,
  };
}

/** graphql-js's message when the parser stops at `maxTokens` ("more that" in graphql 16). */
const tokenLimitMessage = /^Syntax Error: Document contains more th\w+ \d+ tokens/;

/**
 * GraphQLError by its tag, not instanceof: graphql ships CommonJS and ESM builds, and a dependency
 * (Apollo) may load the other one than this module does.
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return Object.prototype.toString.call(error) === '[object GraphQLError]';
}

/** The limit code a rejected operation's error carries, or null for any other error. */
export function limitCodeOf(error: unknown): LimitCode | null {
  if (!isGraphQLError(error)) return null;
  if (error instanceof OperationLimitError) return error.code;
  if (error.originalError instanceof OperationLimitError) return error.originalError.code;
  if (tokenLimitMessage.test(error.message)) return limitCodes.tokens;
  return null;
}
