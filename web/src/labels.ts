// Level of detail for the graph's labels: which ones are drawn at this zoom (focus, selection and hubs first, none overlapping) and how big.
import type { Core, NodeSingular, EdgeSingular } from 'cytoscape';
import type { LabelLanguage } from './model.js';

export type { LabelLanguage } from './model.js';

/** Sizes on screen, in CSS pixels: labels and nodes never shrink below these, whatever the zoom. */
export interface ScreenSizes {
  labelPx: number;
  hubLabelPx: number;
  focusLabelPx: number;
  minNodePx: number;
}

export const desktopSizes: ScreenSizes = {
  labelPx: 12,
  hubLabelPx: 13,
  focusLabelPx: 15,
  minNodePx: 12,
};
export const phoneSizes: ScreenSizes = {
  labelPx: 13,
  hubLabelPx: 14,
  focusLabelPx: 16,
  minNodePx: 20,
};

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Cuts a name into at most `lines` lines: Chinese by characters, other text at spaces. */
export function wrapLabel(text: string, lines = 2): string {
  const perLine = cjk.test(text) ? 12 : 24;
  const out: string[] = [];
  let rest = text.trim();
  while (rest && out.length < lines) {
    if (rest.length <= perLine) {
      out.push(rest);
      rest = '';
      break;
    }
    let cut = perLine;
    if (!cjk.test(rest.slice(0, perLine))) {
      const space = rest.lastIndexOf(' ', perLine);
      if (space > perLine / 2) cut = space;
    }
    out.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) out[out.length - 1] = `${out[out.length - 1]!.replace(/[\s,，、;；.。]+$/, '')}…`;
  return out.join('\n');
}

export function nameIn(
  node: { name: string; nameEn?: string | null },
  language: LabelLanguage,
): string {
  return language === 'en' ? (node.nameEn ?? node.name) : node.name;
}

const fontFamily = 'system-ui, "Noto Sans CJK SC", "Noto Sans", sans-serif';
let measureContext: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();

function textWidth(line: string, px: number, bold: boolean): number {
  const key = `${px}|${bold ? 'b' : ''}|${line}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measureContext ??= document.createElement('canvas').getContext('2d');
  let width = line.length * px;
  if (measureContext) {
    measureContext.font = `${bold ? 'bold ' : ''}${px}px ${fontFamily}`;
    width = measureContext.measureText(line).width;
  }
  widths.set(key, width);
  return width;
}

type Side = 'top' | 'bottom' | 'right' | 'left';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Boxes closer than a few pixels count as touching: the estimate of a label's box is not exact. */
function overlaps(a: Box, b: Box, gap = 4): boolean {
  return a.x1 - gap < b.x2 && b.x1 - gap < a.x2 && a.y1 - gap < b.y2 && b.y1 - gap < a.y2;
}

type Labelled = NodeSingular | EdgeSingular;

/** How much a label matters: the focus, the selection and the path always show; then hubs by degree. */
function priority(element: Labelled): number {
  if (element.hasClass('focus')) return 1e6;
  if (element.hasClass('key-hub')) return 9.5e5;
  if (element.hasClass('chosen')) return 9e5;
  if (element.hasClass('on-path') && !element.hasClass('faded')) return 8e5;
  // A folded edge's label (category, amount) after the names of the entities it joins.
  if (element.isEdge()) return element.hasClass('folded') ? 8 : -1;
  const degree = (element.data('degree') as number | undefined) ?? 0;
  // Organisations before the relief actions between them, at equal degree.
  return degree * 10 + (element.data('type') === 'RELIEF_ACTION' ? 0 : 5);
}

function mandatory(element: Labelled): boolean {
  return priority(element) >= 8e5;
}

/**
 * Decides, for the current zoom and pan, which labels are drawn: in order of priority, each one
 * that does not overlap a label already placed (the focus, selection and path always), at a size
 * that stays readable on screen. Also keeps every node at least `minNodePx` wide on screen.
 * Returns the ids of the labelled elements (the browser tests read this).
 */
export function placeLabels(cy: Core, sizes: ScreenSizes, hubs: ReadonlySet<string>): string[] {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const placed: Box[] = [];
  const shown: string[] = [];
  const candidates: Labelled[] = [];
  cy.nodes(':visible').forEach((node) => void candidates.push(node));
  cy.edges(':visible').forEach((edge) => {
    if (edge.hasClass('folded') || edge.hasClass('chosen') || edge.hasClass('on-path'))
      candidates.push(edge);
  });
  candidates.sort((a, b) => priority(b) - priority(a));
  // Nodes are obstacles too: a label over another node hides it.
  const nodeBoxes = new Map<string, Box>();
  cy.nodes(':visible').forEach((node) => {
    const at = node.renderedPosition();
    const half = Math.max(node.renderedWidth(), sizes.minNodePx) / 2;
    nodeBoxes.set(node.id(), {
      x1: at.x - half,
      x2: at.x + half,
      y1: at.y - half,
      y2: at.y + half,
    });
  });
  const hitsNode = (box: Box, own: string) => {
    for (const [id, other] of nodeBoxes) if (id !== own && overlaps(box, other)) return true;
    return false;
  };
  cy.batch(() => {
    // Relation names (PERFORMED, TARGETED …) would cover the overview: only from zoom 1.6 on.
    const quiet = zoom < 1.6;
    cy.edges()
      .filter((edge) => edge.hasClass('quiet') !== quiet)
      .toggleClass('quiet', quiet);
    for (const element of candidates) {
      const text = (element.data('label') as string | undefined) ?? '';
      const isFocus = element.hasClass('focus');
      const isHub = element.isNode() && hubs.has(element.id());
      const px = element.isEdge()
        ? sizes.labelPx - 1
        : isFocus
          ? sizes.focusLabelPx
          : isHub || element.hasClass('chosen')
            ? sizes.hubLabelPx
            : sizes.labelPx;
      if (element.isNode()) keepNodeVisible(element, zoom, sizes.minNodePx);
      const place = text ? placement(element, text, px, isFocus || isHub) : null;
      if (place) {
        placed.push(place.box);
        shown.push(element.id());
        setIfChanged(element, 'font-size', px / zoom);
        if (element.isNode()) {
          const vertical = place.side === 'top' || place.side === 'bottom';
          setTextIfChanged(element, 'text-valign', vertical ? place.side : 'center');
          setTextIfChanged(element, 'text-halign', vertical ? 'center' : place.side);
          setIfChanged(element, 'text-margin-y', place.side === 'top' ? -3 : vertical ? 3 : 0);
          setIfChanged(
            element,
            'text-margin-x',
            place.side === 'left' ? -3 : place.side === 'right' ? 3 : 0,
          );
        }
        element.removeClass('no-label');
      } else {
        element.addClass('no-label');
      }
    }
  });
  return shown;

  /**
   * Where the label goes: below the node, else above it, clear of other labels and nodes. Hubs
   * may cross a node if nothing else fits; the focus, selection and path are always labelled.
   */
  function placement(
    element: Labelled,
    text: string,
    px: number,
    bold: boolean,
  ): { box: Box; side: Side } | null {
    const sides = element.isEdge()
      ? (['bottom'] as const)
      : (['bottom', 'top', 'right', 'left'] as const);
    const options = sides.map((side) => ({ side, box: labelBox(element, text, px, bold, side) }));
    // Whole labels only: one cut by the canvas's edge reads as another name.
    const onScreen = (box: Box) =>
      box.x1 >= 0 && box.x2 <= width && box.y1 >= 0 && box.y2 <= height;
    const clearOfLabels = (box: Box) => !placed.some((other) => overlaps(other, box));
    const visible = options.filter((option) => onScreen(option.box));
    if (visible.length === 0) return null;
    const best = visible.find((o) => clearOfLabels(o.box) && !hitsNode(o.box, element.id()));
    if (best) return best;
    const isHub = element.isNode() && hubs.has(element.id());
    if (isHub) {
      const crossing = visible.find((o) => clearOfLabels(o.box));
      if (crossing) return crossing;
    }
    return mandatory(element) || element.hasClass('key-hub') ? visible[0]! : null;
  }
}

function labelBox(element: Labelled, text: string, px: number, bold: boolean, side: Side): Box {
  const lines = text.split('\n');
  const width = Math.max(...lines.map((line) => textWidth(line, px, bold))) + 6;
  const height = lines.length * px * 1.3 + 4;
  if (element.isEdge()) {
    const mid = element.renderedMidpoint();
    return {
      x1: mid.x - width / 2,
      x2: mid.x + width / 2,
      y1: mid.y - height / 2,
      y2: mid.y + height / 2,
    };
  }
  const at = element.renderedPosition();
  const half = element.renderedHeight() / 2 + 2;
  if (side === 'right' || side === 'left') {
    const x1 = side === 'right' ? at.x + half : at.x - half - width;
    return { x1, x2: x1 + width, y1: at.y - height / 2, y2: at.y + height / 2 };
  }
  const top = side === 'bottom' ? at.y + half : at.y - half - height;
  return { x1: at.x - width / 2, x2: at.x + width / 2, y1: top, y2: top + height };
}

function keepNodeVisible(node: NodeSingular, zoom: number, minPx: number): void {
  const size = (node.data('size') as number | undefined) ?? 20;
  const model = size * zoom >= minPx ? size : minPx / zoom;
  setIfChanged(node, 'width', model);
  setIfChanged(node, 'height', model);
}

function setTextIfChanged(element: Labelled, property: string, value: string): void {
  const key = `_${property}`;
  const scratch = element.scratch('lod') as Record<string, number | string> | undefined;
  if (scratch?.[key] === value) return;
  element.scratch('lod', { ...scratch, [key]: value });
  element.style(property, value);
}

/** Style bypasses cost a restyle each: only write the ones that change. */
function setIfChanged(element: Labelled, property: string, value: number): void {
  const rounded = Math.round(value * 100) / 100;
  const key = `_${property}`;
  const scratch = element.scratch('lod') as Record<string, number | string> | undefined;
  if (scratch?.[key] === rounded) return;
  element.scratch('lod', { ...scratch, [key]: rounded });
  element.style(property, rounded);
}
