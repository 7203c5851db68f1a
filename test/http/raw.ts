// Raw HTTP requests for the hardening tests: any body, any headers, and a check that no internals leak.
import { expect } from 'vitest';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json:
    | {
        data?: Record<string, unknown> | null;
        errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
        code?: string;
        [key: string]: unknown;
      }
    | undefined;
}

export interface RawRequest {
  method?: 'GET' | 'POST' | 'OPTIONS';
  path?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

export async function send(baseUrl: string, request: RawRequest): Promise<RawResponse> {
  const response = await fetch(`${baseUrl}${request.path ?? '/graphql'}`, {
    method: request.method ?? 'POST',
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export const jsonHeaders = { 'content-type': 'application/json' };

/** A JSON POST body for a GraphQL operation. */
export function operation(query: string, variables?: Record<string, unknown>): RawRequest {
  return { headers: jsonHeaders, body: JSON.stringify({ query, variables }) };
}

/** No stack trace, source path, driver name or dependency path in what a client sees. */
export function expectNoInternals(response: RawResponse): void {
  expect(response.status).toBeLessThan(500);
  expect(response.text).not.toMatch(
    /stacktrace|\n\s+at |\bat .+\.[jt]s:\d+|node_modules|\/work\//i,
  );
  expect(response.text).not.toMatch(/Neo4jError|ECONNREFUSED|bolt:\/\//);
}

/** The `extensions.code` of every GraphQL error, or Fastify's `code` for refusals made before GraphQL. */
export function codesOf(response: RawResponse): string[] {
  if (response.json?.errors) return response.json.errors.map((e) => String(e.extensions?.code));
  return response.json?.code ? [response.json.code] : [];
}
