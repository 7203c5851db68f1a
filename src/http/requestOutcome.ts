// How one HTTP request ended, as logs and metrics label it: ok, rejected (the client's fault) or error (ours).
import { ErrorCode } from '../graphql/errorCode.js';
export interface RequestOutcome {
  /** The GraphQL operation name, "(anonymous)", or "-" when none was resolved. */
  operation: string;
  outcome: 'ok' | 'rejected' | 'error';
  /** OK, the deciding extensions.code, or HTTP_<status> for a refusal with no GraphQL error. */
  code: string;
}

/** Codes that mean the server, not the request, failed. */
const serverSide = new Set<string>([
  ErrorCode.INTERNAL_SERVER_ERROR,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.DEADLINE_EXCEEDED,
]);

/** Codes become metric labels: anything not shaped like a code is folded into one value. */
const codeShape = /^[A-Z][A-Z0-9_]{0,63}$/;

export function classify(
  status: number,
  codes: readonly string[],
  operation: string | null,
): RequestOutcome {
  const name = operation ?? '-';
  if (codes.length === 0) {
    if (status < 400) return { operation: name, outcome: 'ok', code: 'OK' };
    return {
      operation: name,
      outcome: status >= 500 ? 'error' : 'rejected',
      code: `HTTP_${status}`,
    };
  }
  const deciding = codes.find((c) => serverSide.has(c)) ?? codes[0]!;
  const code = codeShape.test(deciding) ? deciding : 'OTHER';
  const outcome = serverSide.has(code) || status >= 500 ? 'error' : 'rejected';
  return { operation: name, outcome, code };
}

/** GraphQL names only, bounded: an operation name from a client must not flood logs or labels. */
const nameShape = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export function operationName(name: string | null | undefined): string | null {
  return name && nameShape.test(name) ? name : null;
}
