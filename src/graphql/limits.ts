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
}

export const defaultLimits: Limits = {
  maxFirst: 1000,
  maxSearchFirst: 100,
  maxSearchLength: 200,
  maxNeighborhoodDepth: 3,
  maxNeighborhoodLimit: 1000,
  maxPathDepth: 10,
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

export function requireSearchText(text: string, limits: Limits): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badInput('Argument "text" must not be empty.', 'text');
  if (trimmed.length > limits.maxSearchLength) {
    throw badInput(
      `Argument "text" must be at most ${limits.maxSearchLength} characters; got ${trimmed.length}.`,
      'text',
    );
  }
  if (unusable.test(trimmed)) {
    throw badInput('Argument "text" contains control characters or lone surrogates.', 'text');
  }
  return trimmed;
}
