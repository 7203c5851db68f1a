// `npm run ingest -- report.txt [--title …] [--publisher …] [--published …] [--url …] [--out proposals.json]`: reads a report (plain text or HTML) into proposals for review, resolved against the configured backend's graph, and writes them as JSON. Nothing is written to the graph.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { createBackend } from '../createBackend.js';
import { Proposer } from '../ingest/Proposer.js';
import { runCommand } from './runCommand.js';

const usage =
  'usage: npm run ingest -- <report.txt|report.html> [--title T] [--publisher P] [--published YYYY-MM-DD] [--url U] [--out proposals.json]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 1;
  }
  const config = loadConfig();
  const backend = await createBackend(config);
  try {
    const proposer = new Proposer(backend, config.limits.maxSourceTextLength);
    const proposals = await proposer.propose({
      text: await readFile(file, 'utf8'),
      title: values.title ?? path.basename(file),
      publisher: values.publisher ?? null,
      published: values.published ?? null,
      url: values.url ?? null,
    });
    const json = `${JSON.stringify(proposals, null, 2)}\n`;
    if (values.out) await writeFile(values.out, json);
    else process.stdout.write(json);
    console.error(
      `${proposals.entities.length} entities (${proposals.entities.filter((e) => e.existing).length} already in the graph), ${proposals.quantities.length} numbers, ${proposals.deeds.length} deeds (${proposals.deeds.filter((d) => d.duplicateOf).length} already in the graph)`,
    );
    return 0;
  } finally {
    await backend.close();
  }
}

runCommand(import.meta.url, main);
