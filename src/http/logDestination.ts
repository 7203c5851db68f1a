// Where the log lines go: pino's buffered, asynchronous stdout destination, written in the background and flushed on shutdown and on a crash.
import pino from 'pino';

/** Lines are gathered up to this many bytes per write (the write itself happens off the request). */
const bufferBytes = 4096;
/** A quiet server's lines still reach stdout within this time. */
const flushIntervalMs = 1000;

export interface LogDestination {
  stream: { write(line: string): void };
  /** Writes everything buffered and resolves once it is written (a graceful shutdown). */
  flush(): Promise<void>;
  /** Writes everything buffered before returning (a crash: no event loop to wait on). */
  flushSync(): void;
  /** Stops the flush timer. */
  stop(): void;
}

export function bufferedStdout(): LogDestination {
  const stream = pino.destination({ dest: 1, sync: false, minLength: bufferBytes });
  // sonic-boom's own flag (not in its types): a flush after a destroy throws.
  const destroyed = () => (stream as unknown as { destroyed: boolean }).destroyed;
  const timer = setInterval(() => {
    if (!destroyed()) stream.flush();
  }, flushIntervalMs);
  timer.unref();
  return {
    stream,
    flush: () =>
      new Promise((resolve) => {
        if (destroyed()) return resolve();
        stream.flush(() => resolve());
      }),
    flushSync() {
      try {
        stream.flushSync();
      } catch {
        // Not open yet, or already closed: nothing that can still be written.
      }
    },
    stop: () => clearInterval(timer),
  };
}
