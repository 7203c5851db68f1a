// The example operations in examples/: Sandbox opens with the first, GraphiQL with all of them as tabs, docs/querying.md shows them and the tests run them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from './packageRoot.js';

export interface Example {
  /** The file name without its extension, e.g. `01-who-supported-huoshenshan-hospital`. */
  name: string;
  /** A heading for it, e.g. "Who supported Huoshenshan hospital". */
  title: string;
  /** The operation's name (GraphiQL names its tab after it), or null for an anonymous one. */
  operationName: string | null;
  /** The operation, as `<name>.graphql` holds it. */
  query: string;
  /** The operation's variables (`<name>.json`'s `variables`), or null when it takes none. */
  variables: Record<string, unknown> | null;
  /** What the operation answers, in Markdown; every `code` span is a value of the response. */
  answer: string;
}

/** examples/ at the root of the checkout or image (beside package.json, whether this runs from src/ or dist/src/). */
export const examplesDir = repoPath(import.meta.url, 'examples');

export class ExamplesError extends Error {
  override name = 'ExamplesError';
}

const operationName = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/m;

/** One `<name>.json` beside its operation: a title, the stated answer (lines of Markdown) and optional variables. */
function readDescription(file: string): Pick<Example, 'title' | 'variables' | 'answer'> {
  if (!existsSync(file))
    throw new ExamplesError(`${file} is missing: each example needs its title and answer`);
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    title?: unknown;
    variables?: unknown;
    answer?: unknown;
  };
  const { title, variables = null, answer } = json;
  const lines = Array.isArray(answer) && answer.every((line) => typeof line === 'string');
  if (typeof title !== 'string' || !lines || answer.length === 0) {
    throw new ExamplesError(
      `${file}: expected { "title": string, "answer": [lines], "variables"?: {...} }`,
    );
  }
  if (variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new ExamplesError(`${file}: "variables" must be an object`);
  }
  return {
    title,
    variables: variables as Record<string, unknown> | null,
    answer: answer.join('\n'),
  };
}

/**
 * Every example, in file-name order (the numbers give the order of GraphiQL's tabs). A missing
 * or empty folder stops start-up, naming the path: the files ship beside the code (Dockerfile).
 */
export function loadExamples(dir = examplesDir): Example[] {
  if (!existsSync(dir)) {
    throw new ExamplesError(
      `no examples folder at ${dir}: the server reads the operations Sandbox and GraphiQL open with from it (copy examples/ beside package.json)`,
    );
  }
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => file.slice(0, -'.graphql'.length))
    .sort();
  if (names.length === 0) throw new ExamplesError(`no *.graphql example in ${dir}`);
  return names.map((name) => {
    const query = readFileSync(path.join(dir, `${name}.graphql`), 'utf8');
    return {
      name,
      operationName: operationName.exec(query)?.[1] ?? null,
      query,
      ...readDescription(path.join(dir, `${name}.json`)),
    };
  });
}
