// The current view as files: a PNG and an SVG of the picture, and its facts with their quotes as CSV.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { EntitySummary, Evidence, Quantity } from './model.js';
import { escapeHtml } from './dom.js';
import { shapeSvg, typeStyle } from './entityTypes.js';
import { actorRelations, targetRelations } from './fold.js';
import { fontFamily } from './graphStyle.js';

export function download(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function pngOf(cy: Core): Blob {
  return cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2, maxWidth: 4000 });
}

/** The visible graph as SVG, in graph coordinates: shapes, arrows and the labels drawn now. */
export function svgOf(cy: Core): string {
  const nodes = cy.nodes(':visible');
  const box = nodes.boundingBox({ includeLabels: true });
  const margin = 20;
  const parts: string[] = [];
  cy.edges(':visible').forEach((edge: EdgeSingular) => {
    const from = edge.source().position();
    const to = edge.target().position();
    const folded = edge.hasClass('folded');
    const colour = folded ? '#b45309' : '#9ca3af';
    const width = folded ? Number(edge.data('width')) || 2 : 1.5;
    parts.push(
      `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" stroke="${colour}" stroke-width="${width}" marker-end="url(#${folded ? 'arrow-folded' : 'arrow'})"/>`,
    );
    if (folded && !edge.hasClass('no-label')) {
      const mid = edge.midpoint();
      parts.push(textSvg(edge.data('label') as string, mid.x, mid.y, fontSize(edge), '#78350f'));
    }
  });
  nodes.forEach((node: NodeSingular) => {
    const at = node.position();
    const size = node.width();
    const style = typeStyle(node.data('type') as string);
    const scale = size / 16;
    parts.push(
      `<g transform="translate(${at.x - size / 2} ${at.y - size / 2}) scale(${scale})" fill="${style.color}" stroke="#ffffff" stroke-width="${1 / scale}"><title>${escapeHtml((node.data('name') as string) ?? '')}</title>${shapeSvg(style.type)}</g>`,
    );
    if (!node.hasClass('no-label')) {
      const px = fontSize(node);
      parts.push(textSvg(node.data('label') as string, at.x, at.y + size / 2 + px, px, '#111827'));
    }
  });
  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${colour}"/></marker>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="${box.x1 - margin} ${box.y1 - margin} ${box.w + 2 * margin} ${box.h + 2 * margin}" width="${Math.round(box.w + 2 * margin)}" height="${Math.round(box.h + 2 * margin)}" font-family='${fontFamily}'>
<defs>${arrow('arrow', '#9ca3af')}${arrow('arrow-folded', '#b45309')}</defs>
<rect x="${box.x1 - margin}" y="${box.y1 - margin}" width="${box.w + 2 * margin}" height="${box.h + 2 * margin}" fill="#ffffff"/>
${parts.join('\n')}
</svg>`;
}

function fontSize(element: NodeSingular | EdgeSingular): number {
  return parseFloat(element.style('font-size') as string) || 12;
}

function textSvg(text: string, x: number, y: number, px: number, colour: string): string {
  const lines = text
    .split('\n')
    .map(
      (line, index) =>
        `<tspan x="${x}" dy="${index === 0 ? 0 : px * 1.2}">${escapeHtml(line)}</tspan>`,
    )
    .join('');
  return `<text x="${x}" y="${y}" font-size="${px}" fill="${colour}" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="${px / 4}">${lines}</text>`;
}

const csvHeader = [
  'from_id',
  'from_name',
  'from_name_en',
  'relationship',
  'to_id',
  'to_name',
  'to_name_en',
  'quantities',
  'quote',
  'source',
  'start',
  'end',
];

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The relationships behind what is on screen, one row per quote: the visible edges, for a
 * folded actor → target edge the PERFORMED and TARGETED relationships of its actions, and for
 * a group's edge the relationships of its actions that it merges.
 */
export function csvOf(cy: Core): string {
  const edges = new Map<string, EdgeSingular>();
  cy.edges(':visible').forEach((edge: EdgeSingular) => {
    if (edge.hasClass('grouped')) {
      for (const id of edge.data('behind') as string[]) edges.set(id, cy.getElementById(id));
      return;
    }
    if (!edge.hasClass('folded')) {
      edges.set(edge.id(), edge);
      return;
    }
    for (const id of edge.data('actions') as string[]) {
      const action = cy.getElementById(id);
      action
        .connectedEdges()
        .not('.derived')
        .forEach((behind: EdgeSingular) => {
          const type = behind.data('type') as string;
          const actor = actorRelations.has(type) && behind.source().id() === edge.data('source');
          const target = targetRelations.has(type) && behind.target().id() === edge.data('target');
          if (actor || target) edges.set(behind.id(), behind);
        });
    }
  });
  const rows = [csvHeader.join(',')];
  for (const edge of edges.values()) {
    const from = edge.source().data() as EntitySummary;
    const to = edge.target().data() as EntitySummary;
    const quantities = ((edge.data('quantities') as Quantity[] | undefined) ?? [])
      .map((q) => q.text)
      .join('; ');
    const evidence = (edge.data('evidence') as Evidence[] | undefined) ?? [];
    const quotes: (Evidence | null)[] = evidence.length ? evidence : [null];
    for (const quote of quotes) {
      rows.push(
        [
          from.id,
          from.name,
          from.nameEn ?? '',
          edge.data('type') as string,
          to.id,
          to.name,
          to.nameEn ?? '',
          quantities,
          quote?.quote ?? '',
          quote?.source.id ?? '',
          quote?.start ?? '',
          quote?.end ?? '',
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
