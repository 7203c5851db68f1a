// The status line over the graph: what is loading, what failed (with Retry), notices with an action; every message can be dismissed.
import { ApiError } from './api.js';
import { escapeHtml } from './dom.js';

export interface StatusLine {
  /** `onDismiss`: called when the reader puts the message away with its × button. */
  show(
    message: string,
    kind?: 'info' | 'error',
    action?: { label: string; run: () => void },
    onDismiss?: () => void,
  ): void;
  showError(error: unknown, retry?: () => void): void;
  /** Runs one user-visible operation: a loading message while it runs, its error if it fails. */
  run<T>(label: string, work: () => Promise<T>, retry?: () => void): Promise<T | undefined>;
}

export function createStatusLine(
  element: HTMLElement,
  hooks: { busy(delta: 1 | -1): number; failed(message: string): void },
): StatusLine {
  /** The message shown now (the element's text also holds the buttons' labels). */
  let current = '';

  function button(label: string, onClick: () => void, className = ''): HTMLButtonElement {
    const made = document.createElement('button');
    made.type = 'button';
    made.textContent = label;
    if (className) made.className = className;
    made.addEventListener('click', onClick);
    return made;
  }

  function show(
    message: string,
    kind: 'info' | 'error' = 'info',
    action?: { label: string; run: () => void },
    onDismiss?: () => void,
  ): void {
    element.className = kind;
    element.innerHTML = escapeHtml(message);
    current = message;
    if (kind === 'error') hooks.failed(message);
    if (action) element.append(' ', button(action.label, action.run));
    if (!message) return;
    // It floats over the graph, so every message can be put away.
    const close = button(
      '×',
      () => {
        show('');
        onDismiss?.();
      },
      'status-close',
    );
    close.setAttribute('aria-label', 'Dismiss');
    element.append(' ', close);
  }

  function showError(error: unknown, retry?: () => void): void {
    const message =
      error instanceof ApiError ? error.message : `Something went wrong: ${String(error)}`;
    show(message, 'error', retry ? { label: 'Retry', run: retry } : undefined);
  }

  async function run<T>(
    label: string,
    work: () => Promise<T>,
    retry?: () => void,
  ): Promise<T | undefined> {
    hooks.busy(1);
    show(`${label}…`);
    element.setAttribute('aria-busy', 'true');
    try {
      const result = await work();
      // Clears the loading line, but not an error or notice the work itself put there.
      if (current === `${label}…`) show('');
      return result;
    } catch (error) {
      showError(error, retry);
      return undefined;
    } finally {
      element.setAttribute('aria-busy', String(hooks.busy(-1) > 0));
    }
  }

  return { show, showError, run };
}
