// The curator's API key, asked for once and kept for this tab only (sessionStorage: gone when the tab closes, never shared with other tabs).

const storageKey = 'relief-graph.curator-key';

export function keptKey(): string | null {
  try {
    return sessionStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function keepKey(key: string): void {
  try {
    sessionStorage.setItem(storageKey, key);
  } catch {
    // Storage refused (a private window's quota): the key lives as long as the page instead.
  }
}

export function forgetKey(): void {
  try {
    sessionStorage.removeItem(storageKey);
  } catch {
    // Nothing was kept.
  }
}
