// Prometheus metrics of the read planner: operations by how they read (planned or not), and backend statements per operation.
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { RequestContext } from '../context.js';

/**
 * How an operation that read the backend read it: `planned` (only planned reads), `partial`
 * (planned reads and loader calls: fields the planner left out), `unplanned` (no planned read:
 * the planner off, or nothing it covers, such as search or analysis fields).
 */
export const readOutcomes = ['planned', 'partial', 'unplanned'] as const;
export type ReadOutcome = (typeof readOutcomes)[number];

export function readOutcome(calls: Readonly<Record<string, number>>): ReadOutcome | null {
  const total = Object.values(calls).reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const planned = calls.readPlan ?? 0;
  if (planned === 0) return 'unplanned';
  return planned === total ? 'planned' : 'partial';
}

/** Counts each answered operation's reads on `registry` (the server's /metrics). */
export function readPlanMetrics(registry: Registry): ApolloServerPlugin<RequestContext> {
  const operations = new Counter({
    name: 'graphql_read_operations_total',
    help: 'Operations that read the backend, by how: planned (one planned read per root list, nothing else), partial (planned reads and loader calls for fields the planner leaves out), unplanned (loader calls only).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'graphql_backend_calls_per_operation',
    help: 'Backend calls (on Neo4j: statements, round trips) one operation made.',
    buckets: [1, 2, 3, 4, 6, 8, 12, 16, 32, 64],
    registers: [registry],
  });
  for (const outcome of readOutcomes) operations.inc({ outcome }, 0);
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          const outcome = readOutcome(contextValue.backendCalls);
          if (outcome === null) return;
          operations.inc({ outcome });
          statements.observe(
            Object.values(contextValue.backendCalls).reduce((sum, n) => sum + n, 0),
          );
        },
      };
    },
  };
}
