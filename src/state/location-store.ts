/**
 * The browser's location as an external store React can subscribe to: the one place that calls the History API.
 * Writes tagged with the same coalescing key in quick succession replace the current history entry instead of
 * adding one, so typing "scgpt" is one step back, not five.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const COALESCE_MS = 1500;
let lastWrite: { key: string; at: number } | null = null;

function notify() {
  for (const listener of listeners) listener();
}

function onPopState() {
  // After Back or Forward, the next keystroke starts a new step.
  lastWrite = null;
  notify();
}

export function subscribeToLocation(listener: Listener): () => void {
  if (listeners.size === 0) window.addEventListener("popstate", onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("popstate", onPopState);
  };
}

export const getPathname = () => window.location.pathname;
export const getSearch = () => window.location.search;

export interface NavigateOptions {
  /** Replace the current entry (a correction, not a step the user took). */
  readonly replace?: boolean;
  /** Writes with the same key within a moment of each other become one history entry. */
  readonly coalesce?: string;
}

export function navigate(url: string, options: NavigateOptions = {}): void {
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (url === current) return;
  const now = Date.now();
  const coalesced =
    options.coalesce !== undefined &&
    lastWrite !== null &&
    lastWrite.key === options.coalesce &&
    now - lastWrite.at < COALESCE_MS;
  const newPage = new URL(url, window.location.href).pathname !== window.location.pathname;
  if (options.replace || coalesced) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
  // A new page starts at its top, as after a full load; a new view of the same page keeps its place.
  if (newPage) window.scrollTo({ top: 0 });
  lastWrite = options.coalesce === undefined ? null : { key: options.coalesce, at: now };
  notify();
}
