// The read side of ingestion: proposeFacts, with a report that cannot be read or is already a source answered BAD_USER_INPUT.
import { ErrorCode } from '../errorCode.js';
import { GraphQLError } from 'graphql';
import { AlreadyIngestedError, UnreadableReportError } from '../../ingest/Proposer.js';
import type { QueryResolvers } from '../__generated__/resolvers-types.js';

export const ingestQueryResolvers: Pick<QueryResolvers, 'proposeFacts'> = {
  proposeFacts: async (_root, args, ctx) => {
    try {
      return await ctx.proposer.propose(args);
    } catch (error) {
      if (error instanceof UnreadableReportError) {
        throw new GraphQLError(`Refused: text: ${error.message}.`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'text' },
        });
      }
      if (error instanceof AlreadyIngestedError) {
        throw new GraphQLError(`Refused: text: ${error.message}.`, {
          extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'text', source: error.sourceId },
        });
      }
      throw error;
    }
  },
};
