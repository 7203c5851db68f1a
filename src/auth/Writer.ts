// The writer identity: who a verified credential names, as revisions, logs and budgets see it.
import type { Role } from './roles.js';

export interface Writer {
  /**
   * Names the writer in revisions (public) and logs: a static key's name (`key:<name>`, or
   * `key:<role>` for an unnamed key), or a JWT's subject. Never derived from a secret.
   */
  keyId: string;
  /**
   * Tells clients apart for budgets, never published: `key:` and a prefix of the secret's
   * SHA-256 for a static key (two unnamed keys of one role are two clients), the keyId for a JWT.
   */
  clientId: string;
  role: Role;
  /** When the credential stops being valid (a JWT's exp, in ms); null for a static key. */
  expiresAt: number | null;
}

/** What a request's Authorization header says: a writer, no credentials, or credentials that do not verify. */
export type Identity = Writer | { problem: 'missing' | 'invalid'; detail: string };
