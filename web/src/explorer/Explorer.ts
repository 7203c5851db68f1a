// The explorer as one object: the store, the page parts it draws into, and the operations each module adds (view, selection, path finder, URL state), so modules call each other through it.
import type { EntitySummary } from '../api.js';
import type { GraphView } from '../graphView.js';
import type { PanelContext } from '../panel.js';
import type { PhoneSheet } from '../phoneSheet.js';
import type { StatusLine } from '../statusLine.js';
import type { ViewState } from '../urlState.js';
import type { Store } from './store.js';

/** The store and the parts of the page every module reads. */
export interface Parts {
  state: Store;
  graph: GraphView;
  graphElement: HTMLElement;
  panel: HTMLElement;
  empty: HTMLElement;
  searchInput: HTMLInputElement;
  sheet: PhoneSheet;
  status: StatusLine;
  panelContext: PanelContext;
}

/** view.ts: what the picture shows and how it grows. */
export interface ViewOperations {
  /** After anything changes what is drawn or shown: filters, legend, path, the offer to fold, the URL. */
  afterGraphChange(): void;
  /** Lays out and fits after a change; `fresh` lays everything out anew. */
  settle(fresh?: boolean): void;
  setGroup(on: boolean): void;
  setFold(on: boolean): void;
  /** Draws an entity by the neighbourhood rule; false when there is no such entity. */
  draw(id: string): Promise<boolean>;
  /** Opens entities as the new focus of the picture (search, examples, a link, the article). */
  open(ids: string[], options?: { select?: boolean }): Promise<void>;
  expand(id: string): Promise<void>;
  collapse(id: string): void;
  hospitalsView(): Promise<void>;
  renderLegend(): void;
  toggleLanguage(): void;
  clearView(): void;
}

/** selection.ts: what the panel shows. */
export interface Selection {
  select(id: string): Promise<void>;
  selectEdge(id: string): void;
  selectGroup(id: string): void;
}

/** pathFinder.ts: the shortest path between two picked entities. */
export interface PathFinder {
  renderPathBar(): void;
  setPathHighlight(on: boolean): void;
  summaryOf(id: string): EntitySummary | null;
  setPathEnd(end: 'from' | 'to', id: string): Promise<void>;
  findPath(): Promise<void>;
  clearPath(): void;
}

/** viewUrl.ts: the view in the URL. */
export interface ViewUrl {
  saveView(): void;
  restoreView(view: ViewState): Promise<void>;
}

export type Explorer = Parts & ViewOperations & Selection & PathFinder & ViewUrl;
