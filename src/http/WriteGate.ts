// Per-request write access: the bearer token checked once, writes counted against the request's limit, each writer's rate charged, and every commit logged with its key id.
import { ErrorCode } from '../graphql/errorCode.js';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { RevisionRecord } from '../model/records.js';
import type { WriteAccess } from '../graphql/context.js';
import { mayWrite } from '../auth/roles.js';
import type { Writer } from '../auth/Writer.js';
import { ClientBudgets, RateLimitedError } from './rateLimit.js';
import type { Authenticator } from '../auth/Authenticator.js';
import type { WriterSettings } from '../config.js';

/** What every request's write access shares: the authenticator, the writers' rate budgets, and what follows a commit. */
export class WriteGate {
  private readonly budgets: ClientBudgets;

  constructor(
    private readonly authenticator: Authenticator,
    settings: WriterSettings,
    private readonly afterCommit: (revision: RevisionRecord) => Promise<void>,
  ) {
    // The clients' rate limiter, keyed by key id instead of address: one write costs 1.
    this.budgets = new ClientBudgets({
      budget: settings.rateLimit.writes,
      windowMs: settings.rateLimit.windowMs,
      requestCost: 0,
    });
  }

  /** The write access of one request, allowed `maxWrites` writes. */
  forRequest(request: FastifyRequest, maxWrites: number): WriteAccess {
    let writes = 0;
    const log: FastifyBaseLogger = request.log;
    return {
      begin: async () => {
        const who = await this.authenticator.identityOf(request);
        if ('problem' in who) {
          log.warn({ problem: who.problem }, 'write refused: not authenticated');
          throw new GraphQLError(`Writes need a curator's bearer token: ${who.detail}.`, {
            extensions: { code: ErrorCode.UNAUTHENTICATED },
          });
        }
        if (!mayWrite(who.role)) {
          log.warn({ writer: who.keyId, role: who.role }, 'write refused: role may not write');
          throw new GraphQLError(`The ${who.role} role may not write; curators and admins may.`, {
            extensions: { code: ErrorCode.FORBIDDEN },
          });
        }
        writes += 1;
        if (writes > maxWrites) {
          throw new GraphQLError(
            `At most ${maxWrites} writes per request; send the rest in another request.`,
            { extensions: { code: ErrorCode.BAD_USER_INPUT } },
          );
        }
        const retryAfter = await this.budgets.charge(who.clientId, 1);
        if (retryAfter !== null) {
          log.warn({ writer: who.keyId }, 'write refused: rate limit');
          throw new RateLimitedError(retryAfter);
        }
        return who;
      },
      committed: async (writer: Writer, revision: RevisionRecord) => {
        log.info(
          {
            writer: writer.keyId,
            revision: revision.number,
            fact: revision.factId,
            action: revision.action,
          },
          'write committed',
        );
        await this.afterCommit(revision);
      },
    };
  }
}
