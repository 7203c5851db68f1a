// Numbers and quotes as a reader wants them: 22亿元 / 2.2 billion CNY, and a quote inside its sentence.
import type { Quantity } from './model.js';

/** Drops floating-point noise (0.1 + 0.2) without rounding away real digits. */
function plain(value: number): string {
  return String(Number(value.toPrecision(6)));
}

/** What each qualifier puts before the number, in Chinese and English (上万名 is 1万 or more). */
const qualifierZh: Record<string, string> = {
  ABOUT: '约',
  NEARLY: '近',
  AT_LEAST: '至少',
  MORE_THAN: '超过',
  LESS_THAN: '不到',
};
const qualifierEn: Record<string, string> = {
  ABOUT: 'about ',
  NEARLY: 'nearly ',
  AT_LEAST: 'at least ',
  MORE_THAN: 'more than ',
  LESS_THAN: 'less than ',
};

function prefix(quantity: Quantity, words: Record<string, string>, approximate: string): string {
  if (quantity.qualifier) return words[quantity.qualifier] ?? '';
  return quantity.approximate ? approximate : '';
}

/** Chinese: 万 and 亿 as the article writes them, with 元 for money. */
export function quantityZh(quantity: Quantity): string {
  const { value } = quantity;
  const magnitude = Math.abs(value);
  const number =
    magnitude >= 1e8
      ? `${plain(value / 1e8)}亿`
      : magnitude >= 1e4
        ? `${plain(value / 1e4)}万`
        : plain(value);
  const unit = quantity.unit === 'CNY' ? '元' : quantity.unit;
  return `${prefix(quantity, qualifierZh, '约')}${number}${unit}${quantity.item ?? ''}`;
}

/** English: millions and billions in words, otherwise grouped digits. */
export function quantityEn(quantity: Quantity): string {
  const { value } = quantity;
  const magnitude = Math.abs(value);
  const number =
    magnitude >= 1e9
      ? `${plain(value / 1e9)} billion`
      : magnitude >= 1e6
        ? `${plain(value / 1e6)} million`
        : Number(plain(value)).toLocaleString('en-US');
  const item = quantity.item ? ` (${quantity.item})` : '';
  return `${prefix(quantity, qualifierEn, 'about ')}${number} ${quantity.unit}${item}`;
}

const sentenceEnd = /[。！？!?；\n]/;

/** Where the sentence that holds [start, end) begins and ends: after the previous full stop, to the next. */
export function sentenceRange(
  text: string,
  start: number,
  end: number,
): { from: number; to: number } {
  const maxContext = 240;
  let from = start;
  while (from > 0 && start - from < maxContext && !sentenceEnd.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && to - end < maxContext && !sentenceEnd.test(text[to - 1] ?? '')) to++;
  // A quote that itself ends a sentence needs no text after it.
  if (to > end && sentenceEnd.test(text[end - 1] ?? '')) to = end;
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  while (to > end && /\s/.test(text[to - 1] ?? '')) to--;
  return { from, to };
}

/** The sentence of `text` that holds [start, end), cut round the quote. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { before: string; quote: string; after: string } {
  const { from, to } = sentenceRange(text, start, end);
  return {
    before: text.slice(from, start),
    quote: text.slice(start, end),
    after: text.slice(end, to),
  };
}
