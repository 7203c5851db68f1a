// A neo4j-driver Driver that reports every Cypher statement sent through it, for counting round trips and profiling them.
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';

export interface RecordedStatement {
  statement: string;
  parameters: Record<string, unknown>;
}

type Run = (statement: string, parameters?: Record<string, unknown>, ...rest: unknown[]) => unknown;
type Work = (tx: ManagedTransaction) => unknown;

/** Reads `key` of `target` with methods bound to it, so the proxies below stay transparent. */
function forward(target: object, key: string | symbol): unknown {
  const value: unknown = Reflect.get(target, key, target);
  return typeof value === 'function'
    ? (value as (...args: unknown[]) => unknown).bind(target)
    : value;
}

function recordingRun(target: { run: Run }, record: (s: RecordedStatement) => void): Run {
  return (statement, parameters, ...rest) => {
    record({ statement, parameters: parameters ?? {} });
    return target.run(statement, parameters, ...rest);
  };
}

function recordingTransaction(tx: ManagedTransaction, record: (s: RecordedStatement) => void) {
  return new Proxy(tx, {
    get: (target, key) =>
      key === 'run'
        ? recordingRun(target as unknown as { run: Run }, record)
        : forward(target, key),
  });
}

function recordingSession(session: Session, record: (s: RecordedStatement) => void): Session {
  return new Proxy(session, {
    get(target, key) {
      if (key === 'executeRead' || key === 'executeWrite') {
        return (work: Work, config?: unknown) =>
          (target[key] as (w: Work, c?: unknown) => unknown).call(
            target,
            (tx: ManagedTransaction) => work(recordingTransaction(tx, record)),
            config,
          );
      }
      if (key === 'run') return recordingRun(target as unknown as { run: Run }, record);
      return forward(target, key);
    },
  });
}

/**
 * `driver`, except that every statement run through one of its sessions (auto-commit or managed
 * transaction) is passed to `record` first. Both servers under test talk to Neo4j only this way
 * (the project's Neo4jBackend and @neo4j/graphql's Executor), so nothing they send is missed.
 */
export function recordingDriver(driver: Driver, record: (s: RecordedStatement) => void): Driver {
  return new Proxy(driver, {
    get(target, key) {
      if (key === 'session') {
        return (...args: Parameters<Driver['session']>) =>
          recordingSession(target.session(...args), record);
      }
      return forward(target, key);
    },
  });
}
