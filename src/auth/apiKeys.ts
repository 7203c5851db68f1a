// Static API keys: read from API_KEYS (role:secret pairs, hashed at once) and API_KEYS_FILE (role:sha256 lines), each with its role and public name.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError, entriesOf } from '../configValues.js';
import type { JwtSettings } from './jwt.js';
import { isRole, roles, type Role } from './roles.js';

/** An operator's key: its role, the SHA-256 of its secret (the secret itself is never kept) and its public name. */
export interface ApiKey {
  role: Role;
  /** Hex SHA-256 of the secret. */
  sha256: string;
  /** The name revisions and logs show for it (`role@name:…`); null: shown by its role alone. */
  name: string | null;
}

/** What the Authenticator checks bearer tokens against: static keys and JWTs signed by the configured key. */
export interface Credentials {
  keys: ApiKey[];
  jwt: JwtSettings | null;
}

const hex64 = /^[0-9a-f]{64}$/;

function roleOf(value: string, where: string): Role {
  if (isRole(value)) return value;
  throw new ConfigError(
    `Invalid configuration: ${where}: role must be one of ${roles.join(', ')}, got "${value}"`,
  );
}

const keyName = /^[a-z0-9][a-z0-9._-]{0,39}$/;

/** `role` or `role@name` (the part before a key's first colon): the role and the key's public name. */
function roleAndName(value: string, where: string): { role: Role; name: string | null } {
  const at = value.indexOf('@');
  if (at === -1) return { role: roleOf(value, where), name: null };
  const name = value.slice(at + 1);
  if (!keyName.test(name)) {
    throw new ConfigError(
      `Invalid configuration: ${where}: a key's name is 1-40 lower-case letters, digits, dots, hyphens or underscores, got "${name}"`,
    );
  }
  return { role: roleOf(value.slice(0, at), where), name };
}

/** `role:secret` or `role@name:secret` pairs (API_KEYS); the secrets are hashed at once and never kept. */
export function keysFromPairs(value: string): (ApiKey & { where: string })[] {
  return entriesOf(value, ',').map(({ text: pair }, i) => {
    const colon = pair.indexOf(':');
    const secret = colon === -1 ? '' : pair.slice(colon + 1);
    if (secret.length < 16) {
      throw new ConfigError(
        `Invalid configuration: API_KEYS entry ${i + 1}: expected role:secret (or role@name:secret) with a secret of at least 16 characters`,
      );
    }
    const where = `API_KEYS entry ${i + 1}`;
    const sha256 = createHash('sha256').update(secret).digest('hex');
    return { ...roleAndName(pair.slice(0, colon), where), sha256, where };
  });
}

/** API_KEYS_FILE: one `role:sha256-of-secret` per line; blank lines and `#` comments ignored. */
export function keysFromFile(file: string): (ApiKey & { where: string })[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Invalid configuration: API_KEYS_FILE: cannot read ${file} (${(error as Error).message})`,
    );
  }
  return entriesOf(text, '\n')
    .filter(({ text: line }) => !line.startsWith('#'))
    .map(({ text: line, position: number }) => {
      const [role = '', hash = ''] = line.split(':');
      if (!hex64.test(hash.toLowerCase())) {
        throw new ConfigError(
          `Invalid configuration: API_KEYS_FILE line ${number}: expected role:<64 hex digits of SHA-256> (or role@name:…)`,
        );
      }
      const where = `API_KEYS_FILE line ${number}`;
      return { ...roleAndName(role, where), sha256: hash.toLowerCase(), where };
    });
}

/**
 * The keys, refused when one secret is given twice: its two roles would be ambiguous (the first
 * would win silently) and its two entries would share one key id in the revision log.
 */
export function distinctKeys(keys: (ApiKey & { where: string })[]): ApiKey[] {
  const seen = new Map<string, string>();
  for (const key of keys) {
    const first = seen.get(key.sha256);
    if (first !== undefined) {
      throw new ConfigError(
        `Invalid configuration: ${key.where} repeats the secret of ${first}; give each writer one key`,
      );
    }
    seen.set(key.sha256, key.where);
  }
  return keys.map(({ role, sha256, name }) => ({ role, sha256, name }));
}
