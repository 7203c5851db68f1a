// The full-article view: the source text with every evidenced span marked and the chosen quote in focus.
import type { EvidenceSpan, Source } from './api.js';
import { escapeHtml } from './dom.js';

export interface Focus {
  start: number;
  end: number;
}

/** Parses `#article=<source id>&at=<start>-<end>`; null for any other hash. */
export function parseArticleHash(hash: string): { sourceId: string; focus: Focus | null } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const sourceId = params.get('article');
  if (!sourceId) return null;
  const match = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '');
  const focus = match ? { start: Number(match[1]), end: Number(match[2]) } : null;
  return { sourceId, focus };
}

/**
 * The article as HTML: text cut at every span boundary, each piece inside some span wrapped in a
 * <mark> naming what it is evidence for. Spans overlap freely, so pieces rather than spans are marked.
 */
export function articleHtml(source: Source, spans: EvidenceSpan[], focus: Focus | null): string {
  const text = source.text;
  const own = spans.filter((span) => span.sourceId === source.id && span.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const span of own) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  if (focus) {
    cuts.add(Math.min(focus.start, text.length));
    cuts.add(Math.min(focus.end, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    const piece = escapeHtml(text.slice(from, to));
    const covering = own.filter((span) => span.start <= from && span.end >= to);
    const inFocus = focus !== null && focus.start <= from && focus.end >= to;
    if (covering.length === 0 && !inFocus) {
      html += piece;
      continue;
    }
    const labels = [...new Set(covering.map((span) => span.label))].join('\n');
    const entity = covering[0]?.entityId ?? '';
    html += `<mark class="${inFocus ? 'focus' : ''}" data-entity="${escapeHtml(entity)}" title="${escapeHtml(labels)}">${piece}</mark>`;
  }
  return html;
}
