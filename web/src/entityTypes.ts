// How each entity type looks in the graph and the legend: colour, Cytoscape shape and names.

export interface TypeStyle {
  type: string;
  label: string;
  labelZh: string;
  color: string;
  shape: string;
}

// Colours from a palette that stays distinguishable with the common colour-vision deficiencies;
// shapes differ too, so colour is never the only cue.
export const entityTypes: TypeStyle[] = [
  {
    type: 'ASSOCIATION',
    label: 'Association',
    labelZh: '协会商会',
    color: '#0072b2',
    shape: 'ellipse',
  },
  {
    type: 'GOVERNMENT_BODY',
    label: 'Government body',
    labelZh: '政府部门',
    color: '#d55e00',
    shape: 'round-rectangle',
  },
  { type: 'COMPANY', label: 'Company', labelZh: '企业', color: '#cc79a7', shape: 'diamond' },
  { type: 'HOSPITAL', label: 'Hospital', labelZh: '医院', color: '#009e73', shape: 'hexagon' },
  {
    type: 'RELIEF_ACTION',
    label: 'Relief action',
    labelZh: '援助行动',
    color: '#e69f00',
    shape: 'round-triangle',
  },
  { type: 'REGION', label: 'Region', labelZh: '地区', color: '#56b4e9', shape: 'round-octagon' },
  { type: 'MEETING', label: 'Meeting', labelZh: '会议', color: '#7a5195', shape: 'star' },
  { type: 'GROUP', label: 'Group', labelZh: '群体', color: '#ddcc77', shape: 'pentagon' },
  { type: 'STATEMENT', label: 'Statement', labelZh: '表述', color: '#882255', shape: 'tag' },
  {
    type: 'INSTRUMENT',
    label: 'Named thing',
    labelZh: '基金、项目、指南等',
    color: '#44aa99',
    shape: 'rhomboid',
  },
  { type: 'PERSON', label: 'Person', labelZh: '人物', color: '#332288', shape: 'vee' },
];

const fallback: TypeStyle = {
  type: 'OTHER',
  label: 'Other',
  labelZh: '其他',
  color: '#6b7280',
  shape: 'ellipse',
};

export function typeStyle(type: string): TypeStyle {
  return entityTypes.find((style) => style.type === type) ?? { ...fallback, type };
}

const shapePaths: Record<string, string> = {
  ellipse: '<circle cx="8" cy="8" r="7"/>',
  'round-rectangle': '<rect x="1" y="3" width="14" height="10" rx="3"/>',
  diamond: '<polygon points="8,1 15,8 8,15 1,8"/>',
  hexagon: '<polygon points="4,2 12,2 15,8 12,14 4,14 1,8"/>',
  'round-triangle': '<polygon points="8,1 15,14 1,14" stroke-linejoin="round" stroke-width="2"/>',
  'round-octagon': '<polygon points="5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5"/>',
  star: '<polygon points="8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6"/>',
  pentagon: '<polygon points="8,1 15,6 12.5,15 3.5,15 1,6"/>',
  tag: '<polygon points="1,3 11,3 15,8 11,13 1,13"/>',
  rhomboid: '<polygon points="4,3 15,3 12,13 1,13"/>',
};

/** The type's shape as SVG drawn in a 16x16 box (the legend's icons and the SVG export). */
export function shapeSvg(type: string): string {
  return shapePaths[typeStyle(type).shape] ?? shapePaths.ellipse!;
}

/** A 16x16 icon of the type's shape and colour for the legend and lists. */
export function typeIcon(type: string): string {
  const style = typeStyle(type);
  const shape = shapePaths[style.shape] ?? shapePaths.ellipse;
  return `<svg class="type-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="${style.color}" stroke="${style.color}">${shape}</svg>`;
}
