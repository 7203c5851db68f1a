// The report's text with every proposal marked, as the article view marks evidence: the text cut at every span's ends, each piece inside a span a <mark> naming its proposals. Built from text nodes only: the report's text is never parsed as HTML.
import { nameOf, quoteOf, type Review } from './review.js';

interface MarkedSpan {
  start: number;
  end: number;
  ref: string;
  what: 'entity' | 'deed' | 'quantity';
  rejected: boolean;
  label: string;
}

function spansOf(review: Review): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  for (const deed of review.deeds) {
    spans.push({
      start: deed.start,
      end: deed.end,
      ref: deed.ref,
      what: 'deed',
      rejected: !deed.accepted,
      label: `${deed.ref}: ${deed.activity} — ${quoteOf(review, deed).slice(0, 40)}`,
    });
  }
  for (const entity of review.entities) {
    const name = nameOf(review, entity);
    // The span quoted as evidence, and every other mention of the name as proposed.
    const mentions = [
      { start: entity.start, end: entity.end },
      ...entity.mentions.filter((m) => m.start !== entity.start || m.end !== entity.end),
    ];
    for (const mention of mentions) {
      spans.push({
        ...mention,
        ref: entity.ref,
        what: 'entity',
        rejected: !entity.accepted,
        label: `${entity.ref}: ${entity.kind} ${name}`,
      });
    }
  }
  for (const quantity of review.quantities) {
    spans.push({
      start: quantity.start,
      end: quantity.end,
      ref: '',
      what: 'quantity',
      rejected: false,
      label: `${quantity.text} = ${quantity.value} ${quantity.unit} (${quantity.qualifier})`,
    });
  }
  return spans.filter((s) => s.start >= 0 && s.end <= review.text.length && s.start < s.end);
}

/** Fills `container` with the marked text; a mark's `data-ref` names the innermost proposal it shows. */
export function renderMarkedText(container: HTMLElement, review: Review): void {
  const text = review.text;
  const spans = spansOf(review);
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    const piece = document.createTextNode(text.slice(from, to));
    const covering = spans.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) {
      fragment.append(piece);
      continue;
    }
    const mark = document.createElement('mark');
    const kinds = new Set(covering.map((span) => span.what));
    mark.className = [...kinds].join(' ');
    // A click opens the smallest accepted proposal under the piece (the smallest of all when every
    // one is rejected); the piece reads as rejected only when nothing accepted covers it.
    const proposals = covering
      .filter((span) => span.ref)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
    const opened = proposals.find((span) => !span.rejected) ?? proposals[0];
    if (opened) {
      mark.dataset.ref = opened.ref;
      if (opened.rejected) mark.classList.add('rejected');
    }
    mark.title = covering.map((span) => span.label).join('\n');
    mark.append(piece);
    fragment.append(mark);
  }
  container.replaceChildren(fragment);
}
