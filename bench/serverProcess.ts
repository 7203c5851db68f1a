// Starts a server as a child process (pinned to a core where the OS allows), waits until it answers, stops it.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  /** Lines read from its stdout pipe so far (0 when stdout is not piped). */
  logLines(): number;
  /** CPU seconds the server has used so far (user + system; null where /proc is not there). */
  cpuSeconds(): number | null;
  stop(): Promise<void>;
}

/** Pinning needs Linux, taskset and two cores: one for the servers, one for the load generator. */
export function canPin(): boolean {
  if (process.platform !== 'linux' || os.availableParallelism() < 2) return false;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Moves every thread of this process (the load generator) onto one core. */
export function pinSelf(core: number): void {
  execFileSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], {
    stdio: 'ignore',
  });
}

/** Linux's clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every common build). */
const clockTicks = 100;

/**
 * The CPU a process has used, from /proc/<pid>/stat: on a machine shared with other work, CPU
 * time per request is steadier than requests per second, which other processes' load moves.
 */
function cpuSecondsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on: utime is 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks;
  } catch {
    return null;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
      signal: AbortSignal.timeout(1000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * The environment of a measured project server: production mode, logs on, and the per-client
 * budget kept on (its bookkeeping is in the figures) but too large to refuse the one load
 * generator, which is one client far beyond a fair share.
 */
export function projectServerEnv(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    RATE_LIMIT_BUDGET: process.env.RATE_LIMIT_BUDGET ?? String(Number.MAX_SAFE_INTEGER),
    ...overrides,
  };
}

export interface StartOptions {
  name: string;
  /** The command and its arguments (node and a script). */
  command: string[];
  env: NodeJS.ProcessEnv;
  /** Core to pin the server to, or null to leave it to the OS. */
  core: number | null;
  /** How long start-up may take (a 1e6-relationship graph takes a while). */
  timeoutMs?: number;
  /** stdout (the request log) into a pipe this process reads, as in production; else /dev/null. */
  pipeStdout?: boolean;
}

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const [command, ...args] =
    options.core === null
      ? options.command
      : ['taskset', '-c', String(options.core), ...options.command];
  const child: ChildProcess = spawn(command!, args, {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', options.pipeStdout ? 'pipe' : 'ignore', 'pipe'],
  });
  // Read as a log shipper would: the server pays for writing to a pipe, the reader is elsewhere.
  let lines = 0;
  child.stdout?.on('data', (chunk: Buffer) => {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines += 1;
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  let running = true;
  let stopping = false;
  let started = false;
  void exited.then((code) => {
    running = false;
    // A server that dies mid-run leaves rows of failures: say why, once.
    if (started && !stopping)
      process.stderr.write(`${options.name} exited (${code}):\n${stderr}\n`);
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (!(await answers(url))) {
    if (!running) throw new Error(`${options.name} exited during start-up:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} did not answer within the start-up timeout:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  started = true;
  return {
    name: options.name,
    url,
    pid: child.pid!,
    logLines: () => lines,
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    async stop() {
      stopping = true;
      if (!running) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
