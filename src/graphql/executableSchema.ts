// The served schema with its resolvers attached, built once: both executors (graphql-js and the compiled one) run on it.
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers/index.js';
import { typeDefs } from './schema.js';

export function executableSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers });
}
