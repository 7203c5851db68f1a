// The HTTP server as a process: health, landing pages, production defaults, and a clean stop on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { ExamplesError, loadExamples } from '../../src/examples.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const html = { accept: 'text/html' };

describe('HTTP server (development)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()));
  });
  afterAll(() => server.stop());

  it('reports liveness and the backend on GET /health', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', backend: 'memory', ok: true });
  });

  it('serves the embedded Apollo Sandbox with the first example of examples/ as the landing page', async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: html });
    const page = await response.text();
    expect(response.status).toBe(200);
    expect(page).toContain('new window.EmbeddedSandbox');
    const [first] = loadExamples();
    expect(page).toContain(JSON.stringify(first!.query).slice(1, -1));
  });

  it('serves GraphiQL with one tab per example of examples/, with its variables', async () => {
    const response = await fetch(`${server.url}/graphiql`, { headers: html });
    const page = await response.text();
    expect(response.status).toBe(200);
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThan(1);
    expect(examples.some((example) => example.variables)).toBe(true);
    const tabs = JSON.stringify(
      examples.map(({ query, variables }) => ({
        query,
        ...(variables ? { variables: JSON.stringify(variables, null, 2) } : {}),
      })),
    );
    expect(page).toContain(`"defaultTabs":${tabs.replace(/</g, '\\u003c')}`);
  });

  it('answers the example operation the landing page opens with', async () => {
    const [first] = loadExamples();
    const result = await server.query<{ search: { supportActions: unknown[] }[] }>(first!.query);
    expect(result.errors).toBeUndefined();
    expect(result.data!.search[0]!.supportActions.length).toBeGreaterThan(0);
  });

  it('stops start-up without the examples folder, naming the path (createServer loads it first)', () => {
    expect(() => loadExamples('/nonexistent/examples')).toThrow(ExamplesError);
    expect(() => loadExamples('/nonexistent/examples')).toThrow(
      /^no examples folder at \/nonexistent\/examples: /,
    );
  });
});

describe('HTTP server (production)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), { NODE_ENV: 'production' });
  });
  afterAll(() => server.stop());

  it('follows Apollo’s production landing page instead of Sandbox', async () => {
    const page = await (await fetch(`${server.url}/graphql`, { headers: html })).text();
    expect(page).toContain('Welcome to Apollo Server');
    expect(page).not.toContain('new window.EmbeddedSandbox');
    expect(page).not.toContain(loadExamples()[0]!.operationName!);
  });

  it('leaves no stack trace in error responses', async () => {
    const result = await server.query(`{ search(text: "") { id } }`);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toContain('stacktrace');
  });
});

describe('server process', () => {
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
    });
  }, 30_000);

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves the graph, then on SIGTERM finishes in-flight requests and exits 0', async () => {
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ neighborhood(id: "region:wuhan", depth: 3) { nodes { id } } }',
      }),
    });
    // Give the request time to be accepted before the signal.
    await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(0);
  });
});
