// Whole responses of the read path, served again without executing while the data version is unchanged: an LRU by bytes, ETag/304 and Cache-Control on GET.
import type { ApolloServerPlugin } from '@apollo/server';
import type {
  FastifyReply,
  FastifyRequest,
  onSendHookHandler,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ResponseCacheSettings } from '../config.js';
import type { GraphBackend } from '../graph/port.js';
import { DataVersionWatch } from './dataVersionWatch.js';
import type { Metrics } from './metrics.js';

/** A response Apollo gave without errors, and what a repeat of its request is charged and logged as. */
interface Entry {
  /** As bytes: a hit is sent without encoding or measuring the text again. */
  body: Buffer;
  /** The operation's cost, charged to the client's budget on every hit as on every execution. */
  cost: number | null;
  operation: string | null;
  etag: string;
}

/** What a request to /graphql is cached under (null when it is not a cacheable request). */
interface Pending {
  key: string;
  /** Set by the Apollo plugin when the answer may be cached (a query answered without errors). */
  cacheable: boolean;
  operation: string | null;
  cost: number | null;
}

/** Called on a hit: charge the cost (false: the budget is spent, let Apollo refuse it) and log. */
export interface HitObserver {
  admit(request: FastifyRequest, cost: number): Promise<boolean>;
  served(request: FastifyRequest, operation: string | null, cost: number | null): void;
}

const pendingKey = Symbol('responseCachePending');

/** Distinct Accept headers remembered with the content type Apollo answered them with. */
const maxAcceptValues = 64;
/** Query texts remembered with their SHA-256 (the key APQ requests use too). */
const maxHashedQueries = 1000;
/** Counted per entry on top of its body and key: the entry object and the map's bookkeeping. */
const entryOverheadBytes = 200;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of a GraphQL request that decide its answer, as Apollo reads them; null if unusual. */
interface RequestParts {
  query: string | undefined;
  operationName: string | undefined;
  variables: Json | undefined;
  extensions: Json | undefined;
}

function postParts(body: unknown): RequestParts | null {
  if (!isRecord(body)) return null;
  const { query, operationName, variables, extensions } = body;
  if (query !== undefined && typeof query !== 'string') return null;
  if (operationName != null && typeof operationName !== 'string') return null;
  if (variables != null && !isRecord(variables)) return null;
  if (extensions != null && !isRecord(extensions)) return null;
  return {
    query,
    operationName: operationName ?? undefined,
    variables: variables ?? undefined,
    extensions: extensions ?? undefined,
  };
}

function jsonRecord(text: unknown): Json | undefined | null {
  if (text === undefined) return undefined;
  if (typeof text !== 'string') return null;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function getParts(search: unknown): RequestParts | null {
  if (!isRecord(search)) return null;
  const { query, operationName } = search;
  if (query !== undefined && typeof query !== 'string') return null;
  if (operationName !== undefined && typeof operationName !== 'string') return null;
  const variables = jsonRecord(search.variables);
  const extensions = jsonRecord(search.extensions);
  if (variables === null || extensions === null) return null;
  return { query, operationName, variables, extensions };
}

/**
 * Apollo's CSRF prevention lets a GET through with a non-simple content type or a preflight
 * header; a POST with a parsed JSON body always had a JSON content type. A request Apollo would
 * refuse is never a hit: it goes on to Apollo, which refuses it.
 */
function passesCsrf(request: FastifyRequest): boolean {
  if (request.method === 'POST') return true;
  const contentType = request.headers['content-type'];
  if (contentType !== undefined) {
    return contentType.split(';')[0]!.trim().toLowerCase() === 'application/json';
  }
  const preflight = (name: string) => {
    const value = request.headers[name];
    return typeof value === 'string' && value.length > 0;
  };
  return preflight('apollo-require-preflight') || preflight('x-apollo-operation-name');
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .some((tag) => tag.trim() === etag || tag.trim() === `W/${etag}` || tag.trim() === '*');
}

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly version: DataVersionWatch;
  private readonly pending = new WeakMap<FastifyRequest, Pending>();
  private readonly hashes = new LRUCache<string, string>({ max: maxHashedQueries });
  /** Accept header -> the content type Apollo chose for it, learnt from Apollo's own answers. */
  private readonly contentTypes = new Map<string, string>();
  private readonly cacheControl: string;

  constructor(
    private readonly settings: ResponseCacheSettings,
    backend: Pick<GraphBackend, 'dataVersion'>,
    private readonly metrics: Metrics | null,
    private readonly observer: HitObserver,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: settings.maxBytes,
      sizeCalculation: (entry, key) =>
        Math.max(1, entry.body.length + key.length * 2 + entryOverheadBytes),
      dispose: (_entry, _key, reason) => {
        if (reason === 'evict') metrics?.cache('evicted');
      },
    });
    this.version = new DataVersionWatch(backend, settings.versionCheckMs, (previous) => {
      // Entries of an older version can never be served again: free their memory at once.
      if (previous !== null && this.entries.size > 0) {
        metrics?.cache('invalidated', this.entries.size);
        this.entries.clear();
      }
    });
    this.cacheControl = `public, max-age=${settings.maxAgeSeconds}`;
    metrics?.gauge(
      'response_cache_bytes',
      'Bytes held by the response cache.',
      () => this.entries.calculatedSize,
    );
    metrics?.gauge(
      'response_cache_entries',
      'Responses held by the response cache.',
      () => this.entries.size,
    );
  }

  start(): Promise<void> {
    return this.version.start();
  }

  stop(): void {
    this.version.stop();
  }

  /** After a write of this process: the new version is read at once, so no older answer is served again. */
  refresh(): Promise<void> {
    return this.version.refresh();
  }

  private hashOf(query: string): string {
    let hash = this.hashes.get(query);
    if (hash === undefined) {
      hash = createHash('sha256').update(query).digest('hex');
      this.hashes.set(query, hash);
    }
    return hash;
  }

  /** The cache key of a request, or null when it is not one a cached answer may serve. */
  private keyOf(request: FastifyRequest, version: string): string | null {
    const parts =
      request.method === 'POST'
        ? postParts(request.body)
        : request.method === 'GET'
          ? getParts(request.query)
          : null;
    if (!parts) return null;
    const persisted = parts.extensions?.persistedQuery;
    let hash: string;
    if (persisted !== undefined) {
      // Automatic persisted queries: the query's SHA-256 is the key Apollo uses too.
      if (!isRecord(persisted) || persisted.version !== 1) return null;
      if (typeof persisted.sha256Hash !== 'string') return null;
      hash = persisted.sha256Hash;
      if (parts.query !== undefined && this.hashOf(parts.query) !== hash) return null;
    } else {
      if (parts.query === undefined) return null;
      hash = this.hashOf(parts.query);
    }
    const variables =
      parts.variables && Object.keys(parts.variables).length > 0
        ? JSON.stringify(parts.variables)
        : '';
    return `${version}\n${hash}\n${parts.operationName ?? ''}\n${variables}`;
  }

  /** Route hook: answers a repeated request from the cache, or notes its key for onSend. */
  readonly preHandler: preHandlerAsyncHookHandler = async (request, reply) => {
    const version = this.version.current;
    if (version === null) return;
    const key = this.keyOf(request, version);
    if (key === null) return;
    this.pending.set(request, { key, cacheable: false, operation: null, cost: null });
    const entry = this.entries.get(key);
    // Apollo answers what the cache cannot: its content type for this Accept is learnt from it.
    const contentType = this.contentTypes.get(request.headers.accept ?? '');
    if (!entry || contentType === undefined || !passesCsrf(request)) {
      this.metrics?.cache('miss');
      return;
    }
    if (entry.cost !== null && !(await this.observer.admit(request, entry.cost))) return;
    this.pending.delete(request);
    this.metrics?.cache('hit');
    this.observer.served(request, entry.operation, entry.cost);
    if (request.method === 'GET') {
      this.cachingHeaders(reply, entry.etag);
      if (matchesEtag(request.headers['if-none-match'], entry.etag)) {
        return reply.code(304).send();
      }
    }
    return reply.code(200).header('content-type', contentType).send(entry.body);
  };

  /** Route hook: keeps a cacheable answer, and gives GET answers their ETag and Cache-Control. */
  readonly onSend: onSendHookHandler<unknown> = (request, reply, payload, done) => {
    const pending = this.pending.get(request);
    if (!pending?.cacheable || reply.statusCode !== 200 || typeof payload !== 'string') {
      return done(null, payload);
    }
    this.pending.delete(request);
    this.learnContentType(request, reply);
    const entry: Entry = {
      body: Buffer.from(payload),
      cost: pending.cost,
      operation: pending.operation,
      etag: etagOf(payload),
    };
    // An answer computed while the data changed is not kept under the new version.
    if (pending.key.startsWith(`${this.version.current}\n`)) this.entries.set(pending.key, entry);
    if (request.method === 'GET') this.cachingHeaders(reply, entry.etag);
    done(null, payload);
  };

  /** For browsers and CDNs: how long, which version, and that the content type follows Accept. */
  private cachingHeaders(reply: FastifyReply, etag: string): void {
    const vary = reply.getHeader('vary');
    void reply
      .header('cache-control', this.cacheControl)
      .header('etag', etag)
      .header('vary', typeof vary === 'string' && vary !== '' ? `${vary}, Accept` : 'Accept');
  }

  private learnContentType(request: FastifyRequest, reply: FastifyReply): void {
    const accept = request.headers.accept ?? '';
    if (this.contentTypes.has(accept) || this.contentTypes.size >= maxAcceptValues) return;
    const contentType = reply.getHeader('content-type');
    if (typeof contentType === 'string') this.contentTypes.set(accept, contentType);
  }

  /** Links the GraphQL context of a request to its pending entry; called by the context function. */
  attach(request: FastifyRequest, contextValue: object): void {
    const pending = this.pending.get(request);
    if (pending) (contextValue as { [pendingKey]?: Pending })[pendingKey] = pending;
  }

  /** The cost the operation limits computed, charged again on every hit. */
  recordCost(contextValue: object, cost: number): void {
    const pending = (contextValue as { [pendingKey]?: Pending })[pendingKey];
    if (pending) pending.cost = cost;
  }

  /** Apollo plugin: marks answers that may be cached, a query answered without any error. */
  plugin(): ApolloServerPlugin {
    return {
      async requestDidStart({ contextValue }) {
        const pending = (contextValue as { [pendingKey]?: Pending })[pendingKey];
        if (!pending) return;
        return {
          async willSendResponse({ response, operation, operationName }) {
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            if (operation?.operation !== 'query') return;
            if ((response.http.status ?? 200) !== 200) return;
            pending.cacheable = true;
            pending.operation = operationName ?? '(anonymous)';
          },
        };
      },
    };
  }
}
