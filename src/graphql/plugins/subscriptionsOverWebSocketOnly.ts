// Apollo plugin: HTTP runs queries and mutations; a subscription sent over HTTP is refused with 400 and told to use the WebSocket.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errorCode.js';

export function subscriptionsOverWebSocketOnly(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError(
            'Subscriptions run over WebSocket (graphql-ws) at /graphql, not over HTTP.',
            { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
          );
        },
      };
    },
  };
}
