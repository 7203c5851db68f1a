// Turns the user's search text into a Lucene query string for the full-text index, inert as data.

// Every character the classic Lucene query parser treats as syntax (&& and || are two of & and |).
const special = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A phrase query for `text`: quoting keeps words such as AND, OR and NOT from acting as
 * operators, and escaping every special character keeps quotes and backslashes from ending the
 * phrase. The result is passed to Cypher as a parameter, never spliced into a statement.
 * Null when the text has nothing to search for: Lucene rejects an empty query.
 */
export function luceneQuery(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return null;
  return `"${trimmed.replace(special, '\\$&')}"`;
}
