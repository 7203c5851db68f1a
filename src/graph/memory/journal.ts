// The embedded backend's durable layer: curated revisions as an append-only JSON-lines file in DATA_DIR, fsynced before a write is acknowledged.
import { mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { RevisionRecord } from '../port.js';

export const journalFileName = 'revisions.jsonl';

/**
 * One line per revision, in commit order. A line is acknowledged only after fdatasync, so after a
 * crash every acknowledged revision is on disk; at most the last line can be torn (written in part
 * when the process died), and opening the journal cuts it off: that write was never acknowledged.
 */
export class Journal {
  /** Set when a failed append could not be undone: the journal takes no more writes. */
  private broken: Error | null = null;

  private constructor(
    private readonly handle: FileHandle,
    readonly file: string,
    /** Bytes of whole revisions: where a failed append is cut back to. */
    private size: number,
  ) {}

  /** Opens (creating) DATA_DIR's journal: the revisions it holds, and the journal to append to. */
  static async open(dataDir: string): Promise<{ journal: Journal; revisions: RevisionRecord[] }> {
    await mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, journalFileName);
    const { revisions, validBytes, totalBytes } = await readJournal(file);
    if (validBytes < totalBytes) await truncate(file, validBytes);
    const handle = await open(file, 'a');
    return { journal: new Journal(handle, file, validBytes), revisions };
  }

  /**
   * Appends one revision and waits until it is on disk. A failed append (disk full, I/O error) is
   * cut back off, so the next revision does not follow a torn line; if even that fails, every
   * later append fails too rather than damage the journal.
   */
  async append(revision: RevisionRecord): Promise<void> {
    if (this.broken) throw this.broken;
    const line = Buffer.from(`${JSON.stringify(revision)}\n`);
    try {
      await this.handle.write(line);
      await this.handle.datasync();
      this.size += line.length;
    } catch (error) {
      await this.handle.truncate(this.size).catch((undo: unknown) => {
        this.broken = new Error(`${this.file}: a failed append could not be undone`, {
          cause: undo,
        });
      });
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }
}

/**
 * The whole revisions of a journal file and how many of its bytes they fill: reading stops at the
 * first line that is unterminated or not a revision (a torn write), and numbers must follow on.
 */
export async function readJournal(
  file: string,
): Promise<{ revisions: RevisionRecord[]; validBytes: number; totalBytes: number }> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { revisions: [], validBytes: 0, totalBytes: 0 };
    }
    throw error;
  }
  const revisions: RevisionRecord[] = [];
  let offset = 0;
  for (;;) {
    const newline = content.indexOf(0x0a, offset);
    if (newline === -1) break;
    const revision = parseRevision(content.subarray(offset, newline).toString('utf8'));
    if (!revision || revision.number !== revisions.length + 1) {
      // Only the last line can be torn; a bad line with more after it is damage, not a crash.
      if (newline + 1 < content.length) {
        throw new Error(
          `${file}: line at byte ${offset} is not the next revision; the journal is damaged`,
        );
      }
      break;
    }
    revisions.push(revision);
    offset = newline + 1;
  }
  return { revisions, validBytes: offset, totalBytes: content.length };
}

function parseRevision(line: string): RevisionRecord | null {
  try {
    const value = JSON.parse(line) as Partial<RevisionRecord> | null;
    if (
      !value ||
      typeof value.number !== 'number' ||
      typeof value.factId !== 'string' ||
      typeof value.record !== 'string'
    ) {
      return null;
    }
    return value as RevisionRecord;
  } catch {
    return null;
  }
}
