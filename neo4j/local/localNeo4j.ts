// Builds (Maven) and starts the local Neo4j Community launcher (LocalNeo4j.java), for `npm run neo4j:local` and the test suite.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const launcherDir = path.dirname(fileURLToPath(import.meta.url));
const pom = path.join(launcherDir, 'pom.xml');
const javaSource = path.join(launcherDir, 'src/main/java/relief/neo4j/LocalNeo4j.java');
const jar = path.join(launcherDir, 'target/neo4j-local-1.0.0.jar');
const classpathFile = path.join(launcherDir, 'target/classpath.txt');
/** Default data directory: ignored by git, kept between runs of `npm run neo4j:local`. */
export const defaultHome = path.join(launcherDir, 'data');

/** Why the launcher cannot run on this machine (no Java or no Maven), or null when it can. */
export function missingTools(): string | null {
  const missing = ['java', 'mvn'].filter(
    (tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error !== undefined,
  );
  return missing.length === 0
    ? null
    : `${missing.join(' and ')} not found on PATH (the local Neo4j needs Java 17+ and Maven)`;
}

function newerThan(target: string, sources: string[]): boolean {
  if (!existsSync(target)) return false;
  const built = statSync(target).mtimeMs;
  return sources.every((source) => statSync(source).mtimeMs <= built);
}

/**
 * Compiles the launcher and resolves Neo4j from Maven Central (the first run downloads about
 * 150 MB into ~/.m2); later runs reuse both unless pom.xml or the Java source changed.
 */
export function buildLauncher(log: (line: string) => void = () => undefined): void {
  if (newerThan(classpathFile, [pom, javaSource]) && newerThan(jar, [pom, javaSource])) return;
  log('Building the local Neo4j launcher (Maven; the first run downloads Neo4j)...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', pom, 'package'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`building the local Neo4j launcher failed (mvn exit ${result.status})`);
  }
  // Maven leaves an unchanged jar or classpath file as it was, older than the edited source:
  // mark both as built now, or every start would build again.
  const now = new Date();
  for (const built of [jar, classpathFile]) utimesSync(built, now, now);
}

/** A free TCP port on loopback, chosen by the kernel. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface LocalNeo4j {
  /** bolt://127.0.0.1:PORT, one per requested port, in order. */
  uris: string[];
  process: ChildProcess;
  /** SIGTERM, then waits for the clean shutdown (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  ports: number[];
  /** Each port's store lives in HOME/PORT. */
  home?: string;
  /** Page cache per database, in MiB (default 256). */
  pageCacheMb?: number;
  /** Maximum Java heap, e.g. '1g' (default: the JVM's own). */
  heap?: string;
  /** The launcher's own lines and Neo4j's console output. */
  log?: (line: string) => void;
  /** How long to wait for every Bolt port (default 180 s: a cold JVM on a busy 2-core machine). */
  readyTimeoutMs?: number;
}

/** Starts the launcher and resolves once every requested Bolt port accepts connections. */
export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  buildLauncher(options.log);
  const home = options.home ?? defaultHome;
  mkdirSync(home, { recursive: true });
  const classpath = `${jar}${path.delimiter}${readFileSync(classpathFile, 'utf8').trim()}`;
  const jvmArgs = [
    `-Dneo4j.pagecache.mb=${options.pageCacheMb ?? 256}`,
    ...(options.heap ? [`-Xmx${options.heap}`] : []),
  ];
  const child = spawn(
    'java',
    [...jvmArgs, '-cp', classpath, 'relief.neo4j.LocalNeo4j', home, ...options.ports.map(String)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log = options.log ?? (() => undefined);
  const uris: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  createInterface({ input: child.stderr! }).on('line', log);
  const lines = createInterface({ input: child.stdout! });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `local Neo4j did not become ready within ${options.readyTimeoutMs ?? 180_000} ms`,
        ),
      );
    }, options.readyTimeoutMs ?? 180_000);
    lines.on('line', (line) => {
      log(line);
      if (line.startsWith('bolt://')) uris.push(line.trim());
      if (line.trim() === 'ready') {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`local Neo4j exited with code ${code} before it was ready`));
    });
  });

  return {
    uris,
    process: child,
    async stop(graceMs = 60_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs the real `npm run seed` (with `args`, e.g. --reset) against `uri`; rejects with its output on failure. */
export function runSeed(uri: string, args: string[] = ['--reset']): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'seed', '--', ...args], {
      cwd: path.resolve(launcherDir, '../..'),
      env: { ...process.env, NEO4J_URI: uri },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`npm run seed exited ${code}:\n${output}`)),
    );
  });
}

/** `npm run neo4j:local`: one database on NEO4J_LOCAL_PORT (default 7687), in the foreground. */
async function main(): Promise<number> {
  const problem = missingTools();
  if (problem) {
    console.error(`Cannot start the local Neo4j: ${problem}.`);
    return 1;
  }
  const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`NEO4J_LOCAL_PORT must be a port number; got ${process.env.NEO4J_LOCAL_PORT}`);
    return 1;
  }
  const home = process.env.NEO4J_LOCAL_HOME ?? defaultHome;
  const neo4j = await startLocalNeo4j({
    ports: [port],
    home,
    pageCacheMb: Number(process.env.NEO4J_LOCAL_PAGECACHE_MB ?? 256),
    log: (line) => {
      if (line === 'ready')
        console.log(`Neo4j Community 5.26 is ready (data in ${home}/${port}); Ctrl-C stops it`);
      else console.log(line);
    },
  });
  const stop = () => void neo4j.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return await new Promise((resolve) => neo4j.process.once('exit', (code) => resolve(code ?? 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
