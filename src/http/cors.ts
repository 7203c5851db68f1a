// CORS (@fastify/cors): which other origins' pages may call the API from a browser.
import fastifyCors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

/**
 * '*' suits this API: its data is public and it uses no cookies, so no credentials are ever sent
 * cross-origin. An empty list sends no CORS headers, so browsers keep pages to the same origin.
 */
export async function cors(app: FastifyInstance, origins: '*' | string[]): Promise<void> {
  if (origins !== '*' && origins.length === 0) return;
  await app.register(fastifyCors, {
    origin: origins === '*' ? '*' : origins,
    methods: ['GET', 'POST', 'OPTIONS'],
    // Apollo's CSRF prevention asks browsers for one of its headers on GET and simple POSTs.
    allowedHeaders: [
      'content-type',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
