// Relay connections over offset pages: opaque cursors bound to the list they came from, and the page shape.
import { createHash } from 'node:crypto';
import { badInput } from './argumentLimits.js';

/**
 * A fingerprint of what a list is (its kind, filter and sort), so a cursor from another list or
 * another filter is refused instead of silently pointing somewhere else.
 */
export function listFingerprint(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 10);
}

const cursorPattern = /^c1:(\d{1,9}):([\w-]{10})$/;

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(`c1:${offset}:${fingerprint}`).toString('base64url');
}

/** The offset of the first item after `after`, or 0 without a cursor. */
export function offsetAfter(after: string | null | undefined, fingerprint: string): number {
  if (after == null) return 0;
  const match = cursorPattern.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw badInput('Argument "after" is not a cursor this API issued.', 'after');
  if (match[2] !== fingerprint) {
    throw badInput(
      'Argument "after" is a cursor of another list, filter or sort; start again without it.',
      'after',
    );
  }
  return Number(match[1]) + 1;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: T }[];
}

/** A page of `items` that starts at `offset` of a list of `totalCount` items. */
export function connectionOf<T>(
  items: readonly T[],
  offset: number,
  totalCount: number,
  fingerprint: string,
): Connection<T> {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i, fingerprint), node }));
  return {
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    edges,
  };
}
