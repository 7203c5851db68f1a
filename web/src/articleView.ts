// The article dialog: the source text with the quote opened in focus, the selected entity's facts strong and the rest faint, opened from a link's hash.
import { evidenceSpans, type EvidenceSpan, type Source } from './api.js';
import { articleHtml, parseArticleHash, type Focus } from './article.js';
import { byId, escapeHtml } from './dom.js';
import type { StatusLine } from './statusLine.js';

export interface ArticleViewOptions {
  sources: ReadonlyMap<string, Source>;
  status: StatusLine;
  /** The entity whose facts are marked strongly, with its name; null when none is selected. */
  about(): { id: string; name: string } | null;
  /** A click on a marked fact: the entity it is about. */
  onPick(id: string): void;
}

export interface ArticleView {
  open(sourceId: string, focus: Focus | null): Promise<void>;
  /** Opens the article a `#article=…&at=…` hash names, if any. */
  openFromHash(): void;
}

export function createArticleView(options: ArticleViewOptions): ArticleView {
  const dialog = byId('article');
  const text = byId('article-text');
  let returnFocus: HTMLElement | null = null;
  // Every evidenced span of the sources, fetched once, on first use.
  let spans: Promise<EvidenceSpan[]> | null = null;

  async function open(sourceId: string, focus: Focus | null): Promise<void> {
    const source = options.sources.get(sourceId);
    if (!source) {
      options.status.show(`No article with the id ${sourceId}.`, 'error');
      return;
    }
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    byId('article-title').textContent = source.title;
    byId('article-meta').textContent = [source.publisher, source.date].filter(Boolean).join(' · ');
    const about = options.about();
    byId('article-legend').innerHTML = `<span class="key focus">the quote you opened</span>
      ${about ? `<span class="key own">facts about <span lang="zh">${escapeHtml(about.name)}</span></span>` : ''}
      <span class="key other">${about ? 'other facts' : 'facts'} (click one to open its entity)</span>`;
    // The quote in focus is shown at once; the other evidenced spans follow when they arrive.
    text.innerHTML = articleHtml(source, [], focus, about?.id ?? null);
    dialog.hidden = false;
    byId('article-close').focus();
    text.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
    spans ??= evidenceSpans();
    const all = await options.status.run('Marking the quotes in the article', () => spans!);
    if (!all) {
      spans = null;
      return;
    }
    if (dialog.hidden) return;
    text.innerHTML = articleHtml(source, all, focus, about?.id ?? null);
    text.querySelector('mark.focus')?.scrollIntoView({ block: 'center' });
  }

  function close(): void {
    if (dialog.hidden) return;
    dialog.hidden = true;
    if (parseArticleHash(location.hash))
      history.replaceState(null, '', location.pathname + location.search);
    returnFocus?.focus();
  }

  function openFromHash(): void {
    const target = parseArticleHash(location.hash);
    if (target && options.sources.size) void open(target.sourceId, target.focus);
  }

  window.addEventListener('hashchange', openFromHash);
  byId('article-close').addEventListener('click', close);
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  text.addEventListener('click', (event) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-entity]');
    const id = mark?.dataset.entity;
    if (!id) return;
    close();
    options.onPick(id);
  });

  return { open, openFromHash };
}
