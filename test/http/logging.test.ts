// Log lines are written off the request path (buffered) and none is lost: not on SIGTERM under load, not on a crash.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

interface Running {
  child: ChildProcess;
  url: string;
  /** Every stdout line so far, parsed. */
  lines: Record<string, unknown>[];
}

async function startServer(extraArgs: string[] = []): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...extraArgs, 'src/main.ts'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop()!;
    for (const part of parts)
      if (part.trim()) lines.push(JSON.parse(part) as Record<string, unknown>);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const started = lines.find((l) => /GraphQL at /.test(String(l.msg)));
      if (!started) return;
      clearInterval(timer);
      resolve(/GraphQL at (http:\/\/[^/\s]+)\/graphql/.exec(String(started.msg))![1]!);
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`server exited early (${code})`));
    });
  });
  return { child, url, lines };
}

/** Sends requests from `clients` loops until `stop()`; returns the request ids of the answers received. */
function load(url: string, clients: number) {
  let stopped = false;
  const answered: string[] = [];
  const loops = Array.from({ length: clients }, async (_, i) => {
    for (let n = 0; !stopped; n++) {
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          // Distinct variables: a mix of executions and cache hits.
          body: JSON.stringify({
            query: 'query ($t: String!) { search(text: $t) { id name } }',
            variables: { t: ['火神山', '协会', '商会', '武汉'][(i + n) % 4] },
          }),
        });
        await response.text();
        answered.push(response.headers.get('x-request-id')!);
      } catch {
        // Refused once the server stopped accepting: not an answer, so no line is owed.
        return;
      }
    }
  });
  return {
    answered,
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

const completedIds = (lines: Record<string, unknown>[]) =>
  new Set(lines.filter((l) => l.msg === 'request completed').map((l) => String(l.reqId)));

describe('request log', () => {
  it('on SIGTERM under load, writes one line for every request answered, then the closing line', async () => {
    const server = await startServer();
    const traffic = load(server.url, 16);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    server.child.kill('SIGTERM');
    const [code] = (await once(server.child, 'exit')) as [number];
    await traffic.stop();
    expect(code).toBe(0);
    expect(traffic.answered.length).toBeGreaterThan(50);
    const logged = completedIds(server.lines);
    expect(traffic.answered.filter((id) => !logged.has(id))).toEqual([]);
    expect(server.lines.at(-1)!.msg).toBe('server closed');
  }, 60_000);

  it('on a crash, writes every buffered line and the crash last', async () => {
    const server = await startServer(['--import', './test/http/fixtures/crashOnSignal.ts']);
    const traffic = load(server.url, 8);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await traffic.stop();
    // A client can read its answer before the server's 'finish' event logs it; let those events run
    // (well inside the 1 s flush interval, so the lines are still buffered) before crashing.
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.child.kill('SIGUSR2');
    const [code] = (await once(server.child, 'exit')) as [number];
    expect(code).toBe(1);
    const logged = completedIds(server.lines);
    expect(traffic.answered.length).toBeGreaterThan(20);
    expect(traffic.answered.filter((id) => !logged.has(id))).toEqual([]);
    expect(server.lines.at(-1)).toMatchObject({ msg: 'crashed', origin: 'uncaughtException' });
  }, 60_000);
});
