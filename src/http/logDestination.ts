// Where the log lines go: pino's buffered, asynchronous stdout destination, written in the background and flushed on shutdown and on a crash.
import pino from 'pino';

/** Lines are gathered up to this many bytes per write (the write itself happens off the request). */
const bufferBytes = 4096;
/** A quiet server's lines still reach stdout within this time. */
const flushIntervalMs = 1000;

export interface LogDestination {
  stream: { write(line: string): void };
  /** Writes everything buffered and resolves once it is written, or after `withinMs` at most. */
  flush(withinMs?: number): Promise<void>;
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
    // Waits for the write in progress too, so lines reach stdout whole and in order; a crash
    // bounds the wait, since its cause may be the very write being waited for.
    flush: (withinMs = Infinity) =>
      new Promise((resolve) => {
        if (destroyed()) return resolve();
        if (Number.isFinite(withinMs)) setTimeout(resolve, withinMs).unref();
        stream.flush(() => resolve());
      }),
    stop: () => clearInterval(timer),
  };
}
