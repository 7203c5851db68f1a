// The README's example operations, one per heading: GraphiQL opens with them as tabs and the test suite runs them.
import { existsSync, readFileSync } from 'node:fs';
import { repoPath } from './packageRoot.js';

export interface ReadmeExample {
  /** The heading the example sits under. */
  title: string;
  /** The operation's name (GraphiQL names its tab after it), or null for an anonymous one. */
  operationName: string | null;
  /** The `graphql` block, verbatim. */
  query: string;
  /** The paragraph after the block that starts with "Answer:", or null when there is none. */
  answer: string | null;
}

/** README.md at the root of the checkout or image. */
export const readmePath = repoPath(import.meta.url, 'README.md');

const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/;
const operationName = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;

/** Every ```graphql block of a Markdown text, with the heading above it and its stated answer. */
export function parseReadmeExamples(markdown: string): ReadmeExample[] {
  const examples: ReadmeExample[] = [];
  const lines = markdown.split('\n');
  let title = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^(`{3,})(\w*)/.exec(line);
    if (!fence) {
      title = heading.exec(line)?.[1] ?? title;
      continue;
    }
    // A fenced block of any language: skip to its end, keeping the graphql ones.
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(fence[1]!); i++) body.push(lines[i]!);
    if (fence[2] !== 'graphql') continue;
    const query = `${body.join('\n')}\n`;
    examples.push({
      title,
      operationName: operationName.exec(query)?.[1] ?? null,
      query,
      answer: answerAfter(lines, i + 1),
    });
  }
  return examples;
}

/** The "Answer:" paragraph that follows a block (before the next heading or block), if any. */
function answerAfter(lines: string[], from: number): string | null {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (heading.test(line) || line.startsWith('```')) return null;
    if (!line.startsWith('Answer:')) continue;
    const paragraph = [line];
    for (i++; i < lines.length && lines[i]!.trim() !== ''; i++) paragraph.push(lines[i]!);
    return paragraph.join('\n');
  }
  return null;
}

/** The README's examples, or none when the README is not beside the code. */
export function readmeExamples(path = readmePath): ReadmeExample[] {
  return existsSync(path) ? parseReadmeExamples(readFileSync(path, 'utf8')) : [];
}
