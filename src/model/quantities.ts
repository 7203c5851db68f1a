// Numbers with their qualifier: what 约 / 近 / 上万 / 超过 / 不到 / 余 say about a value, and what a sum of them says.

/**
 * EXACT: as stated (4.1亿元). ABOUT: 约, roughly, either side. NEARLY: 近, a little under.
 * AT_LEAST: 上万, the value or more. MORE_THAN: 超过 / 余 / 逾, above the value. LESS_THAN: 不到, under it.
 */
export const quantityQualifiers = [
  'EXACT',
  'ABOUT',
  'NEARLY',
  'AT_LEAST',
  'MORE_THAN',
  'LESS_THAN',
] as const;

export type QuantityQualifier = (typeof quantityQualifiers)[number];

/** The markers the text uses for each qualifier, tried in order (the first that occurs wins). */
const markers: [RegExp, QuantityQualifier][] = [
  [/约/, 'ABOUT'],
  [/^近/, 'NEARLY'],
  [/^上[十百千万亿]/, 'AT_LEAST'],
  [/超过|逾|\d[余多]/, 'MORE_THAN'],
  [/不到|不足/, 'LESS_THAN'],
];

/** The qualifier the text of a quantity states (its marker), EXACT when it has none. */
export function qualifierOfText(text: string): QuantityQualifier {
  return markers.find(([marker]) => marker.test(text))?.[1] ?? 'EXACT';
}

/** Approximate is derived: every qualifier but EXACT leaves the true value open. */
export function isApproximate(qualifier: QuantityQualifier): boolean {
  return qualifier !== 'EXACT';
}

const lower: ReadonlySet<QuantityQualifier> = new Set(['AT_LEAST', 'MORE_THAN']);
const upper: ReadonlySet<QuantityQualifier> = new Set(['NEARLY', 'LESS_THAN']);

/**
 * The qualifier of a sum: EXACT parts change nothing; parts that all bound from below make a lower
 * bound (AT_LEAST, or MORE_THAN when every one is), parts that all bound from above an upper one
 * (LESS_THAN, or NEARLY when every one is); anything else, or any ABOUT, is ABOUT.
 */
export function qualifierOfSum(parts: readonly QuantityQualifier[]): QuantityQualifier {
  const open = [...new Set(parts.filter((q) => q !== 'EXACT'))];
  if (open.length === 0) return 'EXACT';
  if (open.length === 1) return open[0]!;
  if (open.every((q) => lower.has(q))) return 'AT_LEAST';
  if (open.every((q) => upper.has(q))) return 'LESS_THAN';
  return 'ABOUT';
}

/** A sum that is only a lower bound: the true total is at least this. */
export function isLowerBound(qualifier: QuantityQualifier): boolean {
  return lower.has(qualifier);
}
