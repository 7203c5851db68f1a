// Starts the real server on an ephemeral loopback port and talks to it over HTTP, as a client would.
import { countingBackend, type CountingBackend } from './CountingBackend.js';
import type { GraphBackend } from '../../src/graph/port.js';
import { loadConfig } from '../../src/config.js';
import { createServer, type Server } from '../../src/server.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestServer {
  url: string;
  backend: CountingBackend;
  server: Server;
  /** POSTs a GraphQL operation and returns the parsed JSON body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** POSTs a GraphQL operation and returns the status and the body as sent. */
  post(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<RawAnswer>;
  stop(): Promise<void>;
}

export interface RawAnswer {
  status: number;
  body: string;
}

export async function startTestServer(
  backend: GraphBackend,
  env: Record<string, string> = {},
  options: { explorerDir?: string } = {},
): Promise<TestServer> {
  const counting = countingBackend(backend);
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', ...env });
  const server = await createServer({ config, backend: counting, ...options });
  const address = await server.app.listen({ host: '127.0.0.1', port: 0 });
  const post = async (
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(`${address}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.text() };
  };
  return {
    url: address,
    backend: counting,
    server,
    async query(query, variables, headers) {
      return JSON.parse((await post(query, variables, headers)).body) as GraphQLResponse<never>;
    },
    post,
    stop: () => server.close(),
  };
}
