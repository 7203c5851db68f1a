// The embedded backend's durable layer: curated revisions as an append-only JSON-lines file in DATA_DIR, fsynced before a write is acknowledged.
import { mkdir, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { RevisionRecord } from '../../model/records.js';

export const journalFileName = 'revisions.jsonl';

/**
 * One line per commit, in commit order: a revision, or a batch's revisions as `{"batch":[…]}`, so a
 * batch is on disk whole or not at all. A line is acknowledged only after fdatasync, so after a
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
    // The file's entry (new) and its length (cut) live in the directory and the inode: synced
    // now, so a crash cannot bring back a journal without the file or with the torn line.
    await handle.sync();
    await syncDirectory(dataDir);
    return { journal: new Journal(handle, file, validBytes), revisions };
  }

  /**
   * Appends a commit's revisions (one, or a batch's) as one line, and waits until it is on disk. A write may take less than the whole line
   * (a file-size limit, a full disk): the rest is written until it is all there or the write
   * fails. A failed append is cut back off, so the next revision does not follow a torn line; if
   * even that fails, every later append fails too rather than damage the journal.
   */
  async append(revisions: readonly RevisionRecord[]): Promise<void> {
    if (this.broken) throw this.broken;
    const record = revisions.length === 1 ? revisions[0] : { batch: revisions };
    const line = Buffer.from(`${JSON.stringify(record)}\n`);
    try {
      let written = 0;
      while (written < line.length) {
        const { bytesWritten } = await this.handle.write(line, written);
        // A write that takes nothing and raises nothing would loop for ever.
        if (bytesWritten === 0) throw new Error(`${this.file}: the write took no bytes`);
        written += bytesWritten;
      }
      await this.handle.datasync();
      this.size += written;
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

/** fsyncs a directory, so the entries it holds (a new file) survive a crash. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
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
    const line = parseLine(content.subarray(offset, newline).toString('utf8'));
    const follows = line?.every((revision, i) => revision.number === revisions.length + 1 + i);
    if (!line || !follows) {
      // Only the last line can be torn; a bad line with more after it is damage, not a crash.
      if (newline + 1 < content.length) {
        throw new Error(
          `${file}: line at byte ${offset} is not the next revision; the journal is damaged`,
        );
      }
      break;
    }
    revisions.push(...line);
    offset = newline + 1;
  }
  return { revisions, validBytes: offset, totalBytes: content.length };
}

/** A line's revisions: one, or a batch's (never empty); null when it is not a whole line of either. */
function parseLine(line: string): RevisionRecord[] | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const batch = (value as { batch?: unknown } | null)?.batch;
  const revisions = Array.isArray(batch) ? (batch as unknown[]) : [value];
  return revisions.length > 0 && revisions.every(isRevision) ? revisions : null;
}

function isRevision(value: unknown): value is RevisionRecord {
  const revision = value as Partial<RevisionRecord> | null;
  return (
    !!revision &&
    typeof revision.number === 'number' &&
    typeof revision.factId === 'string' &&
    typeof revision.record === 'string'
  );
}
