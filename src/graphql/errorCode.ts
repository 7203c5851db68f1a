// The one list of `extensions.code` values clients see: every error the server raises takes its code from here.
import { ApolloServerErrorCode } from '@apollo/server/errors';

export const ErrorCode = {
  /** An argument or input the server refuses (a limit, a rule of the model, a bad filter). */
  BAD_USER_INPUT: ApolloServerErrorCode.BAD_USER_INPUT,
  /** A request the server cannot take as sent (an operation over the wrong transport). */
  BAD_REQUEST: ApolloServerErrorCode.BAD_REQUEST,
  INTERNAL_SERVER_ERROR: ApolloServerErrorCode.INTERNAL_SERVER_ERROR,
  NOT_FOUND: 'NOT_FOUND',
  /** A write based on a stale version, or a fact that may not change again. */
  CONFLICT: 'CONFLICT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  /** The client's budget (or a writer's) is spent for now. */
  RATE_LIMITED: 'RATE_LIMITED',
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  /** The graph database is down or unreachable. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The request's time budget ran out. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  // The operation limits (plugins/operationLimits.ts), checked before execution.
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
