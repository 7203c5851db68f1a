// What every part of the configuration shares: its error, and the one way a list is read from a variable or a file.
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One non-empty item of a list, trimmed, with its 1-based position in the text (a line number for files). */
export interface ListEntry {
  text: string;
  position: number;
}

/** The non-empty items of `value` split at `separator`, trimmed, each with its position. */
export function entriesOf(value: string, separator: string): ListEntry[] {
  return value
    .split(separator)
    .map((item, i) => ({ text: item.trim(), position: i + 1 }))
    .filter((entry) => entry.text.length > 0);
}

/** The non-empty items of a comma-separated list, trimmed. */
export function listFrom(value: string): string[] {
  return entriesOf(value, ',').map((entry) => entry.text);
}
