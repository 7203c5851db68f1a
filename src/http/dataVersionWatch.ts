// Follows the backend's data version (port.ts: dataVersion) on a timer, so a request reads it without a backend call.
import type { GraphBackend } from '../graph/port.js';

/**
 * Reads the version at once, then every `intervalMs`; `current` is null until the first answer and
 * whenever the backend cannot say (nothing is cached then). A change is seen within one interval:
 * on Neo4j, servers over the same database agree within that time of a seeding run.
 */
export class DataVersionWatch {
  current: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly backend: Pick<GraphBackend, 'dataVersion'>,
    private readonly intervalMs: number,
    private readonly onChange: (previous: string | null, next: string | null) => void,
  ) {}

  /** Resolves once the first version has been read. */
  async start(): Promise<void> {
    await this.check();
  }

  /** Reads the version now (after a write of this process), then on the usual schedule. */
  async refresh(): Promise<void> {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    await this.check();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async check(): Promise<void> {
    let next: string | null;
    try {
      next = await this.backend.dataVersion();
    } catch {
      next = null;
    }
    if (this.stopped) return;
    if (next !== this.current) {
      const previous = this.current;
      this.current = next;
      this.onChange(previous, next);
    }
    // A refresh may run beside the timer's own check: whichever ends last keeps the one timer.
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.intervalMs);
    // The watch never keeps the process alive on its own.
    this.timer.unref();
  }
}
