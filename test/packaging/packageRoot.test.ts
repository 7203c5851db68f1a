// packageRoot finds the checkout's root from any module inside it, whatever folders lie above it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/packageRoot.js';

describe('packageRoot', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'package-root-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('finds the checkout from src/ and from dist/src/, even when the checkout lies under a folder named dist', () => {
    const checkout = path.join(base, 'dist', 'work', 'relief-graph');
    for (const dir of ['src/seed', 'dist/src/seed'])
      mkdirSync(path.join(checkout, dir), { recursive: true });
    writeFileSync(path.join(checkout, 'package.json'), '{}');
    expect(packageRoot(path.join(checkout, 'src/seed'))).toBe(checkout);
    expect(packageRoot(path.join(checkout, 'dist/src/seed'))).toBe(checkout);
  });

  it('fails with the start directory named when there is no package.json above it', () => {
    const lost = path.join(base, 'nowhere');
    mkdirSync(lost);
    expect(() => packageRoot(lost)).toThrow(`no package.json at or above ${lost}`);
  });
});
