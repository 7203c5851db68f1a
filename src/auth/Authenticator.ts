// Who is writing: a bearer token checked against the operator's API keys (by SHA-256) or verified as a JWT (jose), giving a key id and a role.
import { createHash, createPublicKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { errors as joseErrors, jwtVerify } from 'jose';
import type { ApiKey, Credentials } from './apiKeys.js';
import { roles, type Role } from './roles.js';
import type { Identity } from './Writer.js';

/** The private client id of a static key: a prefix of its hash, kept out of every answer. */
export function clientIdOf(sha256: string): string {
  return `key:${sha256.slice(0, 12)}`;
}

/** The public id of a static key: its name, or its role when the operator gave it none. */
export function keyIdOf(key: Pick<ApiKey, 'role' | 'name'>): string {
  return `key:${key.name ?? key.role}`;
}

/** The JWS algorithms a public key of this type verifies (none of the symmetric ones). */
function algorithmsFor(key: KeyObject): string[] {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      // A plain RSA key verifies both paddings: identity providers sign RS* or PS* with one key.
      return ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
    case 'rsa-pss':
      return ['PS256', 'PS384', 'PS512'];
    case 'ec':
      return ['ES256', 'ES384', 'ES512'];
    case 'ed25519':
    case 'ed448':
      return ['EdDSA'];
    default:
      throw new Error(`JWT_PUBLIC_KEY: unsupported key type ${key.asymmetricKeyType}`);
  }
}

export class Authenticator {
  private readonly keys: { key: ApiKey; hash: Buffer }[];
  private readonly jwtKey: KeyObject | null;
  private readonly algorithms: string[];
  /** Each request's identity, checked once whoever asks first (the client budget, then the writes). */
  private readonly identities = new WeakMap<FastifyRequest, Promise<Identity>>();

  constructor(private readonly settings: Credentials) {
    this.keys = settings.keys.map((key: ApiKey) => ({ key, hash: Buffer.from(key.sha256, 'hex') }));
    this.jwtKey = settings.jwt ? createPublicKey(settings.jwt.publicKey) : null;
    this.algorithms = this.jwtKey ? algorithmsFor(this.jwtKey) : [];
  }

  /** The identity of a request's Authorization header, checked once per request. */
  identityOf(request: FastifyRequest): Promise<Identity> {
    let identity = this.identities.get(request);
    if (identity === undefined) {
      identity = this.identify(request.headers.authorization);
      this.identities.set(request, identity);
    }
    return identity;
  }

  async identify(header: string | undefined): Promise<Identity> {
    if (header === undefined || header.trim() === '') {
      return { problem: 'missing', detail: 'send Authorization: Bearer <token>' };
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) return { problem: 'invalid', detail: 'expected Authorization: Bearer <token>' };
    const token = match[1]!;
    // A JWT has three dot-separated parts; a static secret is checked by its hash.
    if (this.jwtKey && token.split('.').length === 3) return this.verifyJwt(token);
    return this.staticKey(token);
  }

  private staticKey(token: string): Identity {
    const hash = createHash('sha256').update(token).digest();
    // Compared in constant time against every key, so timing says nothing about which matched.
    let found: ApiKey | null = null;
    for (const { key, hash: known } of this.keys) {
      if (timingSafeEqual(hash, known) && found === null) found = key;
    }
    if (found === null) return { problem: 'invalid', detail: 'unknown API key' };
    return {
      keyId: keyIdOf(found),
      clientId: clientIdOf(found.sha256),
      role: found.role,
      expiresAt: null,
    };
  }

  private async verifyJwt(token: string): Promise<Identity> {
    const jwt = this.settings.jwt!;
    try {
      // exp and iat are required: a token that never expires, or was issued too long ago, is
      // refused, so a leaked token stops working on its own.
      const { payload } = await jwtVerify(token, this.jwtKey!, {
        algorithms: this.algorithms,
        issuer: jwt.issuer,
        audience: jwt.audience,
        requiredClaims: ['exp', 'iat'],
        maxTokenAge: jwt.maxAgeSeconds,
      });
      const role = payload[jwt.roleClaim];
      if (typeof role !== 'string' || !(roles as readonly string[]).includes(role)) {
        return { problem: 'invalid', detail: `the token's ${jwt.roleClaim} claim names no role` };
      }
      if (typeof payload.sub !== 'string' || payload.sub.length === 0) {
        return { problem: 'invalid', detail: 'the token has no subject (sub)' };
      }
      const keyId = `jwt:${payload.sub.slice(0, 64)}`;
      // The earlier of exp and iat + the maximum age: when the token stops verifying.
      const expiresAt = Math.min(payload.exp! * 1000, (payload.iat! + jwt.maxAgeSeconds) * 1000);
      return { keyId, clientId: keyId, role: role as Role, expiresAt };
    } catch (error) {
      const detail =
        error instanceof joseErrors.JOSEError ? `token rejected (${error.code})` : 'token rejected';
      return { problem: 'invalid', detail };
    }
  }
}
