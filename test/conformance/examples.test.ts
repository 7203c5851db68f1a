// The example operations of examples/, sent as a client sends them, on every backend: data, no errors, and the answers their files state.
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/examples.js';
import { describeConformance } from '../helpers/conformance.js';

const examples = loadExamples();

/** The words of a title ("What was answered, studied and built on"). */
function wordsOf(title: string): string[] {
  return title.split(/[^A-Za-z0-9]+/).filter(Boolean);
}

/** The `code` spans of a Markdown paragraph. */
function codeSpans(paragraph: string): string[] {
  return [...paragraph.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

/** Every string and number in a response, as text. */
function scalars(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    into.add(String(value));
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) scalars(item, into);
  }
  return into;
}

describe('the examples', () => {
  it('are found: the ten questions and every feature of docs/querying.md', () => {
    expect(examples.length).toBeGreaterThanOrEqual(16);
  });

  it('are one operation each, named after the title (the GraphiQL tab), in a file named after it', () => {
    const titles = examples.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
    examples.forEach((example, i) => {
      const words = wordsOf(example.title);
      const pascal = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
      expect(example.operationName, example.name).toBe(pascal);
      const kebab = words.map((word) => word.toLowerCase()).join('-');
      expect(example.name).toBe(`${String(i + 1).padStart(2, '0')}-${kebab}`);
    });
  });

  it('state an answer with values to find in the response', () => {
    for (const example of examples) expect(codeSpans(example.answer), example.name).not.toEqual([]);
  });
});

describeConformance('examples', (server) => {
  for (const example of examples) {
    it(`"${example.title}" answers with data, no errors and the answer its file states`, async () => {
      const result = await server().query(example.query, example.variables ?? undefined);
      expect(result.errors).toBeUndefined();
      const fields = Object.entries(result.data ?? {});
      expect(fields).not.toEqual([]);
      // Each root field shows something: a null or an empty list would be an empty example.
      for (const [field, value] of fields) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
      const values = scalars(result.data);
      for (const span of codeSpans(example.answer)) expect([...values], span).toContain(span);
    });
  }
});
