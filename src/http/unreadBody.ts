// Answers decided before the client finished sending its body (413, an early 429): the rest is read and discarded, up to a bound, so the client gets the answer rather than a reset.
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

/** Reads the rest of a request body and drops it; true when more than `limitBytes` came. */
function discardRest(raw: IncomingMessage, limitBytes: number): Promise<boolean> {
  return new Promise((resolve) => {
    let discarded = 0;
    const onData = (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded <= limitBytes) return;
      raw.off('data', onData);
      resolve(true);
    };
    raw.on('data', onData);
    raw.once('end', () => resolve(false));
    // A client that gives up mid-body resets the socket: nothing left to read.
    raw.once('error', () => resolve(false));
    raw.once('close', () => resolve(false));
    raw.resume();
  });
}

/**
 * Fastify answers an oversized body at once and asks Node to close the connection. Closing a socket
 * while the client is still sending makes the kernel reset the connection, and the reset can destroy
 * the answer before the client has read it (or the client fails on its next write and never looks).
 * Instead the rest of the body is read and dropped, up to `limitBytes`:
 * - on a keep-alive connection the answer goes at once and the connection stays usable once the
 *   body has ended;
 * - when the connection closes after this answer (the client sent `Connection: close`, or HTTP/1.0),
 *   the answer waits until the body has ended, so the close finds nothing unread.
 * Past the bound the connection is closed (the keep-alive answer long since sent); a client that
 * sends too slowly meets the whole-request timeout (BODY_TIMEOUT_MS) as any other.
 */
export function discardUnreadBodies(app: FastifyInstance, limitBytes: number): void {
  // A callback hook, not an async one: it runs on every answer, and almost always has nothing to do.
  app.addHook('onSend', (request, reply, payload, done) => {
    const raw = request.raw;
    if (raw.complete || raw.destroyed) return done(null, payload);
    reply.removeHeader('connection');
    const rest = discardRest(raw, limitBytes);
    if (reply.raw.shouldKeepAlive) {
      void rest.then((overflowed) => overflowed && raw.socket.destroy());
      return done(null, payload);
    }
    void rest.then(() => done(null, payload));
  });
}
