// The WebSocket surface (graphql-ws at /graphql) behind the same gate as HTTP: validation rules, operation cost and the client's budget, plus what only a socket needs (caps per socket and per client, a bounded queue per subscriber, init and idle timeouts, a token's expiry).
import { ErrorCode } from '../graphql/errorCode.js';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { Context as SocketContext } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { SubscriptionLimits } from '../config.js';
import { FellBehindError } from '../curation/changeFeed.js';
import { addressKey, clientAddressOf, type TrustProxy } from './clientAddress.js';
import type { OperationCost } from '../graphql/plugins/operationLimits.js';
import { ClientBudgets, RateLimitedError } from './rateLimit.js';
import type { Authenticator } from '../auth/Authenticator.js';

/** Why the server closes a socket, beside graphql-ws's own codes (4400, 4403 Forbidden, 4408 init timeout …). */
export const socketCloseCodes = {
  /** No subscription ran on the socket for WS_IDLE_TIMEOUT_MS. */
  idle: 4410,
  /** The connection's token expired (or passed JWT_MAX_AGE_S): connect again with a fresh one. */
  tokenExpired: 4403,
  /** A subscriber left more than SUBSCRIPTION_QUEUE_LIMIT revisions unread. */
  fellBehind: 4509,
} as const;

export interface SubscriptionGateOptions {
  server: HttpServer;
  schema: GraphQLSchema;
  limits: SubscriptionLimits;
  /** The HTTP body limit, which every WebSocket message is held to. */
  maxMessageBytes: number;
  /** The HTTP token limit, which every subscription document is held to. */
  maxTokens: number;
  /** The rules Apollo runs beside graphql-js's own (depth, aliases, directives …). */
  validationRules: readonly ValidationRule[];
  cost: OperationCost;
  /** The clients' budgets shared with HTTP; null when the budget is off. */
  budgets: ClientBudgets | null;
  /** What a request costs on arrival; a socket's upgrade pays it. */
  requestCost: number;
  authenticator: Authenticator;
  trust: TrustProxy;
  production: boolean;
  /** The same error formatting as HTTP (codes, masking in production). */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** A fresh context for one subscription. */
  context: () => object;
  onRefusal?: (reason: 'rate_limited' | 'connection_limit') => void;
}

/** What the gate knows of one socket. */
interface SocketState {
  /** Counts the socket against its address's cap. */
  address: string;
  /** Charged for its operations: the token's client id, else the address key. */
  client: string;
  /** graphql-ws's context, once the socket sent connection_init. */
  protocol: SocketContext<Record<string, unknown>, Extra> | null;
  lastBusy: number;
  expiry: NodeJS.Timeout | null;
}

/** A subscription's charge per event, by its context value. */
interface Charge {
  client: string;
  cost: number;
  socket: WebSocket;
}

/** setTimeout's longest delay; a token valid for longer is checked again then. */
const maxTimerMs = 2 ** 31 - 1;

export function serveSubscriptions(options: SubscriptionGateOptions): {
  close(): Promise<void>;
} {
  const { limits, budgets } = options;
  const sockets = new Map<WebSocket, SocketState>();
  const perAddress = new Map<string, number>();
  /** Upgrade requests that passed the gate, with the client each was charged to. */
  const admitted = new WeakMap<IncomingMessage, { address: string; client: string }>();
  const charges = new WeakMap<object, Charge>();
  const rules = [...specifiedRules, ...options.validationRules];

  /** A token in connection_init's payload or the upgrade's Authorization header. */
  const authorizationOf = (state: SocketContext<Record<string, unknown>, Extra>) => {
    const given = state.connectionParams?.authorization ?? state.connectionParams?.Authorization;
    return typeof given === 'string' ? given : state.extra.request.headers.authorization;
  };

  const chargeOf = async (client: string, cost: number): Promise<RateLimitedError | null> => {
    const retryAfter = budgets ? await budgets.charge(client, cost) : null;
    if (retryAfter === null) return null;
    options.onRefusal?.('rate_limited');
    return new RateLimitedError(retryAfter);
  };

  const wsServer = new WebSocketServer({
    server: options.server,
    path: '/graphql',
    maxPayload: options.maxMessageBytes,
    // Refused before the upgrade, with a status a client understands: too many sockets from
    // this client, or its budget spent (the upgrade is a request and pays the request cost).
    verifyClient: (info, done) => {
      const address = addressKey(clientAddressOf(info.req, options.trust));
      if ((perAddress.get(address) ?? 0) >= limits.socketsPerClient) {
        options.onRefusal?.('connection_limit');
        return done(false, 429, `At most ${limits.socketsPerClient} sockets per client`);
      }
      void (async () => {
        const header = info.req.headers.authorization;
        const who = header === undefined ? null : await options.authenticator.identify(header);
        const client = who && 'clientId' in who ? who.clientId : address;
        const refusal = await chargeOf(client, options.requestCost);
        if (refusal) {
          return done(false, 429, refusal.message, {
            'retry-after': String(refusal.retryAfterSeconds),
          });
        }
        admitted.set(info.req, { address, client });
        done(true);
      })().catch(() => done(false, 500));
    },
  });

  wsServer.on('connection', (socket, request) => {
    const { address, client } = admitted.get(request) ?? { address: '', client: '' };
    perAddress.set(address, (perAddress.get(address) ?? 0) + 1);
    const state: SocketState = {
      address,
      client,
      protocol: null,
      lastBusy: Date.now(),
      expiry: null,
    };
    sockets.set(socket, state);
    socket.once('close', () => {
      sockets.delete(socket);
      if (state.expiry) clearTimeout(state.expiry);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left === 0) perAddress.delete(address);
      else perAddress.set(address, left);
    });
  });

  // Idle sockets close: one that runs no subscription holds a connection for nothing.
  const sweep = setInterval(
    () => {
      const now = Date.now();
      for (const [socket, state] of sockets) {
        const busy = state.protocol && Object.keys(state.protocol.subscriptions).length > 0;
        if (busy) state.lastBusy = now;
        else if (now - state.lastBusy >= limits.idleTimeoutMs) {
          socket.close(socketCloseCodes.idle, 'Idle: no subscription ran');
        }
      }
    },
    Math.max(20, Math.min(1000, Math.floor(limits.idleTimeoutMs / 4))),
  );
  sweep.unref();

  /** Closes the socket when its token stops verifying (checked again then, not trusted to). */
  const expireAt = (socket: WebSocket, state: SocketState, header: string, at: number) => {
    state.expiry = setTimeout(
      () => {
        void options.authenticator.identify(header).then((who) => {
          if ('problem' in who || who.expiresAt === null || who.expiresAt <= Date.now()) {
            socket.close(
              socketCloseCodes.tokenExpired,
              'The token expired; connect with a new one',
            );
          } else {
            expireAt(socket, state, header, who.expiresAt);
          }
        });
      },
      Math.min(maxTimerMs, Math.max(0, at - Date.now())),
    );
    state.expiry.unref();
  };

  const refuse = (error: GraphQLError) => [error];

  const formatted = (errors: readonly GraphQLError[]) =>
    errors.map((error) => options.formatError(error.toJSON(), error));

  const handle = useServer<Record<string, unknown>, Record<string, never>>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: limits.initTimeoutMs,
      isProd: options.production,
      onConnect: async (ctx) => {
        const socket = ctx.extra.socket;
        const state = sockets.get(socket);
        if (!state) return false;
        state.protocol = ctx;
        state.lastBusy = Date.now();
        const header = authorizationOf(ctx);
        if (header === undefined) return true;
        // A token given is checked: a bad one is refused (4403), a good one names the client.
        const who = await options.authenticator.identify(header);
        if ('problem' in who) return false;
        state.client = who.clientId;
        if (who.expiresAt !== null) expireAt(socket, state, header, who.expiresAt);
        return true;
      },
      onSubscribe: async (ctx, _id, payload) => {
        const socket = ctx.extra.socket;
        const state = sockets.get(socket);
        if (!state) return refuse(new GraphQLError('The socket is closing.'));
        // The new subscription is already counted in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > limits.perSocket) {
          return refuse(
            new GraphQLError(
              `At most ${limits.perSocket} subscriptions run at once on one socket; complete one first.`,
              { extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS } },
            ),
          );
        }
        let document;
        try {
          document = parse(payload.query, { maxTokens: options.maxTokens });
        } catch (error) {
          return refuse(
            error instanceof GraphQLError ? error : new GraphQLError('Invalid document'),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return refuse(
            new GraphQLError(
              'Only subscriptions run over WebSocket; send queries and mutations over HTTP.',
              { extensions: { code: ErrorCode.BAD_REQUEST } },
            ),
          );
        }
        const errors = validate(options.schema, document, rules);
        if (errors.length > 0) return [...errors];
        let cost: number | null;
        try {
          cost = options.cost.of({
            schema: options.schema,
            document,
            operationName: payload.operationName,
            variables: payload.variables,
          });
          if (cost !== null) options.cost.check(cost);
        } catch (error) {
          return refuse(error as GraphQLError);
        }
        // Subscribing is charged the operation's cost, and so is every event delivered.
        const eventCost = cost ?? 1;
        const refusal = await chargeOf(state.client, eventCost);
        if (refusal) return refuse(refusal);
        const contextValue = options.context();
        charges.set(contextValue, { client: state.client, cost: eventCost, socket });
        state.lastBusy = Date.now();
        return {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      subscribe: async (args) => {
        const result = await subscribe(args);
        const charge = charges.get(args.contextValue as object);
        if (!charge || !(Symbol.asyncIterator in result)) return result;
        return gated(result, charge);
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: formatted(result.errors) } : undefined,
      onError: (_ctx, _id, _payload, errors) => formatted(errors),
    },
    wsServer,
    limits.keepAliveMs,
  );

  /**
   * The events of one subscription, each charged to its client before it is sent: a spent budget
   * ends the subscription with RATE_LIMITED; a subscriber that fell behind closes its socket.
   */
  function gated(
    source: AsyncGenerator<ExecutionResult> | AsyncIterableIterator<ExecutionResult>,
    charge: Charge,
  ): AsyncGenerator<ExecutionResult> {
    let ended = false;
    const end = () => {
      ended = true;
      return source.return?.(undefined) ?? Promise.resolve({ value: undefined, done: true });
    };
    const iterator: AsyncGenerator<ExecutionResult> = {
      async next() {
        if (ended) return { value: undefined, done: true };
        let step: IteratorResult<ExecutionResult>;
        try {
          step = await source.next();
        } catch (error) {
          if (!(error instanceof FellBehindError)) throw error;
          charge.socket.close(socketCloseCodes.fellBehind, 'Subscriber fell behind');
          ended = true;
          return { value: undefined, done: true };
        }
        if (step.done) return step;
        const refusal = await chargeOf(charge.client, charge.cost);
        if (refusal) {
          await end();
          return { value: { errors: [refusal] }, done: false };
        }
        return step;
      },
      async return() {
        await end();
        return { value: undefined, done: true };
      },
      async throw(error: unknown) {
        await end();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    } as AsyncGenerator<ExecutionResult>;
    return iterator;
  }

  return {
    async close() {
      clearInterval(sweep);
      await handle.dispose();
    },
  };
}
