// Malformed seed data fails loading with the file, the record and the field named.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSeedDir, loadSeed } from './loadSeed.js';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** A copy of seed/ with one file changed by `edit`. */
async function seedWith(file: string, edit: (rows: Record<string, unknown>[]) => void) {
  dir = await mkdtemp(path.join(os.tmpdir(), 'seed-'));
  await cp(defaultSeedDir, dir, { recursive: true });
  const target = path.join(dir, file);
  const rows = JSON.parse(await readFile(target, 'utf8')) as Record<string, unknown>[];
  edit(rows);
  await writeFile(target, JSON.stringify(rows));
  return dir;
}

describe('loadSeed', () => {
  it('loads the shipped seed', async () => {
    const seed = await loadSeed();
    expect(seed.entities.length).toBeGreaterThan(100);
    expect(seed.relations.length).toBeGreaterThan(100);
  });

  it('names file, record and field for a missing field', async () => {
    const seedDir = await seedWith('entities/associations.json', (rows) => {
      delete rows[1]!.nameEn;
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(
      /entities\/associations\.json, record #1 \(association:[^)]+\), field nameEn/,
    );
  });

  it('names the evidence whose quote does not match its offsets', async () => {
    const seedDir = await seedWith('entities/hospitals.json', (rows) => {
      const evidence = rows[0]!.evidence as { start: number }[];
      evidence[0]!.start += 1;
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(
      /entities\/hospitals\.json, record #0 \(hospital:[^)]+\), field evidence\.0: quote/,
    );
  });

  it('names a relation that points at an unknown entity', async () => {
    const seedDir = await seedWith('relations.json', (rows) => {
      rows[2]!.to = 'action:does-not-exist';
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(/relations\.json, record #2 .*field to: unknown entity/);
  });

  it('names a quantity whose text is not in the source', async () => {
    const seedDir = await seedWith('entities/relief-actions.json', (rows) => {
      const withNumber = rows.findIndex((r) => (r.quantities as unknown[] | undefined)?.length);
      (rows[withNumber]!.quantities as { text: string }[])[0]!.text = '999亿元';
      rows.unshift(rows.splice(withNumber, 1)[0]!);
    });
    await expect(loadSeed(seedDir)).rejects.toThrow(
      /entities\/relief-actions\.json, record #0 .*field quantities\.0\.text/,
    );
  });

  it('names a file that is not valid JSON', async () => {
    const seedDir = await seedWith('entities/regions.json', () => {});
    await writeFile(path.join(seedDir, 'entities/regions.json'), '[{"id": ');
    await expect(loadSeed(seedDir)).rejects.toThrow(/entities\/regions\.json: not valid JSON/);
  });
});
