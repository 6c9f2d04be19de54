/**
 * The browser's location as an external store React can subscribe to: the one place that calls the History API.
 * Writes tagged with the same coalescing key in quick succession replace the current history entry instead of
 * adding one, so typing "scgpt" is one step back, not five.
 *
 * A write reaches the History API in the idle time after the frame showing it is drawn. The store reads the new
 * address at once, so every component sees it in the same render; only the browser's own record waits.
 * `history.pushState` costs 0.5-5 ms in Chromium (1.5 ms typical, measured here), which a filter click otherwise paid
 * before its answer was drawn.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
const COALESCE_MS = 1500;
/** However busy the page, the write goes through after this long. */
const LATEST_WRITE_MS = 100;
let lastWrite: { key: string; at: number } | null = null;

/** The address the app shows, not yet written to the browser's history. */
let pending: { readonly url: string; readonly location: URL; readonly replace: boolean } | null = null;

function notify() {
  for (const listener of listeners) listener();
}

/** Writes the pending address to the browser's history now. */
export function flushLocation(): void {
  if (pending === null) return;
  const { url, replace } = pending;
  pending = null;
  if (replace) window.history.replaceState(null, "", url);
  else window.history.pushState(null, "", url);
}

function scheduleFlush() {
  // Idle time comes once the frame showing the change is drawn and nothing more urgent waits; the timeout makes
  // sure the write happens anyway (a busy page, a hidden tab). Without idle callbacks (Safari, a test's DOM), a timer.
  if (typeof requestIdleCallback === "function") requestIdleCallback(flushLocation, { timeout: LATEST_WRITE_MS });
  else window.setTimeout(flushLocation, LATEST_WRITE_MS / 4);
}

function onPopState() {
  if (pending !== null && !pending.replace) {
    // Back came before the step it undoes was recorded, so the browser went one entry past the page the user was
    // on before that step. Forward returns it there (its own popstate then tells the app). A Forward within the same
    // frame as a new step is taken for a Back: nobody clicks that fast, but a test can.
    pending = null;
    window.history.forward();
    return;
  }
  // A replacement not yet written was of the entry the browser has just left: it goes with it.
  pending = null;
  // After Back or Forward, the next keystroke starts a new step.
  lastWrite = null;
  notify();
}

export function subscribeToLocation(listener: Listener): () => void {
  if (listeners.size === 0) {
    window.addEventListener("popstate", onPopState);
    // Leaving or reloading the page within the frame keeps the address the user last saw.
    window.addEventListener("pagehide", flushLocation);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", flushLocation);
    }
  };
}

const here = (): URL | Location => pending?.location ?? window.location;
export const getPathname = () => here().pathname;
export const getSearch = () => here().search;

export interface NavigateOptions {
  /** Replace the current entry (a correction, not a step the user took). */
  readonly replace?: boolean;
  /** Writes with the same key within a moment of each other become one history entry. */
  readonly coalesce?: string;
}

export function navigate(url: string, options: NavigateOptions = {}): void {
  const from = here();
  if (url === from.pathname + from.search + from.hash) return;
  const now = Date.now();
  const coalesced =
    options.coalesce !== undefined &&
    lastWrite !== null &&
    lastWrite.key === options.coalesce &&
    now - lastWrite.at < COALESCE_MS;
  const location = new URL(url, window.location.href);
  const newPage = location.pathname !== from.pathname;
  const replace = Boolean(options.replace) || coalesced;
  if (pending !== null && !replace) flushLocation(); // two steps in one frame stay two history entries
  const scheduled = pending !== null;
  // A replacement of a step not yet written is that step, at its new address.
  pending = { url, location, replace: pending?.replace ?? replace };
  if (!scheduled) scheduleFlush();
  // A new page starts at its top, as after a full load; a new view of the same page keeps its place.
  if (newPage) window.scrollTo({ top: 0 });
  lastWrite = options.coalesce === undefined ? null : { key: options.coalesce, at: now };
  notify();
}
