// Argument limits and their checks: bad arguments become BAD_USER_INPUT errors before the backend is asked.
import { GraphQLError } from 'graphql';

export interface Limits {
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
  /** Largest `first` of `changes`. */
  maxChangesFirst: number;
}

export const defaultLimits: Limits = {
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
  maxChangesFirst: 1000,
};

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function requireRange(argument: string, value: number, min: number, max: number): number {
  if (value < min || value > max) {
    throw badInput(
      `Argument "${argument}" must be between ${min} and ${max}; got ${value}.`,
      argument,
    );
  }
  return value;
}

// Lone surrogates and control characters cannot match any name; reject them rather than guess.
// With the u flag a surrogate range matches only unpaired surrogates.
const unusable = /[\p{Cc}\uD800-\uDFFF]/u;

/** Search text and name filters: trimmed, non-empty, bounded, and free of unmatchable characters. */
export function requireSearchText(text: string, limits: Limits, argument = 'text'): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badInput(`Argument "${argument}" must not be empty.`, argument);
  if (trimmed.length > limits.maxSearchLength) {
    throw badInput(
      `Argument "${argument}" must be at most ${limits.maxSearchLength} characters; got ${trimmed.length}.`,
      argument,
    );
  }
  if (unusable.test(trimmed)) {
    throw badInput(
      `Argument "${argument}" contains control characters or lone surrogates.`,
      argument,
    );
  }
  return trimmed;
}
