// Who may write: API keys from the environment or a file of hashes, and JWTs verified with the configured public key; every write logged with the key id, never the secret.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { createServer } from '../../src/server.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { noticeText } from '../helpers/curation.js';

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { author } }`;
let n = 0;
const newSource = () => ({ input: { id: `writer-test-${++n}`, title: '通知', text: noticeText } });

function codeOf(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

describe('API keys from a file of SHA-256 hashes (API_KEYS_FILE)', () => {
  const secret = 'file-curator-secret-0123456789';
  const hash = createHash('sha256').update(secret).digest('hex');
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relief-keys-'));
    const file = path.join(dir, 'keys');
    await writeFile(file, `# curators\ncurator:${hash}\n\nreader:${'0'.repeat(64)}\n`);
    server = await startTestServer(new MemoryBackend(await loadSeed()), { API_KEYS_FILE: file });
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts the secret whose hash the file holds, and names it by a prefix of that hash', async () => {
    const result = await server.query<{ addSource: { author: string } }>(ADD_SOURCE, newSource(), {
      authorization: `Bearer ${secret}`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addSource.author).toBe(`key:${hash.slice(0, 12)}`);
  });

  it('refuses the hash itself as a secret', async () => {
    const result = await server.query(ADD_SOURCE, newSource(), {
      authorization: `Bearer ${hash}`,
    });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
  });

  it('refuses a malformed file at start-up, naming the line', async () => {
    const bad = path.join(dir, 'bad');
    await writeFile(bad, 'curator:not-a-hash\n');
    expect(() => loadConfig({ API_KEYS_FILE: bad })).toThrow(/API_KEYS_FILE line 1/);
    expect(() => loadConfig({ API_KEYS: 'curator:short' })).toThrow(/at least 16 characters/);
    expect(() => loadConfig({ API_KEYS: 'owner:long-enough-secret-000' })).toThrow(/role must be/);
  });
});

describe('JWTs verified with the configured public key (jose)', () => {
  let server: TestServer;
  let sign: (claims: Record<string, unknown>, options?: { issuer?: string }) => Promise<string>;
  let otherKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    otherKey = (await generateKeyPair('ES256')).privateKey;
    sign = (claims, options = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuedAt()
        .setExpirationTime('5m')
        .setIssuer(options.issuer ?? 'https://auth.example.org')
        .setAudience('relief-graph')
        .setSubject('alice@example.org')
        .sign(privateKey);
    server = await startTestServer(new MemoryBackend(await loadSeed()), {
      // As an env file holds it: one line, newlines escaped.
      JWT_PUBLIC_KEY: (await exportSPKI(publicKey)).replaceAll('\n', '\\n'),
      JWT_ISSUER: 'https://auth.example.org',
      JWT_AUDIENCE: 'relief-graph',
    });
  });
  afterAll(() => server.stop());

  it("accepts a curator's token and records its subject as the author", async () => {
    const token = await sign({ role: 'curator' });
    const result = await server.query<{ addSource: { author: string } }>(ADD_SOURCE, newSource(), {
      authorization: `Bearer ${token}`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addSource.author).toBe('jwt:alice@example.org');
  });

  it("refuses a reader's token (FORBIDDEN) and a token of another issuer, key or no role (UNAUTHENTICATED)", async () => {
    const as = async (token: string) =>
      codeOf(await server.query(ADD_SOURCE, newSource(), { authorization: `Bearer ${token}` }));
    expect(await as(await sign({ role: 'reader' }))).toBe('FORBIDDEN');
    expect(await as(await sign({ role: 'curator' }, { issuer: 'https://evil.example' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await as(await sign({}))).toBe('UNAUTHENTICATED');
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('https://auth.example.org')
      .setAudience('relief-graph')
      .setSubject('mallory')
      .sign(otherKey);
    expect(await as(forged)).toBe('UNAUTHENTICATED');
    // An unsigned token ("alg": "none") is never accepted.
    const header = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const body = Buffer.from(
      JSON.stringify({
        role: 'admin',
        sub: 'x',
        iss: 'https://auth.example.org',
        aud: 'relief-graph',
      }),
    ).toString('base64url');
    expect(await as(`${header}.${body}.`)).toBe('UNAUTHENTICATED');
  });
});

describe('write logging', () => {
  it('logs every write with the key id, never the secret', async () => {
    const secret = 'logged-curator-secret-0123456789';
    const lines: string[] = [];
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'info', API_KEYS: `curator:${secret}` });
    const server = await createServer({
      config,
      backend: new MemoryBackend(await loadSeed()),
      logStream: { write: (line) => lines.push(line) },
    });
    const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(`${address}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: ADD_SOURCE, variables: newSource() }),
      });
      expect(response.status).toBe(200);
      const keyId = `key:${createHash('sha256').update(secret).digest('hex').slice(0, 12)}`;
      const committed = lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((line) => line.msg === 'write committed');
      expect(committed).toMatchObject({ writer: keyId, revision: 1, action: 'CREATE' });
      expect(lines.join('\n')).not.toContain(secret);
    } finally {
      await server.close();
    }
  });
});
