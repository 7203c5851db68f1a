// The README's example operations, sent as a client sends them, on every backend: data, no errors, and the answers the README states.
import { describe, expect, it } from 'vitest';
import { readmeExamples } from '../../src/readmeExamples.js';
import { describeConformance } from '../helpers/conformance.js';

const examples = readmeExamples();

/** The operation name a heading gives: its words in PascalCase ("Cursor pagination" -> CursorPagination). */
function operationNameOf(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** The `code` spans of a README paragraph. */
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

describe('the README examples', () => {
  it('are found: every example of the Example queries and Querying sections', () => {
    expect(examples.length).toBeGreaterThanOrEqual(11);
  });

  it('sit one under each heading, as one operation named after it (the GraphiQL tab name)', () => {
    const titles = examples.map((e) => e.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const example of examples) {
      expect(example.operationName, example.title).toBe(operationNameOf(example.title));
    }
  });
});

describeConformance('README examples', (server) => {
  for (const example of examples) {
    const stated = example.answer ? ', with the answer the README states' : '';
    it(`"${example.title}" answers with data and no errors${stated}`, async () => {
      const result = await server().query(example.query);
      expect(result.errors).toBeUndefined();
      const fields = Object.entries(result.data ?? {});
      expect(fields).not.toEqual([]);
      // Each root field shows something: a null or an empty list would be an empty example.
      for (const [field, value] of fields) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
      if (!example.answer) return;
      const values = scalars(result.data);
      for (const span of codeSpans(example.answer)) expect([...values], span).toContain(span);
    });
  }
});
