// Checks of arguments against the argument limits (config.ts): bad arguments become BAD_USER_INPUT errors before the backend is asked.
import { ErrorCode } from './errorCode.js';
import { GraphQLError } from 'graphql';
import type { ArgumentLimits } from '../config.js';

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argument } });
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
export function requireSearchText(text: string, limits: ArgumentLimits, argument = 'text'): string {
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
