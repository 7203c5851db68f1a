// The WebSocket surface behind the same gate as HTTP: validation rules, cost, budget and auth, plus each socket limit (per socket, per client, queue, init, idle, token expiry), over a real socket.
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { asCurator, curatorSecret, noticeText, writersEnv } from '../helpers/curation.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

interface Message {
  type: string;
  id?: string;
  payload?: unknown;
}

/** A graphql-transport-ws socket spoken by hand: every message kept, and how it closed. */
interface RawSocket {
  socket: WebSocket;
  messages: Message[];
  closed: Promise<{ code: number; reason: string }>;
  send(message: Message): void;
  /** The first message of `type` (and `id`), waiting for it. */
  next(type: string, id?: string): Promise<Message>;
  /** connection_init, then waits for the acknowledgement. */
  init(payload?: Record<string, unknown>): Promise<void>;
  subscribe(id: string, query: string, variables?: Record<string, unknown>): void;
}

let servers: TestServer[] = [];
let sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets) socket.terminate();
  sockets = [];
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
});

async function serve(env: Record<string, string> = {}): Promise<TestServer> {
  const server = await startTestServer(new MemoryBackend(await loadSeed()), {
    ...writersEnv,
    CHANGE_FEED_POLL_MS: '50',
    ...env,
  });
  servers.push(server);
  return server;
}

function wsUrl(server: TestServer): string {
  return `${server.url.replace(/^http/, 'ws')}/graphql`;
}

/** Opens a socket; rejects with the HTTP status when the upgrade is refused. */
function open(server: TestServer, headers: Record<string, string> = {}): Promise<RawSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl(server), 'graphql-transport-ws', { headers });
    sockets.push(socket);
    const messages: Message[] = [];
    const waiters: (() => void)[] = [];
    socket.on('message', (data) => {
      messages.push(JSON.parse(String(data)) as Message);
      for (const wake of waiters.splice(0)) wake();
    });
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      socket.on('close', (code, reason) => done({ code, reason: String(reason) })),
    );
    socket.on('unexpected-response', (_request, response) => {
      reject(new Error(`upgrade refused: ${response.statusCode}`));
    });
    socket.on('error', reject);
    socket.on('open', () => {
      const raw: RawSocket = {
        socket,
        messages,
        closed,
        send: (message) => socket.send(JSON.stringify(message)),
        next: (type, id) =>
          new Promise((found) => {
            const look = () => {
              const message = messages.find(
                (m) => m.type === type && (id === undefined || m.id === id),
              );
              if (message) found(message);
              else waiters.push(look);
            };
            look();
          }),
        async init(payload) {
          raw.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
          await raw.next('connection_ack');
        },
        subscribe: (id, query, variables) =>
          raw.send({ type: 'subscribe', id, payload: { query, variables } }),
      };
      resolve(raw);
    });
  });
}

/** The codes of a subscription's error message (graphql-ws `error`: a list of GraphQL errors). */
async function errorCodes(socket: RawSocket, id: string): Promise<string[]> {
  const error = await socket.next('error', id);
  return (error.payload as { extensions?: { code?: string } }[]).map(
    (e) => e.extensions?.code ?? 'none',
  );
}

const addSource = async (server: TestServer, id: string) => {
  const answer = await server.query(
    `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
    { input: { id, title: '通知', text: noticeText } },
    asCurator,
  );
  expect(answer.errors).toBeUndefined();
};

describe('subscriptions pass the validation rules HTTP applies', () => {
  it('refuses 1,000 aliases of record (TOO_MANY_ALIASES), as HTTP does', async () => {
    const server = await serve({ MAX_TOKENS: '20000' });
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: record`).join(' ');
    const query = `subscription { graphChanged { ${aliases} } }`;
    const overHttp = await server.query(query.replace('subscription', 'query Q'));
    expect(JSON.stringify(overHttp)).toContain('TOO_MANY_ALIASES');
    const socket = await open(server);
    await socket.init();
    socket.subscribe('1', query);
    expect(await errorCodes(socket, '1')).toContain('TOO_MANY_ALIASES');
  });

  it('refuses a selection deeper than MAX_DEPTH (QUERY_TOO_DEEP) and too many directives', async () => {
    const server = await serve({ MAX_DEPTH: '1', MAX_DIRECTIVES: '2' });
    const socket = await open(server);
    await socket.init();
    socket.subscribe('deep', 'subscription { graphChanged { number } }');
    expect(await errorCodes(socket, 'deep')).toEqual(['QUERY_TOO_DEEP']);
    const directives = '@include(if: true) '.repeat(3);
    socket.subscribe('many', `subscription { graphChanged ${directives} { number } }`);
    expect(await errorCodes(socket, 'many')).toContain('TOO_MANY_DIRECTIVES');
  });

  it('refuses an operation over MAX_COST (QUERY_TOO_COMPLEX), where record weighs 100', async () => {
    // graphChanged (1) + number (1) + record (100) = 102.
    const server = await serve({ MAX_COST: '101', RATE_LIMIT_BUDGET: '0' });
    const socket = await open(server);
    await socket.init();
    socket.subscribe('costly', 'subscription { graphChanged { number record } }');
    expect(await errorCodes(socket, 'costly')).toEqual(['QUERY_TOO_COMPLEX']);
    socket.subscribe('cheap', 'subscription { graphChanged { number factId } }');
    await addSource(server, 'cost-notice');
    const event = await socket.next('next', 'cheap');
    expect(event.payload).toEqual({ data: { graphChanged: { number: 1, factId: 'cost-notice' } } });
  });
});

describe('subscriptions spend the client budget HTTP spends', () => {
  it('charges the request cost at the upgrade and the operation at subscribe: a spent budget refuses both', async () => {
    // A budget of one request (1000) and three operations of cost 2 (graphChanged, number).
    const server = await serve({
      RATE_LIMIT_BUDGET: '1007',
      RATE_LIMIT_REQUEST_COST: '1000',
      MAX_COST: '5',
    });
    const socket = await open(server);
    await socket.init();
    socket.subscribe('1', 'subscription { graphChanged { number } }');
    socket.subscribe('2', 'subscription { graphChanged { number } }');
    socket.subscribe('3', 'subscription { graphChanged { number } }');
    socket.subscribe('4', 'subscription { graphChanged { number } }');
    // 1000 + 2 + 2 + 2 = 1006 within the budget; the fourth operation (1008) is refused.
    expect(await errorCodes(socket, '4')).toEqual(['RATE_LIMITED']);
    expect(socket.messages.filter((m) => m.type === 'error').map((m) => m.id)).toEqual(['4']);
    await expect(open(server)).rejects.toThrow('upgrade refused: 429');
  });

  it('charges every event delivered: when the budget runs out the subscription ends with RATE_LIMITED', async () => {
    // No request cost, so the budget counts operations alone: 8 is the subscription (2) and three
    // events (2 each); the writer, charged to its key, has its own 8 for four writes of cost 2.
    const server = await serve({
      RATE_LIMIT_BUDGET: '8',
      RATE_LIMIT_REQUEST_COST: '0',
      MAX_COST: '5',
    });
    const socket = await open(server);
    await socket.init();
    socket.subscribe('events', 'subscription { graphChanged { number } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (let i = 1; i <= 4; i++) await addSource(server, `budget-notice-${i}`);
    await socket.next('complete', 'events');
    const events = socket.messages.filter((m) => m.id === 'events' && m.type === 'next');
    expect(events.map((m) => m.payload)).toEqual([
      { data: { graphChanged: { number: 1 } } },
      { data: { graphChanged: { number: 2 } } },
      { data: { graphChanged: { number: 3 } } },
      {
        errors: [
          expect.objectContaining({
            extensions: expect.objectContaining({ code: 'RATE_LIMITED' }),
          }),
        ],
      },
    ]);
  });
});

describe('socket limits', () => {
  it('runs at most WS_SUBSCRIPTIONS_PER_SOCKET subscriptions at once on one socket', async () => {
    const server = await serve({ WS_SUBSCRIPTIONS_PER_SOCKET: '2' });
    const socket = await open(server);
    await socket.init();
    socket.subscribe('a', 'subscription { graphChanged { number } }');
    socket.subscribe('b', 'subscription { graphChanged { number } }');
    socket.subscribe('c', 'subscription { graphChanged { number } }');
    expect(await errorCodes(socket, 'c')).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
    // Completing one makes room for another.
    socket.send({ type: 'complete', id: 'a' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.subscribe('d', 'subscription { graphChanged { number } }');
    await addSource(server, 'room-notice');
    expect((await socket.next('next', 'd')).payload).toEqual({
      data: { graphChanged: { number: 1 } },
    });
    expect(socket.messages.some((m) => m.id === 'a' && m.type === 'next')).toBe(false);
  });

  it('opens at most WS_SOCKETS_PER_CLIENT sockets per client (429), and one more after one closes', async () => {
    const server = await serve({ WS_SOCKETS_PER_CLIENT: '3' });
    const held = [await open(server), await open(server), await open(server)];
    await expect(open(server)).rejects.toThrow('upgrade refused: 429');
    held[0]!.socket.close();
    await held[0]!.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await open(server);
    await again.init();
  });

  it('closes a socket whose message is over BODY_LIMIT_BYTES (1009), as HTTP answers 413', async () => {
    const server = await serve({ BODY_LIMIT_BYTES: '2000' });
    const socket = await open(server);
    await socket.init();
    socket.subscribe('big', `subscription { graphChanged { number } } ${'#'.repeat(3000)}`);
    expect((await socket.closed).code).toBe(1009);
  });

  it('closes a socket that sends no connection_init within WS_INIT_TIMEOUT_MS (4408)', async () => {
    const server = await serve({ WS_INIT_TIMEOUT_MS: '200' });
    const socket = await open(server);
    expect((await socket.closed).code).toBe(4408);
  });

  it('closes a socket that runs no subscription for WS_IDLE_TIMEOUT_MS (4410), and keeps a busy one', async () => {
    const server = await serve({ WS_IDLE_TIMEOUT_MS: '300' });
    const idle = await open(server);
    await idle.init();
    const busy = await open(server);
    await busy.init();
    busy.subscribe('live', 'subscription { graphChanged { number } }');
    expect((await idle.closed).code).toBe(4410);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(busy.socket.readyState).toBe(WebSocket.OPEN);
    await addSource(server, 'busy-notice');
    expect((await busy.next('next', 'live')).payload).toEqual({
      data: { graphChanged: { number: 1 } },
    });
  });

  it('closes the socket of a subscriber that leaves more than SUBSCRIPTION_QUEUE_LIMIT revisions unread (4509)', async () => {
    const server = await serve({
      SUBSCRIPTION_QUEUE_LIMIT: '5',
      WRITE_RATE_LIMIT: '100000',
      RATE_LIMIT_BUDGET: '0',
      CHANGE_FEED_POLL_MS: '20',
    });
    const socket = await open(server);
    await socket.init();
    // Every event carries a large record, so the socket's buffers fill while the client reads nothing.
    socket.subscribe('slow', 'subscription { graphChanged { number record } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const tcp = (socket.socket as unknown as { _socket: { pause(): void; resume(): void } })
      ._socket;
    tcp.pause();
    // Entities quoting 90,000 characters each: every event is a record of about 270 kB.
    const text = '协会'.repeat(50_000);
    await server.query(
      `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`,
      { input: { id: 'long-notice', title: '通知', text } },
      asCurator,
    );
    const written = 120;
    for (let i = 0; i < written; i++) {
      const answer = await server.query(
        `mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }`,
        {
          input: {
            id: `action:slow-reader-${i}`,
            type: 'RELIEF_ACTION',
            name: `长引文行动${i}`,
            nameEn: `Long quote action ${i}`,
            nameEnSource: 'DESCRIPTION',
            category: 'MEDICAL_SUPPLIES',
            activity: 'DONATION',
            evidence: [
              { source: 'long-notice', quote: text.slice(0, 90_000), start: 0, end: 90_000 },
            ],
          },
        },
        asCurator,
      );
      expect(answer.errors).toBeUndefined();
    }
    tcp.resume();
    const closed = await socket.closed;
    expect(closed.code).toBe(4509);
    const delivered = socket.messages.filter((m) => m.type === 'next').length;
    expect(delivered).toBeLessThan(written);
  }, 60_000);
});

describe('credentials on a socket', () => {
  it('refuses a connection_init with a token that does not verify (4403)', async () => {
    const server = await serve();
    const socket = await open(server);
    socket.send({
      type: 'connection_init',
      payload: { authorization: 'Bearer not-a-key-000000000' },
    });
    expect((await socket.closed).code).toBe(4403);
    const good = await open(server);
    await good.init({ authorization: `Bearer ${curatorSecret}` });
  });

  it('closes a socket when its JWT expires (4403), after serving it until then', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const server = await serve({
      JWT_PUBLIC_KEY: (await exportSPKI(publicKey)).replaceAll('\n', '\\n'),
      JWT_ISSUER: 'https://auth.example.org',
      JWT_AUDIENCE: 'relief-graph',
    });
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ role: 'reader' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuedAt(now)
      .setExpirationTime(now + 2)
      .setIssuer('https://auth.example.org')
      .setAudience('relief-graph')
      .setSubject('grace')
      .sign(privateKey);
    const socket = await open(server);
    await socket.init({ authorization: `Bearer ${token}` });
    socket.subscribe('live', 'subscription { graphChanged { number } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await addSource(server, 'expiry-notice');
    expect((await socket.next('next', 'live')).payload).toEqual({
      data: { graphChanged: { number: 1 } },
    });
    const closed = await socket.closed;
    expect(closed).toEqual({ code: 4403, reason: 'The token expired; connect with a new one' });
    expect(Date.now()).toBeGreaterThanOrEqual((now + 2) * 1000);
  });
});
