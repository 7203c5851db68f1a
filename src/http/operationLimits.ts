// Operation limits checked before execution: depth, aliases and directives (graphql-armor), cost weighted by `first` (graphql-query-complexity), tokens (graphql-js's parser).
import type { ApolloServerPlugin, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type DocumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { OperationLimits } from '../config.js';

/** The stable `extensions.code` of each limit. */
export const limitCodes = {
  depth: 'QUERY_TOO_DEEP',
  cost: 'QUERY_TOO_COMPLEX',
  aliases: 'TOO_MANY_ALIASES',
  directives: 'TOO_MANY_DIRECTIVES',
  tokens: 'TOO_MANY_TOKENS',
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
 * Each list field's subtree counts as many times as it may return items (`first`, or `limit` on
 * neighborhood), plus 1 for the field itself, so nested pages multiply as they do at run time.
 */
const pageWeighted: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = typeof args.first === 'number' ? args.first : args.limit;
  const times = typeof size === 'number' ? Math.max(1, size) : 1;
  return 1 + childComplexity * times;
};

/** graphql-query-complexity gives up on documents with more field nodes than this. */
const tooManyNodes = /maximum allowed number of nodes/;

/** Costs per variables of one document; bounded, since variables are the client's to vary. */
const maxCostsPerDocument = 64;

function costLimit(
  maxCost: number,
  onCost: (cost: number, request: object) => void,
  admit: (cost: number, contextValue: object) => Promise<void>,
): ApolloServerPlugin {
  // Apollo's document store hands out the same DocumentNode for the same query text, so the cost
  // of a repeated operation is computed once rather than on every request.
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costOf = (request: GraphQLRequestContextDidResolveOperation<object>): number | null => {
    const key = JSON.stringify([request.operationName, request.request.variables ?? {}]);
    let known = costs.get(request.document);
    const cached = known?.get(key);
    if (cached !== undefined) return cached;
    const cost = computeCost(request);
    if (cost === null) return null;
    if (!known || known.size >= maxCostsPerDocument) {
      known = new Map();
      costs.set(request.document, known);
    }
    known.set(key, cost);
    return cost;
  };
  const computeCost = (request: GraphQLRequestContextDidResolveOperation<object>) => {
    try {
      return getComplexity({
        schema: request.schema,
        query: request.document,
        variables: request.request.variables ?? {},
        operationName: request.operationName ?? undefined,
        estimators: [pageWeighted],
      });
    } catch (error) {
      if (error instanceof Error && tooManyNodes.test(error.message)) {
        throw new OperationLimitError(
          `Query cost exceeds the limit of ${maxCost}.`,
          limitCodes.cost,
        );
      }
      // Variables of the wrong type: execution rejects them with BAD_USER_INPUT.
      return null;
    }
  };
  const check = async (request: GraphQLRequestContextDidResolveOperation<object>) => {
    const cost = costOf(request);
    if (cost === null) return;
    onCost(cost, request.contextValue);
    if (cost > maxCost) {
      throw new OperationLimitError(
        `Query cost ${cost} exceeds the limit of ${maxCost} (a list field counts its subtree \`first\` times).`,
        limitCodes.cost,
      );
    }
    // Only an operation within the limits is charged to its client, and only then may it run.
    await admit(cost, request.contextValue);
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
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

export function operationLimits(
  limits: OperationLimits,
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
  return {
    plugins: [
      ...armor.plugins,
      costLimit(limits.maxCost, options.onCost ?? (() => {}), options.admit ?? (async () => {})),
    ] as ApolloServerPlugin[],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: limits.maxTokens },
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
