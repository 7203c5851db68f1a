// Who may write: API keys from the environment or a file of hashes, and JWTs verified with the configured public key; every write logged with the key id, never the secret.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { exportSPKI, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MemoryBackend } from '../../src/graph/memory/MemoryBackend.js';
import { loadSeed } from '../../src/seed/loadSeed.js';
import { createServer } from '../../src/server.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';
import { curatorSecret, noticeText, writersEnv } from '../helpers/curation.js';
import { Authenticator, keyIdOf } from '../../src/auth/Authenticator.js';

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { author } }`;
let n = 0;
const newSource = () => ({ input: { id: `writer-test-${++n}`, title: '通知', text: noticeText } });

function codeOf(result: { errors?: { extensions?: { code?: string } }[] }) {
  return result.errors?.[0]?.extensions?.code;
}

const issuer = 'https://auth.example.org';
const audience = 'relief-graph';

/** The JWT settings of a server that trusts `publicKey`: the key, the issuer and the audience. */
async function jwtEnv(
  publicKey: Parameters<typeof exportSPKI>[0],
): Promise<Record<string, string>> {
  // As an env file holds it: one line, newlines escaped.
  const pem = (await exportSPKI(publicKey)).replaceAll('\n', '\\n');
  return { JWT_PUBLIC_KEY: pem, JWT_ISSUER: issuer, JWT_AUDIENCE: audience };
}

/** The claims every accepted token carries: issued now, for five minutes, by the issuer, for this server. */
const current = (jwt: SignJWT) =>
  jwt.setIssuedAt().setExpirationTime('5m').setIssuer(issuer).setAudience(audience);

describe('API keys from a file of SHA-256 hashes (API_KEYS_FILE)', () => {
  const secret = 'file-curator-secret-0123456789';
  const hash = createHash('sha256').update(secret).digest('hex');
  const otherSecret = 'unnamed-curator-secret-0123456789';
  const otherHash = createHash('sha256').update(otherSecret).digest('hex');
  let dir: string;
  let file: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relief-keys-'));
    file = path.join(dir, 'keys');
    await writeFile(
      file,
      `# curators\ncurator@maria:${hash}\n\nreader:${'0'.repeat(64)}\ncurator:${otherHash}\n`,
    );
    server = await startTestServer(new MemoryBackend(await loadSeed()), { API_KEYS_FILE: file });
  });
  afterAll(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts the secret whose hash the file holds, and names it by the name the file gives, never by its hash', async () => {
    const result = await server.query<{ addSource: { author: string } }>(ADD_SOURCE, newSource(), {
      authorization: `Bearer ${secret}`,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addSource.author).toBe('key:maria');
    const unnamed = await server.query<{ addSource: { author: string } }>(ADD_SOURCE, newSource(), {
      authorization: `Bearer ${otherSecret}`,
    });
    // An unnamed key is shown by its role: nothing derived from a secret reaches a reader.
    expect(unnamed.data!.addSource.author).toBe('key:curator');
    const history = await server.query('{ changes(first: 10) { revisions { author } } }');
    expect(JSON.stringify(history)).not.toMatch(
      new RegExp(`${hash.slice(0, 8)}|${otherHash.slice(0, 8)}`),
    );
  });

  it('refuses a key name outside its grammar at start-up, naming the entry', () => {
    expect(() => loadConfig({ API_KEYS: 'curator@Bad Name:long-enough-secret-000' })).toThrow(
      /API_KEYS entry 1: a key's name/,
    );
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

  it('refuses one secret given twice, in either place, naming both entries', async () => {
    const twice = `curator:${secret},admin:${secret}`;
    expect(() => loadConfig({ API_KEYS: twice })).toThrow(
      /API_KEYS entry 2 repeats the secret of API_KEYS entry 1/,
    );
    expect(() => loadConfig({ API_KEYS: `admin:${secret}`, API_KEYS_FILE: file })).toThrow(
      /API_KEYS_FILE line 2 repeats the secret of API_KEYS entry 1/,
    );
    // Distinct secrets with one role are fine: a role is shared, a secret is not.
    const other = 'another-secret-of-enough-length';
    const keys = loadConfig({ API_KEYS: `curator:${other}`, API_KEYS_FILE: file }).writers.keys;
    expect(keys.map((key) => key.role)).toEqual(['curator', 'curator', 'reader', 'curator']);
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
    server = await startTestServer(new MemoryBackend(await loadSeed()), await jwtEnv(publicKey));
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
      const keyId = 'key:curator';
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

describe('the Authorization header', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(new MemoryBackend(await loadSeed()), writersEnv);
  });
  afterAll(() => server.stop());

  const attempt = async (authorization: string | undefined) => {
    const result = await server.query<{ addSource: { author: string } }>(
      ADD_SOURCE,
      newSource(),
      authorization === undefined ? {} : { authorization },
    );
    return {
      code: codeOf(result),
      message: result.errors?.[0]?.message,
      author: result.data?.addSource.author,
    };
  };
  const curatorKeyId = keyIdOf({ role: 'curator', name: null });

  it('is missing when absent or blank, and malformed unless it is Bearer and one token', async () => {
    for (const header of [undefined, '', '   ']) {
      expect(await attempt(header)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('send Authorization: Bearer <token>'),
      });
    }
    for (const header of [
      `Basic ${curatorSecret}`,
      `xBearer ${curatorSecret}`,
      `Bearer ${curatorSecret} extra`,
      `Bearer`,
    ]) {
      expect(await attempt(header)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringContaining('expected Authorization: Bearer <token>'),
      });
    }
  });

  it('accepts the scheme in any case, with any spaces around the token', async () => {
    for (const header of [
      `Bearer ${curatorSecret}`,
      `bearer ${curatorSecret}`,
      `BEARER   ${curatorSecret}  `,
      `Bearer\t${curatorSecret}`,
    ]) {
      expect(await attempt(header)).toEqual({
        code: undefined,
        message: undefined,
        author: curatorKeyId,
      });
    }
  });

  it('checks a token of three dot-separated parts as an API key when no JWT key is configured', async () => {
    expect(await attempt('Bearer a.b.c')).toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringContaining('unknown API key'),
    });
  });

  it("is checked once per request, whoever asks (the client budget, then the request's writes)", async () => {
    const authenticator = new Authenticator(loadConfig(writersEnv).writers);
    const request = (authorization: string) => ({ headers: { authorization } }) as FastifyRequest;
    const asCurator = request(`Bearer ${curatorSecret}`);
    const identity = authenticator.identityOf(asCurator);
    expect(authenticator.identityOf(asCurator)).toBe(identity);
    expect(await identity).toMatchObject({ keyId: curatorKeyId, role: 'curator', expiresAt: null });
    // Another request with the same header is checked afresh.
    expect(authenticator.identityOf(request(`Bearer ${curatorSecret}`))).not.toBe(identity);
  });
});

describe('JWTs of every asymmetric key type', () => {
  const claims = { role: 'curator' };
  const cases = [
    { alg: 'RS256', type: 'RSA' },
    { alg: 'RS512', type: 'RSA' },
    { alg: 'PS256', type: 'RSA' },
    { alg: 'PS384', type: 'RSA-PSS' },
    { alg: 'ES384', type: 'EC' },
    { alg: 'EdDSA', type: 'Ed25519' },
  ] as const;

  it.each(cases)('verifies a $alg token against a $type public key', async ({ alg, type }) => {
    const { publicKey, privateKey } =
      type === 'RSA-PSS'
        ? generateKeyPairSync('rsa-pss', { modulusLength: 2048 })
        : await generateKeyPair(alg, { extractable: true });
    const server = await startTestServer(new MemoryBackend(await loadSeed()), {
      ...writersEnv,
      ...(await jwtEnv(publicKey)),
    });
    try {
      const token = await current(new SignJWT(claims).setProtectedHeader({ alg }))
        .setSubject('bob@example.org')
        .sign(privateKey);
      const result = await server.query<{ addSource: { author: string } }>(
        ADD_SOURCE,
        newSource(),
        { authorization: `Bearer ${token}` },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.addSource.author).toBe('jwt:bob@example.org');
      // The API keys still work beside the JWT key: a secret is not three dot-separated parts.
      const byKey = await server.query(ADD_SOURCE, newSource(), {
        authorization: `Bearer ${curatorSecret}`,
      });
      expect(byKey.errors).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it('accepts every algorithm of its key type, and only those', async () => {
    const rsa = await generateKeyPair('RS256', { extractable: true });
    const pss = generateKeyPairSync('rsa-pss', { modulusLength: 2048 });
    const ec = await generateKeyPair('ES256', { extractable: true });
    const accepted = async (
      keys: { publicKey: Parameters<typeof exportSPKI>[0]; privateKey: KeyLike },
      algs: readonly string[],
    ) => {
      const server = await startTestServer(
        new MemoryBackend(await loadSeed()),
        await jwtEnv(keys.publicKey),
      );
      try {
        const answers: Record<string, string> = {};
        for (const alg of algs) {
          const token = await current(new SignJWT(claims).setProtectedHeader({ alg }))
            .setSubject('erin')
            .sign(keys.privateKey);
          const result = await server.query(ADD_SOURCE, newSource(), {
            authorization: `Bearer ${token}`,
          });
          answers[alg] = result.errors?.[0]?.message ?? 'accepted';
        }
        return answers;
      } finally {
        await server.stop();
      }
    };
    const rsaAlgs = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
    expect(await accepted(rsa, rsaAlgs)).toEqual(
      Object.fromEntries(rsaAlgs.map((alg) => [alg, 'accepted'])),
    );
    const pssAnswers = await accepted(pss, ['PS256', 'PS384', 'PS512']);
    expect(pssAnswers).toEqual({ PS256: 'accepted', PS384: 'accepted', PS512: 'accepted' });
    // A P-256 key verifies ES256 only; the others are refused before any signature check.
    const ecAnswers = await accepted(ec, ['ES256']);
    expect(ecAnswers).toEqual({ ES256: 'accepted' });
  });

  it('refuses a public key of a type no JWS algorithm signs with, at start-up', async () => {
    const { publicKey } = generateKeyPairSync('x25519');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await expect(
      createServer({
        config: loadConfig({ JWT_PUBLIC_KEY: pem, JWT_ISSUER: issuer, JWT_AUDIENCE: audience }),
        backend: new MemoryBackend(await loadSeed()),
      }),
    ).rejects.toThrow('JWT_PUBLIC_KEY: unsupported key type x25519');
  });

  describe('claims', () => {
    let server: TestServer;
    let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
    beforeAll(async () => {
      const pair = await generateKeyPair('ES256');
      privateKey = pair.privateKey;
      server = await startTestServer(
        new MemoryBackend(await loadSeed()),
        await jwtEnv(pair.publicKey),
      );
    });
    afterAll(() => server.stop());

    const send = async (build: (jwt: SignJWT) => SignJWT) => {
      const token = await build(
        new SignJWT({ role: 'curator' })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuedAt()
          .setExpirationTime('5m')
          .setIssuer(issuer),
      ).sign(privateKey);
      const result = await server.query<{ addSource: { author: string } }>(
        ADD_SOURCE,
        newSource(),
        { authorization: `Bearer ${token}` },
      );
      return { message: result.errors?.[0]?.message, author: result.data?.addSource.author };
    };

    it('needs a subject, and names the writer by at most 64 characters of it', async () => {
      expect(await send((jwt) => jwt.setAudience('relief-graph'))).toMatchObject({
        message: expect.stringContaining('the token has no subject (sub)'),
      });
      expect(await send((jwt) => jwt.setAudience('relief-graph').setSubject(''))).toMatchObject({
        message: expect.stringContaining('the token has no subject (sub)'),
      });
      const long = 's'.repeat(80);
      expect(await send((jwt) => jwt.setAudience('relief-graph').setSubject(long))).toEqual({
        message: undefined,
        author: `jwt:${'s'.repeat(64)}`,
      });
    });

    it('checks the audience when one is configured, and says why a token is rejected', async () => {
      expect(
        await send((jwt) => jwt.setAudience('another-service').setSubject('carol')),
      ).toMatchObject({
        message: expect.stringContaining('token rejected (ERR_JWT_CLAIM_VALIDATION_FAILED)'),
      });
      expect(await send((jwt) => jwt.setSubject('carol'))).toMatchObject({
        message: expect.stringContaining('token rejected ('),
      });
    });

    it('names the role claim when it names no role', async () => {
      const token = await current(
        new SignJWT({ role: 'owner' }).setProtectedHeader({ alg: 'ES256' }),
      )
        .setSubject('dave')
        .sign(privateKey);
      const result = await server.query(ADD_SOURCE, newSource(), {
        authorization: `Bearer ${token}`,
      });
      expect(result.errors?.[0]?.message).toContain("the token's role claim names no role");
    });

    it('refuses a token without exp or iat, and one issued longer ago than JWT_MAX_AGE_S', async () => {
      const bare = (jwt: SignJWT) =>
        jwt.setIssuer(issuer).setAudience(audience).setSubject('frank');
      const forever = await new SignJWT({ role: 'curator' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuedAt()
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject('frank')
        .sign(privateKey);
      const refused = async (token: string) =>
        (await server.query(ADD_SOURCE, newSource(), { authorization: `Bearer ${token}` }))
          .errors?.[0]?.message;
      // A leaked token that never expires would work for ever.
      expect(await refused(forever)).toContain('token rejected (ERR_JWT_CLAIM_VALIDATION_FAILED)');
      const noIat = await bare(
        new SignJWT({ role: 'curator' })
          .setProtectedHeader({ alg: 'ES256' })
          .setExpirationTime('5m'),
      ).sign(privateKey);
      expect(await refused(noIat)).toContain('token rejected (ERR_JWT_CLAIM_VALIDATION_FAILED)');
      // Issued two hours ago, valid for a day: past the default maximum age of an hour.
      const now = Math.floor(Date.now() / 1000);
      const old = await bare(
        new SignJWT({ role: 'curator' })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuedAt(now - 7200)
          .setExpirationTime(now + 86_400),
      ).sign(privateKey);
      expect(await refused(old)).toContain('token rejected (ERR_JWT_EXPIRED)');
      const fresh = await bare(
        new SignJWT({ role: 'curator' })
          .setProtectedHeader({ alg: 'ES256' })
          .setIssuedAt(now - 60)
          .setExpirationTime(now + 86_400),
      ).sign(privateKey);
      expect(await refused(fresh)).toBeUndefined();
    });
  });

  it('refuses a JWT key without the issuer and audience it accepts, at start-up', async () => {
    const { publicKey } = await generateKeyPair('ES256');
    const { JWT_PUBLIC_KEY } = await jwtEnv(publicKey);
    expect(() => loadConfig({ JWT_PUBLIC_KEY })).toThrow(/needs JWT_ISSUER and JWT_AUDIENCE/);
    expect(() => loadConfig({ JWT_PUBLIC_KEY, JWT_ISSUER: issuer })).toThrow(
      /needs JWT_ISSUER and JWT_AUDIENCE/,
    );
    expect(() => loadConfig({ JWT_PUBLIC_KEY, JWT_AUDIENCE: audience })).toThrow(
      /needs JWT_ISSUER and JWT_AUDIENCE/,
    );
  });
});
