// `npm run bench` starts both servers and prints and writes well-formed results (a tiny run: no timing is asserted).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { benchQueries } from '../../bench/queries.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('bench script', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it(
    'measures every row on every server and writes the same figures as JSON',
    { timeout: 240_000 },
    async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), 'bench-smoke-'));
      const out = path.join(dir, 'latest.json');
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--import',
          'tsx',
          'bench/run.ts',
          '--from-source',
          '--no-pin',
          '--amount',
          '20',
          '--connections',
          '2',
          '--runs',
          '1',
          '--out',
          out,
        ],
        { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 230_000 },
      );

      expect(stdout).toMatch(
        /^query\s+req\/s\s+p50 ms\s+p99 ms\s+vs floor\s+vs own __typename\s+vs graphql-js\s+CPU µs\/req\s+CPU: vs floor\s+vs own\s+vs graphql-js\s+backend calls\s+failures$/m,
      );
      for (const q of benchQueries) expect(stdout).toContain(q.name);
      expect(stdout).toMatch(/^targets: /m);

      const report = JSON.parse(await readFile(out, 'utf8'));
      expect(report.settings).toMatchObject({
        amount: 20,
        connections: 2,
        runs: 1,
        backend: 'memory',
      });
      const project = benchQueries.filter((q) => q.server === 'project').map((q) => q.name);
      const servers = ['compiled', 'graphql-js', 'compiled + cache'];
      expect(report.rows.map((r: { name: string }) => r.name)).toEqual([
        benchQueries[0]!.name,
        ...servers.flatMap((server) => project.map((name) => `[${server}] ${name}`)),
      ]);
      const measured = report.rows.filter((r: object) => !('missing' in r));
      for (const row of measured) {
        expect(row.failures, row.name).toBe(0);
        expect(row.reqPerSec, row.name).toBeGreaterThan(0);
        expect(row.p99Ms, row.name).toBeGreaterThanOrEqual(row.p50Ms);
        expect(row.responseBytes, row.name).toBeGreaterThan(0);
        expect(row.toFloor, row.name).toBeGreaterThan(0);
      }
      expect(measured[0].toFloor).toBe(1);
      for (const server of servers) {
        const rows = measured.filter((r: { name: string }) => r.name.startsWith(`[${server}] `));
        // Each server's own { __typename } first, then the queries; executions read the backend.
        expect(rows[0].toOwnTypename).toBe(1);
        expect(rows[0].backendCalls.total).toBe(0);
        if (server !== 'compiled + cache') {
          for (const row of rows.slice(1))
            expect(row.backendCalls.total, row.name).toBeGreaterThan(0);
        }
        const plain = server === 'graphql-js' ? null : expect.any(Number);
        for (const row of rows) expect(row.toPlain, row.name).toEqual(plain);
      }
      for (const target of Object.values(report.targets)) expect(typeof target).toBe('boolean');
      // CPU time per request is read from /proc on Linux, the machine these figures come from.
      if (process.platform === 'linux') {
        for (const row of measured) expect(row.cpuUsPerRequest, row.name).toBeGreaterThanOrEqual(0);
        expect(Object.keys(report.cpuTargets)).toEqual(Object.keys(report.targets));
      }
    },
  );
});
