// The explorer's one store: everything the page knows about what is shown, selected and asked, read and written by every module of web/src/explorer/.
import { emptyActionFilter } from '../actionFilter.js';
import type { EntitySummary, Source, Subgraph } from '../api.js';
import type { LabelLanguage } from '../graphView.js';
import type { LayoutName } from '../layout.js';
import { noSchemaDocs, type SchemaDocs } from '../schemaDocs.js';

export function createStore() {
  return {
    language: 'zh' as LabelLanguage,
    sources: new Map<string, Source>(),
    docs: noSchemaDocs as SchemaDocs,
    selected: null as string | null,
    /** The entities the picture is about (opened from search, an example, a link or the article). */
    focus: [] as string[],
    /** Entities whose neighbourhood is drawn. */
    expanded: new Set<string>(),
    /** The ones the reader expanded, in order: what a link replays. */
    userExpanded: [] as string[],
    pathFrom: null as EntitySummary | null,
    pathTo: null as EntitySummary | null,
    path: null as Subgraph | null,
    pathHighlight: false,
    hiddenTypes: new Set<string>(),
    hiddenRelations: new Set<string>(),
    fold: false,
    group: false,
    actionFilter: emptyActionFilter(),
    hasActivity: false,
    /** The API says which sources each fact cites (Entity.sources): the sources filter and colours. */
    hasSources: false,
    hiddenSources: new Set<string>(),
    colourBySource: false,
    layout: 'force' as LayoutName,
    /** Requests in flight; the browser tests wait for 0. */
    pending: 0,
    /** The last error shown, for the tests and for a reader who missed the banner. */
    lastError: null as string | null,
    /** Connected to the change feed (live updates). */
    live: false,
    /** While a link is being replayed the URL is not rewritten half-way. */
    restoring: false,
    /** Set once start-up has ended, restored view or not (a failed connection offers a retry). */
    started: false,
    /** The reader put the offer to group or fold away: not offered again until a new focus or Clear. */
    offerDeclined: false,
  };
}

export type Store = ReturnType<typeof createStore>;
