// A fair share per client (its API key, else its address): a budget of request cost per time window (rate-limiter-flexible), spent by each request's operation cost; refused with 429 and Retry-After before anything runs.
import { ErrorCode } from '../graphql/errorCode.js';
import { HeaderMap } from '@apollo/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimit } from '../config.js';
import { addressKey } from './clientAddress.js';
import type { Authenticator } from '../auth/Authenticator.js';

function message(retryAfterSeconds: number): string {
  return `This client has spent its budget of request cost for now; retry in ${retryAfterSeconds} s.`;
}

/** A refused operation: HTTP 429 with Retry-After (Apollo takes both from `extensions.http`). */
export class RateLimitedError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number) {
    super(message(retryAfterSeconds), {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfter: retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/** Apollo copies the context per operation: the client travels as a (copied) symbol-keyed property. */
const clientKey = Symbol('rateLimitClient');

/** Names the client a request is charged to. */
export type ClientOf = (request: FastifyRequest) => Promise<string>;

/**
 * A request's client: the key id when its Authorization header names a valid key (of any role),
 * else its address. A token that does not verify changes nothing: its requests are charged to
 * their address, so sending made-up tokens escapes no budget.
 */
export function keyOrAddress(authenticator: Authenticator): ClientOf {
  return async (request) => {
    if (request.headers.authorization === undefined) return addressKey(request.ip);
    const who = await authenticator.identityOf(request);
    return 'clientId' in who ? who.clientId : addressKey(request.ip);
  };
}

/**
 * One budget per client, renewed every window: a request with a valid API key or JWT is charged to
 * its key id, any other to its address (`request.ip`, which honours TRUST_PROXY), so writers behind
 * one address each have their own share and one key is one share from wherever it is used. Each
 * request to /graphql is charged `requestCost` when it arrives, so floods of cheap or malformed
 * requests count too, and its operation's cost once it is known and within the limits,
 * before execution. A client whose budget is spent is refused at arrival, before its body is read.
 */
export class ClientBudgets {
  private readonly limiter: RateLimiterMemory;
  /** The client each /graphql request was charged to on arrival. */
  private readonly clients = new WeakMap<FastifyRequest, string>();

  constructor(
    private readonly settings: RateLimit,
    private readonly identify: ClientOf = (request) => Promise.resolve(addressKey(request.ip)),
  ) {
    this.limiter = new RateLimiterMemory({
      points: settings.budget,
      duration: settings.windowMs / 1000,
    });
  }

  /** Charges `cost` to `client`: null when it was within the budget, else the seconds until the budget renews. */
  async charge(client: string, cost: number): Promise<number | null> {
    try {
      await this.limiter.consume(client, cost);
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    }
  }

  /**
   * Charges a response-cache hit its operation's cost, as an execution would be charged. False
   * when the budget is spent: the charge is taken back and the request goes on to Apollo, which
   * charges it and refuses it exactly as it refuses any other.
   */
  async admitCached(client: string, cost: number): Promise<boolean> {
    if ((await this.charge(client, cost)) === null) return true;
    await this.limiter.reward(client, cost);
    return false;
  }

  /** The request charge and the early refusal, for /graphql. */
  register(app: FastifyInstance): void {
    app.addHook('onRequest', async (request, reply) => {
      if (request.routeOptions.url !== '/graphql') return;
      const client = await this.identify(request);
      this.clients.set(request, client);
      const retryAfter = await this.charge(client, this.settings.requestCost);
      if (retryAfter === null) return;
      return reply
        .code(429)
        .header('retry-after', String(retryAfter))
        .send({
          errors: [
            {
              message: message(retryAfter),
              extensions: { code: ErrorCode.RATE_LIMITED, retryAfter },
            },
          ],
        });
    });
  }

  /** The client a request was charged to on arrival. */
  clientOf(request: FastifyRequest): string {
    return this.clients.get(request) ?? addressKey(request.ip);
  }

  /** Links the GraphQL context of a request to its client; called by the context function. */
  attach(request: FastifyRequest, contextValue: object): void {
    (contextValue as { [clientKey]?: string })[clientKey] = this.clientOf(request);
  }

  /** Charges an operation's cost to its client; throws RateLimitedError when the budget is spent. */
  async admit(cost: number, contextValue: object): Promise<void> {
    const client = (contextValue as { [clientKey]?: string })[clientKey];
    if (client === undefined) return;
    const retryAfter = await this.charge(client, cost);
    if (retryAfter !== null) throw new RateLimitedError(retryAfter);
  }
}
