// Errors outside GraphQL (bad JSON, oversized or wrongly typed bodies, bugs in a route): a clean JSON answer, internals only in the log.
import { ErrorCode } from '../graphql/errorCode.js';
import type { FastifyError, FastifyInstance } from 'fastify';
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { DeadlineExceededError } from '../graph/withDeadline.js';

/** A client's X-Request-Id is kept when it looks like an id, so its logs and ours line up. */
const clientId = /^[\w.:-]{1,64}$/;

export function requestId(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && clientId.test(given) ? given : randomUUID();
}

export function errorHandler(app: FastifyInstance, production: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DeadlineExceededError) {
      request.log.warn('no response within the time budget: answered 503');
      return reply.code(503).send({
        errors: [
          {
            message: 'The request took longer than its time budget; try again.',
            extensions: { code: ErrorCode.DEADLINE_EXCEEDED },
          },
        ],
      });
    }
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status < 500) {
      // Fastify's own refusals (FST_ERR_CTP_INVALID_JSON_BODY, FST_ERR_CTP_BODY_TOO_LARGE, ...).
      return reply.code(status).send({
        statusCode: status,
        code: error.code ?? ErrorCode.BAD_REQUEST,
        error: STATUS_CODES[status] ?? 'Bad Request',
        message: error.message,
      });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({
      statusCode: status,
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      error: 'Internal Server Error',
      message: production ? 'Internal server error' : error.message,
    });
  });
}
