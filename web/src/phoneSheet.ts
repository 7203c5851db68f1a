// The phone layout: the details in a bottom sheet over the graph, the legend folded, larger minimum sizes; the wide layout otherwise.
import { byId } from './dom.js';
import type { GraphView } from './graphView.js';
import { desktopSizes, phoneSizes } from './labels.js';

export interface PhoneSheet {
  /** Whether the page is in its phone layout now. */
  isPhone(): boolean;
  /** Names what the sheet shows and, on a phone, slides it up. */
  show(title?: string): void;
  /** Back to the placeholder title. */
  reset(): void;
}

export function createPhoneSheet(graph: GraphView, media = '(max-width: 700px)'): PhoneSheet {
  const phone = window.matchMedia(media);
  const side = byId('side');
  const handle = byId('sheet-handle');
  const title = byId('sheet-title');
  const graphElement = byId('graph');

  /** Opens or closes the sheet; the selection then moves into what the sheet leaves visible. */
  function setOpen(open: boolean): void {
    const changed = side.classList.contains('open') !== open;
    side.classList.toggle('open', open);
    handle.setAttribute('aria-expanded', String(open));
    const graphBox = graphElement.getBoundingClientRect();
    // The sheet's content arrives after it opens: count its full height (max-height: 50dvh).
    const covered = open ? window.innerHeight * 0.5 : 0;
    const hidden = covered - (window.innerHeight - graphBox.bottom);
    graph.setInset(Math.max(0, Math.min(hidden, graphBox.height - 120)));
    if (changed) graph.fit();
  }

  function applyScreen(): void {
    graph.setSizes(phone.matches ? phoneSizes : desktopSizes);
    if (!phone.matches) setOpen(false);
    // The legend starts folded on a phone: the graph and the details come first.
    byId<HTMLDetailsElement>('filters').open = !phone.matches;
  }

  handle.addEventListener('click', () => setOpen(!side.classList.contains('open')));
  phone.addEventListener('change', applyScreen);
  applyScreen();

  return {
    isPhone: () => phone.matches,
    show(text) {
      if (text) title.textContent = text;
      if (phone.matches) setOpen(true);
    },
    reset() {
      title.textContent = 'Details';
    },
  };
}
