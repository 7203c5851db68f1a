// With Neo4j unreachable: one clear start-up error and exit 1; a running server reports not ready.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { Neo4jBackend } from '../../src/graph/neo4j/Neo4jBackend.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

// Port 1 on loopback: nothing listens there, so the connection is refused at once.
const unreachable = 'bolt://127.0.0.1:1';

describe('Neo4j unreachable', () => {
  it('stops start-up with one line naming the URI, and exit code 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, GRAPH_BACKEND: 'neo4j', NEO4J_URI: unreachable, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Neo4j at ${unreachable} is unavailable`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses GRAPH_BACKEND=neo4j without NEO4J_URI in one line', async () => {
    expect(() => loadConfig({ GRAPH_BACKEND: 'neo4j' })).toThrow(/needs NEO4J_URI/);
  });

  describe('a running server whose database goes away', () => {
    let server: TestServer;
    beforeAll(async () => {
      const config = loadConfig({
        GRAPH_BACKEND: 'neo4j',
        NEO4J_URI: unreachable,
        // Keeps the driver's retries of the refused connection short.
        NEO4J_TX_TIMEOUT_MS: '500',
      });
      server = await startTestServer(new Neo4jBackend(config.neo4j!));
    });
    afterAll(() => server.stop());

    it('stays alive on /health but reports the backend down', async () => {
      const response = await fetch(`${server.url}/health`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        status: 'degraded',
        backend: 'neo4j',
        ok: false,
      });
    });

    it('answers queries with SERVICE_UNAVAILABLE and no driver internals', async () => {
      const result = await server.query(`{ search(text: "火神山") { id } }`);
      expect(result.data).toBeNull();
      expect(result.errors![0]!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(result.errors![0]!.message).not.toMatch(/bolt|ECONNREFUSED|Neo4jError/);
    });

    it('fails /ready with 503', async () => {
      const response = await fetch(`${server.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ready: false, backend: 'neo4j' });
    });
  });
});
