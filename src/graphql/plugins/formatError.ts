// Turns errors into what clients see: domain errors get stable codes, internals stay server-side in production.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DeadlineExceededError } from '../../graph/withDeadline.js';
import { BackendUnavailableError } from '../../graph/port.js';
import { ErrorCode } from '../errorCode.js';
import { limitCodeOf } from './operationLimits.js';

/** The number in graphql-js's "Document contains more than N tokens" message. */
function maxTokensIn(message: string): string {
  return /(\d+) tokens/.exec(message)?.[1] ?? 'the server';
}

/** The error as clients see it: our message and code, GraphQL's location and path kept. */
function replaced(
  formatted: GraphQLFormattedError,
  message: string,
  code: ErrorCode,
): GraphQLFormattedError {
  return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}

export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof BackendUnavailableError) {
      return replaced(
        formatted,
        'The graph database is unavailable; try again shortly.',
        ErrorCode.SERVICE_UNAVAILABLE,
      );
    }
    if (original instanceof DeadlineExceededError) {
      return replaced(
        formatted,
        `The request took longer than its ${original.budgetMs} ms budget; ask for less (smaller first, depth or limit) or try again.`,
        ErrorCode.DEADLINE_EXCEEDED,
      );
    }
    // Apollo labels every validation error GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
    const limitCode = limitCodeOf(error);
    if (limitCode) {
      const message =
        limitCode === ErrorCode.TOO_MANY_TOKENS
          ? `The document has more lexical tokens than the limit of ${maxTokensIn(formatted.message)}; parsing stopped.`
          : formatted.message;
      return { ...formatted, message, extensions: { ...formatted.extensions, code: limitCode } };
    }
    if (production && formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      return replaced(formatted, 'Internal server error', ErrorCode.INTERNAL_SERVER_ERROR);
    }
    return formatted;
  };
}
