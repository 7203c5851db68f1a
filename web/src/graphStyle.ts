// The graph's stylesheet: entity types by colour and shape, sizes by degree, and the classes the page sets (focus, path, fold).
import type cytoscape from 'cytoscape';
import { entityTypes } from './entityTypes.js';

/** One colour per source, in the order of their ids (distinct from the entity types' fills). */
export const sourcePalette = [
  '#2563eb',
  '#dc2626',
  '#059669',
  '#9333ea',
  '#ea580c',
  '#0891b2',
  '#be185d',
  '#4d7c0f',
];

export const fontFamily = 'system-ui, "Noto Sans CJK SC", "Noto Sans", sans-serif';

export const graphStyle: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      // Overwritten per node by the label placement (labels.ts), which keeps them readable on screen.
      'font-size': 12,
      'font-family': fontFamily,
      'text-valign': 'bottom',
      'text-halign': 'center',
      'text-margin-y': 3,
      // Labels arrive cut into lines (wrapLabel); the width only stops Cytoscape cutting them again.
      'text-wrap': 'wrap',
      'text-max-width': '4000px',
      'line-height': 1.2,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
      'text-background-shape': 'roundrectangle',
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1,
      'border-color': '#ffffff',
      'min-zoomed-font-size': 0,
    },
  },
  ...entityTypes.map((type) => ({
    selector: `node[type = "${type.type}"]`,
    style: { 'background-color': type.color, shape: type.shape as cytoscape.Css.NodeShape },
  })),
  { selector: 'node.no-label', style: { label: '' } },
  { selector: 'node.hub', style: { 'font-weight': 600 } },
  // Coloured by source (the legend's Sources): the ring in the source's colour (edges below).
  {
    selector: 'node.by-source',
    style: { 'border-width': 3, 'border-color': 'data(sourceColour)' },
  },
  { selector: 'node.multi-source', style: { 'border-width': 5, 'border-style': 'double' } },
  {
    selector: 'node.focus',
    style: { 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold', 'z-index': 9 },
  },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      label: 'data(type)',
      'font-size': 8,
      'font-family': fontFamily,
      color: '#4b5563',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '1px',
    },
  },
  // Relation names only once zoomed in (labels.ts sets `quiet` below zoom 1.6), except on the
  // selection and the path; folded edges are placed like node labels.
  { selector: 'edge.quiet', style: { label: '' } },
  {
    selector: 'edge.folded',
    style: {
      width: 'data(width)',
      'line-color': '#b45309',
      'target-arrow-color': '#b45309',
      'line-opacity': 0.75,
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': '4000px',
      'text-rotation': 'none',
      color: '#78350f',
      'min-zoomed-font-size': 0,
    },
  },
  { selector: 'edge.folded.no-label', style: { label: '' } },
  { selector: 'edge.grouped', style: { width: 'data(width)' } },
  {
    selector: 'node.group',
    style: { 'border-width': 3, 'border-color': '#b45309', 'border-style': 'double' },
  },
  // Coloured by source: the line in the source's colour, dashed when several cite it.
  {
    selector: 'edge.by-source',
    style: { 'line-color': 'data(sourceColour)', 'target-arrow-color': 'data(sourceColour)' },
  },
  { selector: 'edge.multi-source', style: { 'line-style': 'dashed' } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0 } },
  {
    selector: 'node.on-path',
    style: { 'border-width': 4, 'border-color': '#111827', 'font-weight': 'bold' },
  },
  {
    selector: 'edge.on-path',
    style: {
      width: 4,
      'line-color': '#111827',
      'target-arrow-color': '#111827',
      color: '#111827',
      label: 'data(type)',
    },
  },
  {
    selector: 'node.chosen',
    style: { 'border-width': 4, 'border-color': '#facc15', 'z-index': 10 },
  },
  {
    selector: 'edge.chosen',
    style: {
      width: 4,
      'line-color': '#facc15',
      'target-arrow-color': '#facc15',
      label: 'data(type)',
    },
  },
];
