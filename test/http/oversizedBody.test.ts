// A body over the limit gets its 413 on every request, whatever the client is still sending: keep-alive or fresh connections, fast or slow senders, many at once.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import {
  metric,
  operationBody,
  post,
  type Answer,
  type PostOptions,
} from '../helpers/loopbackClients.js';

const twoMiB = operationBody(`{ __typename }${' '.repeat(2 * 1024 * 1024)}`);
const small = operationBody('{ __typename }');

function expect413(answer: Answer): void {
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.text)).toMatchObject({ code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
}

/** A keep-alive agent with one connection at a time, counting the connections it opens. */
function countingAgent(): { agent: http.Agent; connections: () => number } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let connections = 0;
  const createConnection = agent.createConnection.bind(agent);
  agent.createConnection = (...args: Parameters<typeof createConnection>) => {
    connections += 1;
    return createConnection(...args);
  };
  return { agent, connections: () => connections };
}

/** `times` requests from each of `clients` concurrent senders; every answer, or the first failure. */
async function many(
  url: string,
  clients: number,
  times: number,
  options: () => PostOptions,
  body = twoMiB,
): Promise<Answer[]> {
  const answers: Answer[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = 0; i < times; i++) answers.push(await post(url, body, options()));
    }),
  );
  return answers;
}

describe('oversized bodies', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      NODE_ENV: 'production',
    });
  });
  afterAll(() => server.stop());

  it('answers 413 to every oversized body sent at once on fresh connections', async () => {
    const answers = await many(server.url, 8, 5, () => ({}));
    expect(answers).toHaveLength(40);
    answers.forEach(expect413);
  });

  it('answers 413 to every slow sender, with a Content-Length or chunked, fresh or kept alive', async () => {
    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 4 });
    try {
      for (const agent of [undefined, keepAlive]) {
        for (const chunked of [false, true]) {
          const answers = await many(server.url, 8, 3, () => ({
            agent,
            chunked,
            chunkBytes: 64 * 1024,
            pauseMs: 1,
          }));
          expect(answers).toHaveLength(24);
          answers.forEach(expect413);
        }
      }
    } finally {
      keepAlive.destroy();
    }
  });

  it('answers 413 through fetch (undici) too, many at once, and keeps the connection usable', async () => {
    const answers = await Promise.all(
      Array.from({ length: 24 }, () =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: twoMiB,
        }).then(async (r) => ({ status: r.status, headers: {}, text: await r.text() })),
      ),
    );
    answers.forEach(expect413);
    expect(await server.query('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
  });

  it('reads the rest of the body on a keep-alive connection, which then serves the next request', async () => {
    const { agent, connections } = countingAgent();
    try {
      expect413(await post(server.url, twoMiB, { agent }));
      const next = await post(server.url, small, { agent });
      expect(next.status).toBe(200);
      expect413(await post(server.url, twoMiB, { agent, chunkBytes: 256 * 1024, pauseMs: 2 }));
      expect((await post(server.url, small, { agent })).status).toBe(200);
      expect(connections()).toBe(1);
    } finally {
      agent.destroy();
    }
  });

  it('counts each refusal in /metrics as body_too_large', async () => {
    const before = await metric(server.url, 'http_refusals_total{reason="body_too_large"}');
    (await many(server.url, 4, 2, () => ({}))).forEach(expect413);
    expect(await metric(server.url, 'http_refusals_total{reason="body_too_large"}')).toBe(
      before + 8,
    );
  });
});

describe('oversized bodies past the discard bound', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      NODE_ENV: 'production',
      BODY_LIMIT_BYTES: '1000',
      BODY_DISCARD_LIMIT_BYTES: '100000',
    });
  });
  afterAll(() => server.stop());

  it('still answer 413 on a keep-alive connection, which is then closed', async () => {
    const { agent, connections } = countingAgent();
    try {
      const body = operationBody(`{ __typename }${' '.repeat(1024 * 1024)}`);
      expect413(await post(server.url, body, { agent, chunkBytes: 16 * 1024, pauseMs: 1 }));
      expect((await post(server.url, small, { agent })).status).toBe(200);
      expect(connections()).toBe(2);
    } finally {
      agent.destroy();
    }
  });
});
