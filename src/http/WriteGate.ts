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

  /** Writes one writer may make per window: a batch larger than this could never be admitted. */
  private readonly writesPerWindow: number;

  constructor(
    private readonly authenticator: Authenticator,
    settings: WriterSettings,
    private readonly afterCommit: (revision: RevisionRecord) => Promise<void>,
  ) {
    this.writesPerWindow = settings.rateLimit.writes;
    // The clients' rate limiter, keyed by key id instead of address: one write costs 1.
    this.budgets = new ClientBudgets({
      budget: settings.rateLimit.writes,
      windowMs: settings.rateLimit.windowMs,
      requestCost: 0,
    });
  }

  /**
   * The write access of one request, allowed `limits.maxWrites` mutations and
   * `limits.maxBatchWrites` writes in all (a batch's items each count).
   */
  forRequest(
    request: FastifyRequest,
    limits: { maxWrites: number; maxBatchWrites: number },
  ): WriteAccess {
    const { maxWrites, maxBatchWrites } = limits;
    let mutations = 0;
    let writes = 0;
    const log: FastifyBaseLogger = request.log;
    return {
      begin: async (count = 1) => {
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
        mutations += 1;
        if (mutations > maxWrites) {
          throw new GraphQLError(
            `At most ${maxWrites} writes per request; send the rest in another request.`,
            { extensions: { code: ErrorCode.BAD_USER_INPUT } },
          );
        }
        writes += count;
        if (writes > Math.max(maxWrites, maxBatchWrites)) {
          throw new GraphQLError(
            `At most ${maxBatchWrites} writes per request, a batch's items included; send the rest in another request.`,
            { extensions: { code: ErrorCode.BAD_USER_INPUT } },
          );
        }
        if (count > this.writesPerWindow) {
          throw new GraphQLError(
            `A batch of ${count} writes is more than the ${this.writesPerWindow} a writer may make per window (WRITE_RATE_LIMIT); send it in parts.`,
            { extensions: { code: ErrorCode.BAD_USER_INPUT } },
          );
        }
        const retryAfter = await this.budgets.charge(who.clientId, count);
        if (retryAfter !== null) {
          log.warn({ writer: who.keyId }, 'write refused: rate limit');
          throw new RateLimitedError(retryAfter);
        }
        return who;
      },
      committed: async (writer: Writer, revisions: readonly RevisionRecord[]) => {
        for (const revision of revisions) {
          log.info(
            {
              writer: writer.keyId,
              revision: revision.number,
              fact: revision.factId,
              action: revision.action,
            },
            'write committed',
          );
        }
        const last = revisions.at(-1);
        if (last) await this.afterCommit(last);
      },
    };
  }
}
