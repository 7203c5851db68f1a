// Turns errors into what clients see: domain errors get stable codes, internals stay server-side in production.
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { BackendUnavailableError } from '../graph/port.js';

export function createFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof BackendUnavailableError) {
      return {
        message: 'The graph database is unavailable; try again shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (production && formatted.extensions?.code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR) {
      return {
        message: 'Internal server error',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return formatted;
  };
}
