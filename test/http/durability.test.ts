// Nothing acknowledged is lost: the real server killed with SIGKILL in the middle of a burst of writes keeps every acknowledged write after a restart, and nothing half-written.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Journal, journalFileName } from '../../src/graph/memory/journal.js';
import type { RevisionRecord } from '../../src/graph/port.js';
import { actionInput, asCurator, noticeText, writersEnv } from '../helpers/curation.js';

interface Running {
  child: ChildProcess;
  url: string;
}

async function startServer(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      ...writersEnv,
      PORT: '0',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      WRITE_RATE_LIMIT: '100000',
      RATE_LIMIT_BUDGET: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL at (http:\/\/[^\s"]+)\/graphql/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
  return { child, url };
}

async function post(url: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asCurator },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
}

const ADD_SOURCE = `mutation ($input: SourceInput!) { addSource(input: $input) { number } }`;
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { number } }`;
const sourceId = 'durability-notice';

function burstEntity(i: number) {
  return {
    ...actionInput,
    id: `action:burst-${i}`,
    name: `突发写入${i}`,
    nameEn: `Burst write ${i}`,
    evidence: [{ source: sourceId, quote: '向湖北捐赠口罩约50万只' }],
  };
}

const dirs: string[] = [];

/** A fresh data directory, removed after the file. */
async function freshDataDir(): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'relief-journal-'));
  dirs.push(dataDir);
  return dataDir;
}

/** A revision as the journal stores it, numbered `number`. */
function revisionNumbered(number: number): RevisionRecord {
  return {
    number,
    factId: `action:x-${number}`,
    kind: 'ENTITY',
    action: 'CREATE',
    author: 'key:000000000000',
    at: new Date(0).toISOString(),
    comment: null,
    reason: null,
    changedFields: ['id'],
    record: '{}',
  };
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('durability of curated writes (embedded backend, DATA_DIR journal)', () => {
  it('keeps every acknowledged write across SIGKILL in the middle of a burst, and nothing half-written', async () => {
    const dataDir = await freshDataDir();
    const first = await startServer(dataDir);
    const added = await post(first.url, ADD_SOURCE, {
      input: { id: sourceId, title: '通知', text: noticeText },
    });
    expect(added.errors).toBeUndefined();

    // Eight writers in parallel; the kill lands once 40 writes are acknowledged.
    const acknowledged = new Set<string>();
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed && next < 1000) {
        const i = next++;
        try {
          const result = await post(first.url, UPSERT, { input: burstEntity(i) });
          if (result.data?.upsertEntity) acknowledged.add(`action:burst-${i}`);
        } catch {
          // The connection died with the server: this write was never acknowledged.
        }
        if (acknowledged.size >= 40 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    const exited = once(first.child, 'exit');
    await Promise.all(Array.from({ length: 8 }, writer));
    await exited;
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);

    const second = await startServer(dataDir);
    try {
      const page = await post(
        second.url,
        `{ changes(first: 1000) { revisions { number factId record } } }`,
        {},
      );
      const revisions = (page.data!.changes as { revisions: RevisionRecord[] }).revisions;
      // Numbered 1, 2, … without a gap: no revision half-applied or lost in the middle.
      expect(revisions.map((r) => r.number)).toEqual(revisions.map((_r, i) => i + 1));
      const committed = new Set(revisions.map((r) => r.factId));
      for (const id of acknowledged) expect(committed.has(id), id).toBe(true);
      // Every committed entity reads back whole, as its revision recorded it.
      const ids = revisions.filter((r) => r.factId.startsWith('action:')).map((r) => r.factId);
      const read = await post(
        second.url,
        `query ($ids: [ID!]) { entitiesConnection(where: { id: { in: $ids } }, first: 100) { totalCount } }`,
        { ids: ids.slice(0, 100) },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data).toEqual({
        entitiesConnection: { totalCount: Math.min(ids.length, 100) },
      });
      console.log(
        `durability: ${acknowledged.size} writes acknowledged before SIGKILL, ${revisions.length - 1} entities committed, all acknowledged present after restart`,
      );
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  }, 60_000);

  it('cuts off a torn last line when the journal is opened, keeping every whole revision', async () => {
    const dataDir = await freshDataDir();
    const { journal } = await Journal.open(dataDir);
    await journal.append(revisionNumbered(1));
    await journal.append(revisionNumbered(2));
    await journal.close();
    const file = path.join(dataDir, journalFileName);
    const whole = (await stat(file)).size;
    await appendFile(file, JSON.stringify(revisionNumbered(3)).slice(0, 40));

    const reopened = await Journal.open(dataDir);
    expect(reopened.revisions.map((r) => r.number)).toEqual([1, 2]);
    expect((await stat(file)).size).toBe(whole);
    await reopened.journal.append(revisionNumbered(3));
    await reopened.journal.close();
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as RevisionRecord).number)).toEqual([1, 2, 3]);
  });

  it('cuts a failed append back off, so the next revision follows the last whole one', async () => {
    const dataDir = await freshDataDir();
    const { journal } = await Journal.open(dataDir);
    await journal.append(revisionNumbered(1));
    const file = path.join(dataDir, journalFileName);
    const whole = (await stat(file)).size;
    // The line reaches the file, then the sync fails (an I/O error): the write is not acknowledged.
    const handle = (journal as unknown as { handle: { datasync(): Promise<void> } }).handle;
    const datasync = handle.datasync.bind(handle);
    handle.datasync = () => Promise.reject(new Error('EIO: simulated'));
    await expect(journal.append(revisionNumbered(2))).rejects.toThrow(/EIO/);
    expect((await stat(file)).size).toBe(whole);
    handle.datasync = datasync;
    await journal.append(revisionNumbered(2));
    await journal.close();
    const reopened = await Journal.open(dataDir);
    expect(reopened.revisions.map((r) => r.number)).toEqual([1, 2]);
    await reopened.journal.close();
  });

  it('refuses to start on a journal damaged before its last line', async () => {
    const dataDir = await freshDataDir();
    const file = path.join(dataDir, journalFileName);
    await appendFile(file, 'not json\n{"number":2}\n');
    await expect(Journal.open(dataDir)).rejects.toThrow(/damaged/);
  });
});
