// Finds every number a report writes with its unit, qualifier and item (82.9万只口罩: 829000 只 口罩, EXACT), read by the model's own quantity reader.
import { quantityPattern, readQuantity, type ReadQuantity } from '../model/quantityText.js';
import type { Token } from './segmenter.js';

export interface QuantityMention extends ReadQuantity {
  /** The number as written, at [start, end). */
  text: string;
  start: number;
  end: number;
  /** What is counted, when the word after the number names it (口罩, 防护服, 企业). */
  item: string | null;
}

const itemTags = new Set(['n', 'nz', 'vn', 'j', 'l', 'nr']);

/** Every quantity of `text` (tokenised as `tokens`), in text order. */
export function findQuantities(text: string, tokens: Token[]): QuantityMention[] {
  const found: QuantityMention[] = [];
  for (const match of text.matchAll(quantityPattern)) {
    const read = readQuantity(match[0]);
    if (!read) continue;
    const start = match.index;
    const end = start + match[0].length;
    const next = tokens.find((t) => t.start === end);
    const item = next && itemTags.has(next.tag) ? next.word : null;
    found.push({ ...read, text: match[0], start, end, item });
  }
  return found;
}
