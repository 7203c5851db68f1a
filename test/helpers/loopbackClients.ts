// Clients on loopback with their own source address (127.x.y.z; Linux routes all of 127.0.0.0/8 to lo), so one run can be several clients: raw requests, slow senders, floods, and connections held open. Shared by load:fault and the HTTP tests.
import { execFile } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { percentile } from '../../bench/measure.js';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface PostOptions {
  /** The client's address: 127.0.0.1 unless given. */
  from?: string;
  /** Keep-alive or not (default: a fresh connection with `Connection: close`). */
  agent?: http.Agent;
  headers?: Record<string, string>;
  /** Send the body in chunks of this size with `pauseMs` between them (a slow sender). */
  chunkBytes?: number;
  pauseMs?: number;
  /** Chunked transfer encoding instead of a Content-Length. */
  chunked?: boolean;
}

const json = { 'content-type': 'application/json' };

/** POSTs `body` to `${base}/graphql`; resolves with the answer, rejects on a connection error. */
export function post(
  base: string,
  body: string | Buffer,
  options: PostOptions = {},
): Promise<Answer> {
  const url = new URL(base);
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/graphql',
        method: 'POST',
        localAddress: options.from ?? '127.0.0.1',
        agent: options.agent ?? false,
        headers: {
          ...json,
          ...(options.chunked ? {} : { 'content-length': String(bytes.length) }),
          ...options.headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    const chunkBytes = options.chunkBytes ?? bytes.length;
    let sent = 0;
    const next = () => {
      if (request.destroyed) return;
      if (sent >= bytes.length) {
        request.end();
        return;
      }
      request.write(bytes.subarray(sent, sent + chunkBytes));
      sent += chunkBytes;
      if (options.pauseMs) setTimeout(next, options.pauseMs);
      else next();
    };
    next();
  });
}

/** A GraphQL operation as a POST body. */
export function operationBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify({ query, variables });
}

export type HeldKind = 'idle' | 'slow headers' | 'slow body';

export interface HeldConnection {
  kind: HeldKind;
  /** Resolves when the server closes the connection: after how long, and what it had answered. */
  closed: Promise<{ afterMs: number; answer: string }>;
  isOpen(): boolean;
  close(): void;
}

/**
 * A connection that stays open as long as the server lets it: `idle` sends nothing, `slow headers`
 * a header line every `pauseMs`, `slow body` complete headers and then a byte of body every `pauseMs`.
 */
export function hold(base: string, from: string, kind: HeldKind, pauseMs = 500): HeldConnection {
  const url = new URL(base);
  const started = Date.now();
  const socket = net.connect({ host: url.hostname, port: Number(url.port), localAddress: from });
  let answer = '';
  let timer: NodeJS.Timeout | undefined;
  const trickle = (text: string) => {
    timer = setInterval(() => {
      if (socket.writable) socket.write(text);
    }, pauseMs);
  };
  socket.on('connect', () => {
    if (kind === 'slow headers') {
      socket.write(`POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\n`);
      trickle('X-Slow: 1\r\n');
    } else if (kind === 'slow body') {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n`,
      );
      trickle(' ');
    }
  });
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  socket.on('error', () => {});
  const closed = new Promise<{ afterMs: number; answer: string }>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      resolve({ afterMs: Date.now() - started, answer });
    }),
  );
  return {
    kind,
    closed,
    isOpen: () => !socket.destroyed,
    close: () => socket.destroy(),
  };
}

/** Waits a moment, so the server has accepted (or dropped) the connections just opened. */
export function settle(ms = 300): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until `condition` holds, checking every `everyMs`, for at most `withinMs`; resolves with
 * whether it held. For state the server reaches "at once" but a busy machine reaches late: the
 * caller then asserts the exact state, so a wait that gives up still fails the check.
 */
export async function until(
  condition: () => boolean | Promise<boolean>,
  withinMs = 10_000,
  everyMs = 50,
): Promise<boolean> {
  const by = Date.now() + withinMs;
  for (;;) {
    if (await condition()) return true;
    if (Date.now() >= by) return false;
    await settle(everyMs);
  }
}

/** The value at percentile p of unsorted values (nearest rank). */
export function percentileOf(values: readonly number[], p: number): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    p,
  );
}

/** One metric's value from /metrics text, e.g. `http_refusals_total{reason="rate_limited"}`. */
export async function metric(base: string, series: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

/**
 * The flooding client's program: plain JavaScript for `node -e`, so it needs no build step. Each
 * answer is counted by what it is: `200` (data, no errors), `429` (with Retry-After and
 * RATE_LIMITED), `error` (no answer), or the status with `!` when its body is not what it should be.
 */
const floodProgram = `
const http = require('node:http');
const [base, from, body, connections, ms] = process.argv.slice(1);
const url = new URL(base);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
const answers = {};
const end = Date.now() + Number(ms);
const verdict = (status, headers, text) => {
  if (status === 200) return text.includes('"data"') && !text.includes('"errors"') ? '200' : '200!';
  if (status === 429) return Number(headers['retry-after']) >= 1 && text.includes('"code":"RATE_LIMITED"') ? '429' : '429!';
  return status + '!';
};
const once = () => new Promise((resolve) => {
  const request = http.request({ host: url.hostname, port: url.port, path: '/graphql', method: 'POST',
    localAddress: from, agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
    (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve(verdict(response.statusCode, response.headers, text)));
      response.on('error', () => resolve('error'));
    });
  request.on('error', () => resolve('error'));
  request.end(body);
});
Promise.all(Array.from({ length: Number(connections) }, async () => {
  while (Date.now() < end) { const v = await once(); answers[v] = (answers[v] || 0) + 1; }
})).then(() => { process.stdout.write(JSON.stringify(answers)); agent.destroy(); });
`;

/**
 * A client in its own process (so its work does not share the server's event loop) sending `body`
 * over `connections` keep-alive connections, one request after another, for `ms`; resolves with
 * how many answers of each kind it got (`200`, `429`, `error`, or a status with `!`: a wrong body).
 */
export async function flood(
  base: string,
  from: string,
  body: string,
  connections: number,
  ms: number,
): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-e', floodProgram, base, from, body, String(connections), String(ms)],
      { timeout: ms + 10_000 },
      (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout) as Record<string, number>),
    );
  });
}
