// A pasted or uploaded report as the plain text its facts will quote: HTML reduced to its text by a real parser (parse5; scripts and styles dropped, never run or kept), checked for what cannot be a report, and named by its text's SHA-256.
import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** A report that cannot be read: the reason, for a BAD_USER_INPUT answer. */
export class UnreadableReportError extends Error {
  override name = 'UnreadableReportError';
}

export interface ReportText {
  /** The text facts quote, offsets counted in it (JavaScript string indexes). */
  text: string;
  /** Hex SHA-256 of the text: the same report pasted twice is found by it. */
  sha256: string;
  /** Whether the input was HTML (reduced to its text). */
  fromHtml: boolean;
}

/** Elements whose content is never text of the report. */
const dropped = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'iframe',
  'object',
  'svg',
]);

/** Elements that end a line of text. */
const blocks = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
]);

function textOf(node: Node, out: string[]): void {
  if (node.nodeName === '#text') {
    out.push((node as DefaultTreeAdapterMap['textNode']).value);
    return;
  }
  if (dropped.has(node.nodeName)) return;
  const children = 'childNodes' in node ? node.childNodes : [];
  const content = node.nodeName === 'template' ? [] : children;
  for (const child of content) textOf(child as Node, out);
  if (blocks.has(node.nodeName)) out.push('\n');
}

/** HTML as the text a reader sees: tags gone, entities decoded, blocks on their own lines. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  textOf(parse(html) as unknown as Node, out);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n[\n ]*/g, '\n')
    .trim();
}

const looksLikeHtml = /^\s*(?:<!doctype html|<html|<body|<p[\s>]|<div[\s>]|<article[\s>])/i;

/**
 * The report's text, or UnreadableReportError: empty, binary (NUL bytes, undecodable bytes,
 * control characters), a lone surrogate, or longer than `maxLength` characters.
 */
export function reportText(input: string, maxLength: number): ReportText {
  if (input.length > maxLength * 4) {
    throw new UnreadableReportError(`the report is longer than ${maxLength} characters`);
  }
  const fromHtml = looksLikeHtml.test(input);
  const text = (fromHtml ? htmlToText(input) : input).replace(/\r\n?/g, '\n');
  if (text.trim().length === 0) throw new UnreadableReportError('the report has no text');
  if (text.length > maxLength) {
    throw new UnreadableReportError(
      `the report has ${text.length} characters; at most ${maxLength}`,
    );
  }
  // Binary data decoded as text: NUL, the replacement character, or C0 controls other than
  // tab and line ends. The control characters are the point of this pattern.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(text)) {
    throw new UnreadableReportError('the report is not text (control or undecodable characters)');
  }
  if (/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text)) {
    throw new UnreadableReportError('the report has a lone surrogate');
  }
  return { text, sha256: createHash('sha256').update(text).digest('hex'), fromHtml };
}
