// Socket limits: the server's timeouts for slow and idle clients, a cap on open sockets overall and per client address, and each refusal counted.
import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { ConnectionLimits } from '../config.js';
import { addressKey } from './clientAddress.js';

/** Why a request or connection was refused before it ran; the labels of http_refusals_total. */
export const refusalReasons = [
  'rate_limited',
  'body_too_large',
  'request_timeout',
  'connection_limit',
  'malformed_request',
] as const;

export type RefusalReason = (typeof refusalReasons)[number];

/** Node checks the header and whole-request timeouts this often (its default, 30 s, would let them run long). */
export const timeoutCheckIntervalMs = 1000;

/** Options of Node's HTTP server, given to Fastify, for the timeouts. */
export function serverTimeouts(limits: ConnectionLimits): {
  keepAliveTimeout: number;
  requestTimeout: number;
  http: ServerOptions;
} {
  return {
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.bodyTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      connectionsCheckingInterval: timeoutCheckIntervalMs,
    },
  };
}

/**
 * Caps connections: past `maxConnections` Node closes new ones at once; past
 * `maxConnectionsPerClient` from one address, so do we, so that one client holding many idle or
 * slow connections (a slowloris) cannot take the places of all the others.
 */
export function limitConnections(
  app: FastifyInstance,
  limits: ConnectionLimits,
  onRefusal: (reason: RefusalReason) => void,
): void {
  const server = app.server;
  server.maxConnections = limits.maxConnections;
  server.on('drop', () => onRefusal('connection_limit'));
  server.on('clientError', (error: NodeJS.ErrnoException) => {
    // Fastify's own handler answers (408, 431, 400) and closes; this only counts.
    if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') onRefusal('request_timeout');
    else if (error.code !== 'ECONNRESET') onRefusal('malformed_request');
  });
  if (limits.maxConnectionsPerClient === 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const client = addressKey(socket.remoteAddress ?? '');
    const count = (open.get(client) ?? 0) + 1;
    if (count > limits.maxConnectionsPerClient) {
      onRefusal('connection_limit');
      socket.destroy();
      return;
    }
    open.set(client, count);
    socket.once('close', () => {
      const left = (open.get(client) ?? 1) - 1;
      if (left === 0) open.delete(client);
      else open.set(client, left);
    });
  });
}
