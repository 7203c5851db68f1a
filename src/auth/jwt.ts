// The JWT settings the server verifies tokens by, and the public key read from the environment.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../configValues.js';

export interface JwtSettings {
  publicKey: string;
  /** Required: a token another issuer signed with the same key is refused. */
  issuer: string;
  /** Required: a token the issuer minted for another application is refused. */
  audience: string;
  roleClaim: string;
  /** Seconds since a token's iat after which it is refused (tokens must carry exp and iat). */
  maxAgeSeconds: number;
}

/** A PEM key given inline (\n escapes allowed, for env files) or as the path of a PEM file. */
export function pemFrom(value: string): string {
  const inline = value.replaceAll('\\n', '\n');
  if (inline.includes('-----BEGIN')) return inline;
  try {
    return readFileSync(value, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration: JWT_PUBLIC_KEY: neither a PEM key nor a readable file (${(error as Error).message})`,
    );
  }
}
