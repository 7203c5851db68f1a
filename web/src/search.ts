// The search box: suggestions as the reader types (Chinese or English), chosen by mouse or keyboard.
import { ApiError, search, type SearchHit } from './api.js';
import { escapeHtml } from './dom.js';
import { typeIcon, typeStyle } from './entityTypes.js';

export interface SearchOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  onPick(hit: SearchHit): void;
  onError(error: unknown): void;
}

export function attachSearch({ input, list, onPick, onError }: SearchOptions): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers can arrive out of order; only the one for the latest text is shown.
  let generation = 0;

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function render(text: string): void {
    if (hits.length === 0) {
      list.innerHTML = `<li class="no-result" role="option" aria-disabled="true">No entity matches “${escapeHtml(text)}”.</li>`;
    } else {
      list.innerHTML = hits
        .map((hit, index) => {
          const other = hit.nameEn ? `<span class="en">${escapeHtml(hit.nameEn)}</span>` : '';
          return `<li id="search-option-${index}" role="option" aria-selected="${index === active}" data-index="${index}">
            ${typeIcon(hit.type)}<span class="zh" lang="zh">${escapeHtml(hit.name)}</span>${other}
            <span class="type">${escapeHtml(typeStyle(hit.type).label)}</span></li>`;
        })
        .join('');
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  async function suggest(): Promise<void> {
    const text = input.value.trim();
    const mine = ++generation;
    if (!text) {
      hits = [];
      close();
      return;
    }
    try {
      const found = await search(text.slice(0, 200));
      if (mine !== generation) return;
      hits = found;
      active = hits.length > 0 ? 0 : -1;
      render(text);
    } catch (error) {
      if (mine !== generation) return;
      close();
      onError(error instanceof ApiError ? error : new ApiError(String(error), 'network'));
    }
  }

  function pick(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    close();
    input.value = hit.name;
    onPick(hit);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void suggest(), 150);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden || hits.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + hits.length) % hits.length;
      render(input.value.trim());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      // Enter before the suggestions arrive searches at once and takes the best match.
      if (list.hidden) {
        clearTimeout(timer);
        void suggest().then(() => pick(0));
      } else pick(Math.max(active, 0));
    } else if (event.key === 'Escape') {
      close();
    }
  });
  list.addEventListener('mousedown', (event) => {
    // mousedown, not click: the input's blur would otherwise close the list first.
    const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!item) return;
    event.preventDefault();
    pick(Number(item.dataset.index));
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
