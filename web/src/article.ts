// The full-article view: the source text with the chosen quote in focus, the selected entity's facts marked strongly and the rest faintly.
import type { EvidenceSpan, Source } from './model.js';
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
 * A piece that is evidence about `about` (the selected entity) is marked `own`, any other `other`.
 */
export function articleHtml(
  source: Source,
  spans: EvidenceSpan[],
  focus: Focus | null,
  about: string | null = null,
): string {
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
    const mine = about !== null && covering.some((span) => span.about.includes(about));
    const labels = [...new Set(covering.map((span) => span.label))].join('\n');
    const entity = mine ? about : (covering[0]?.entityId ?? '');
    const classes = [inFocus ? 'focus' : '', mine ? 'own' : 'other'].filter(Boolean).join(' ');
    html += `<mark class="${classes}" data-entity="${escapeHtml(entity)}" title="${escapeHtml(labels)}">${piece}</mark>`;
  }
  return html;
}
