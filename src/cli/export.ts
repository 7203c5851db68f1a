// `npm run export -- <dir>`: writes the whole graph the configured backend holds in the seed's own format (src/seed/exportSeed.ts).
import path from 'node:path';
import { loadConfig } from '../config.js';
import { createBackend } from '../createBackend.js';
import { exportSeed } from '../seed/exportSeed.js';
import { runCommand } from './runCommand.js';

async function main(): Promise<number> {
  const dir = process.argv[2];
  if (!dir) {
    console.error(
      'usage: npm run export -- <directory> (the backend as configured: GRAPH_BACKEND, DATA_DIR, NEO4J_*)',
    );
    return 1;
  }
  const backend = await createBackend(loadConfig());
  try {
    const counts = await exportSeed(backend, path.resolve(dir));
    console.log(
      `exported ${counts.sources} sources, ${counts.entities} entities, ${counts.relations} relations to ${dir}`,
    );
    return 0;
  } finally {
    await backend.close();
  }
}

runCommand(import.meta.url, main);
