// `npm run load:fault -- --short` in CI: every phase of the load and fault script, a few seconds each, as a check of answers, codes and that nothing is lost (not of speed).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('load and fault script, short form', () => {
  it('passes every check of every phase', { timeout: 420_000 }, async () => {
    const { code, output } = await new Promise<{ code: number | null; output: string }>(
      (resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'bench/loadFault.ts', '--short'],
          { cwd: root, env: { ...process.env, LOG_LEVEL: 'info' }, timeout: 410_000 },
          (error, stdout, stderr) =>
            resolve({
              code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
              output: `${stdout}\n${stderr}`,
            }),
        );
      },
    );
    const failed = output.split('\n').filter((line) => /^\s+FAIL\s/.test(line));
    expect(failed, output).toEqual([]);
    expect(code, output).toBe(0);
    expect(output).toContain('All checks passed.');
    // Under CI the restart phase must run (a missing Java or Maven is a failed check there).
    if (process.env.CI) expect(output).not.toMatch(/Neo4j restart under load\n\n\s+SKIPPED/);
    for (const phase of [
      'Mixed load',
      'Oversized bodies',
      'Fair share',
      'Slow and idle connections',
      'SIGTERM under load',
      'Neo4j restart under load',
    ]) {
      expect(output).toMatch(new RegExp(`^## \\d+\\. ${phase}`, 'm'));
    }
  });
});
