// The view as a URL: focus, expansions, selection, filters, fold, path and language in the query string, so a link reopens the same picture.
import { amountStops } from './actionFilter.js';
import type { LayoutName } from './model.js';

export interface ViewState {
  focus: string[];
  /** Entities expanded by the reader, in the order they were expanded. */
  expanded: string[];
  selected: string | null;
  hiddenTypes: string[];
  hiddenRelations: string[];
  fold: boolean;
  /** Relief actions grouped by category. */
  group: boolean;
  hiddenCategories: string[];
  hiddenActivities: string[];
  /** Sources whose facts are hidden (a fact shows while any source it cites is shown). */
  hiddenSources: string[];
  /** Entities and relationships coloured by the sources they cite. */
  colourBySource: boolean;
  minAmount: number;
  maxAmount: number;
  path: { from: string; to: string } | null;
  pathHighlight: boolean;
  language: 'zh' | 'en';
  layout: LayoutName;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : []);

function stop(value: string | null, fallback: number): number {
  const index = Number(value);
  return value !== null && Number.isInteger(index) && index >= 0 && index < amountStops.length
    ? index
    : fallback;
}

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const [from, to] = (params.get('path') ?? '').split('~');
  return {
    focus: list(params.get('focus')),
    expanded: list(params.get('expand')),
    selected: params.get('sel'),
    hiddenTypes: list(params.get('hide')),
    hiddenRelations: list(params.get('hiderel')),
    fold: params.get('fold') === '1',
    group: params.get('group') === '1',
    hiddenCategories: list(params.get('hidecat')),
    hiddenActivities: list(params.get('hideact')),
    hiddenSources: list(params.get('hidesrc')),
    colourBySource: params.get('bysrc') === '1',
    minAmount: stop(params.get('min'), 0),
    maxAmount: stop(params.get('max'), amountStops.length - 1),
    path: from && to ? { from, to } : null,
    pathHighlight: params.get('hl') !== '0',
    language: params.get('lang') === 'en' ? 'en' : 'zh',
    layout: params.get('layout') === 'rings' ? 'rings' : 'force',
  };
}

/** The query string for a view: only what differs from a fresh page, in a stable order. */
export function viewSearch(view: ViewState): string {
  const params = new URLSearchParams();
  const set = (key: string, values: string[]) => {
    if (values.length) params.set(key, values.join(','));
  };
  set('focus', view.focus);
  set('expand', view.expanded);
  if (view.selected) params.set('sel', view.selected);
  set('hide', [...view.hiddenTypes].sort());
  set('hiderel', [...view.hiddenRelations].sort());
  if (view.fold) params.set('fold', '1');
  if (view.group) params.set('group', '1');
  set('hidecat', [...view.hiddenCategories].sort());
  set('hideact', [...view.hiddenActivities].sort());
  set('hidesrc', [...view.hiddenSources].sort());
  if (view.colourBySource) params.set('bysrc', '1');
  if (view.minAmount > 0) params.set('min', String(view.minAmount));
  if (view.maxAmount < amountStops.length - 1) params.set('max', String(view.maxAmount));
  if (view.path) params.set('path', `${view.path.from}~${view.path.to}`);
  if (view.path && !view.pathHighlight) params.set('hl', '0');
  if (view.language === 'en') params.set('lang', 'en');
  if (view.layout !== 'force') params.set('layout', view.layout);
  const text = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~');
  return text ? `?${text}` : '';
}
