// The example sections of README.md and docs/querying.md, generated from examples/: `npm run docs:examples` writes them, test/docs/querying.test.ts checks them.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadExamples, type Example } from '../../src/examples.js';
import { repoPath } from '../../src/packageRoot.js';

export const queryingDoc = repoPath(import.meta.url, 'docs/querying.md');
/** Every document that shows examples: docs/querying.md all of them, the README its one. */
export const exampleDocs = [repoPath(import.meta.url, 'README.md'), queryingDoc];

/** `<!-- example 01-name -->` … `<!-- /example -->`: the lines between are generated. */
const section = /(<!-- example ([\w-]+) -->\n)([\s\S]*?)(<!-- \/example -->)/g;

/** An example as the docs show it: the operation, its variables if any, and its stated answer. */
export function renderExample(example: Example): string {
  const parts = [`\`\`\`graphql\n${example.query}\`\`\``];
  if (example.variables) {
    parts.push(`Variables:\n\n\`\`\`json\n${JSON.stringify(example.variables, null, 2)}\n\`\`\``);
  }
  parts.push(`Answer: ${example.answer}`);
  return `${parts.join('\n\n')}\n`;
}

/** The names of the examples a document includes, in order. */
export function includedExamples(markdown: string): string[] {
  return [...markdown.matchAll(section)].map((match) => match[2]!);
}

/** The document with every example section generated afresh; an unknown name is an error. */
export function withExampleSections(
  markdown: string,
  examples: Example[] = loadExamples(),
): string {
  const byName = new Map(examples.map((example) => [example.name, example]));
  return markdown.replace(section, (_whole, open: string, name: string, _body, close: string) => {
    const example = byName.get(name);
    if (!example) throw new Error(`docs name an example that examples/ does not hold: ${name}`);
    return `${open}\n${renderExample(example)}\n${close}`;
  });
}

// `npm run docs:examples`: rewrite the documents' sections from examples/.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const doc of exampleDocs) {
    const before = readFileSync(doc, 'utf8');
    const after = withExampleSections(before);
    if (after !== before) writeFileSync(doc, after);
    console.log(`${doc}: ${after === before ? 'already in sync' : 'updated'}`);
  }
}
