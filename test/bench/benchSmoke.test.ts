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

  it('measures every row and writes the same figures as JSON', { timeout: 120_000 }, async () => {
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
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'silent' }, timeout: 110_000 },
    );

    expect(stdout).toMatch(
      /^query\s+req\/s\s+p50 ms\s+p99 ms\s+vs floor\s+vs own __typename\s+backend calls\s+failures$/m,
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
    expect(report.rows.map((r: { name: string }) => r.name)).toEqual(
      benchQueries.map((q) => q.name),
    );
    const measured = report.rows.filter((r: object) => !('missing' in r));
    // The two __typename rows and the five explorer queries always exist; list and aggregate once built.
    expect(measured.length).toBeGreaterThanOrEqual(7);
    for (const row of measured) {
      expect(row.failures, row.name).toBe(0);
      expect(row.reqPerSec, row.name).toBeGreaterThan(0);
      expect(row.p99Ms, row.name).toBeGreaterThanOrEqual(row.p50Ms);
      expect(row.responseBytes, row.name).toBeGreaterThan(0);
      expect(row.toFloor, row.name).toBeGreaterThan(0);
    }
    // Every project query reads the backend at least once, except { __typename }.
    for (const row of measured.slice(2))
      expect(row.backendCalls.total, row.name).toBeGreaterThan(0);
    expect(measured[1].backendCalls.total).toBe(0);
    expect(measured[0].toFloor).toBe(1);
    expect(measured[1].toOwnTypename).toBe(1);
    expect(typeof report.targets.typenameAtLeast90PctOfFloor).toBe('boolean');
    expect(typeof report.targets.queriesAtLeast50PctOfOwnTypename).toBe('boolean');
  });
});
