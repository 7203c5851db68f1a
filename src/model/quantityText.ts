// Reads a number as Chinese reports write it (约22亿元, 82.9万只, 近百万件, 上万名, 十二个) into the model's normalised quantity: value, unit (CNY for money) and qualifier.
import { qualifierOfText, type QuantityQualifier } from './quantities.js';

export interface ReadQuantity {
  value: number;
  /** CNY for money, else the counting word as written (只, 件, 家 …). */
  unit: string;
  qualifier: QuantityQualifier;
}

const digits: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const smallUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const magnitudes: Record<string, number> = { 万: 1e4, 亿: 1e8, 百万: 1e6, 千万: 1e7, 万亿: 1e12 };

/** Counting words of goods, organisations, people, days … (money is 元). */
export const countingUnits =
  '只|件|套|吨|家|个|名|天|条|台|箱|辆|人|班次|次|批|包|瓶|顶|副|盒|份|所|项|种|位|座|张|架|支|袋|桶|车|间|户|栋|万元|元';

/**
 * One quantity: an optional marker (约, 近, 上, 超过, 逾, 不到, 不足, 价值), a number in digits or
 * Chinese numerals, a magnitude (万, 亿 …), an optional 余/多, and the counting word.
 */
export const quantityPattern = new RegExp(
  `(?:约|近|上|超过|逾|不到|不足|价值)?` +
    `(?:\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)?[余多]?` +
    `(?:万亿|千万|百万|万|亿)?[余多]?` +
    `(?:${countingUnits})`,
  'g',
);

/** A number in Chinese numerals (十二 12, 百 100, 三千五百 3500). */
function chineseNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const char of text) {
    if (char in digits) digit = digits[char]!;
    else if (char in smallUnits) {
      total += (digit ?? 1) * smallUnits[char]!;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/**
 * The quantity `text` starts with (what follows the counting word, such as the item in 82.9万只口罩,
 * is not read), or null when it writes none (no number and no magnitude).
 */
export function readQuantity(text: string): ReadQuantity | null {
  const match = new RegExp(
    `^(?:约|近|上|超过|逾|不到|不足|价值)?(\\d+(?:\\.\\d+)?|[零一二两三四五六七八九十百千]+)?[余多]?(万亿|千万|百万|万|亿)?[余多]?(${countingUnits})`,
  ).exec(text);
  if (!match) return null;
  const [, number, magnitude, unit] = match;
  if (number === undefined && magnitude === undefined) return null;
  const base =
    number === undefined ? 1 : /^\d/.test(number) ? Number(number) : chineseNumber(number);
  if (base === null || !Number.isFinite(base)) return null;
  const scale = magnitude ? magnitudes[magnitude]! : 1;
  const money = unit === '元' || unit === '万元';
  // Multiplying 82.9 by 10,000 in floating point gives 828999.9999999999: round to the digits given.
  const value = Number((base * scale * (unit === '万元' ? 1e4 : 1)).toPrecision(12));
  return { value, unit: money ? 'CNY' : unit!, qualifier: qualifierOfText(text) };
}
