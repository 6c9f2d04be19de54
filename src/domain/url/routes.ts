/**
 * The app's pages by path: the explorer at the root, one page per model under models/. The base is where the app
 * is served from ("/" or e.g. "/scfm-atlas/"). Pure, so links and parsing agree and are tested together.
 */
export type Route =
  | { readonly page: "explorer" }
  | { readonly page: "model"; readonly id: string }
  | { readonly page: "changes" }
  | { readonly page: "fit" }
  | { readonly page: "benchmarks" }
  | { readonly page: "not-found" };

function normaliseBase(base: string): string {
  return base.endsWith("/") ? base : `${base}/`;
}

export function parseRoute(pathname: string, base = "/"): Route {
  const root = normaliseBase(base);
  const path = `${pathname}/`.startsWith(root) ? pathname.slice(root.length) : null;
  if (path === null) return { page: "not-found" };
  const trimmed = path.replace(/\/+$/, "");
  if (trimmed === "" || trimmed === "index.html") return { page: "explorer" };
  if (trimmed === "changes") return { page: "changes" };
  if (trimmed === "fit") return { page: "fit" };
  if (trimmed === "benchmarks") return { page: "benchmarks" };
  const model = /^models\/([^/]+)$/.exec(trimmed);
  if (model) {
    try {
      return { page: "model", id: decodeURIComponent(model[1]!) };
    } catch {
      return { page: "not-found" };
    }
  }
  return { page: "not-found" };
}

export function explorerPath(base = "/", search = ""): string {
  const query = search.replace(/^\?/, "");
  return `${normaliseBase(base)}${query ? `?${query}` : ""}`;
}

/** A model's page; `search` carries the explorer's view (filters, selection) there and back. */
export function modelPath(id: string, base = "/", search = ""): string {
  const query = search.replace(/^\?/, "");
  return `${normaliseBase(base)}models/${encodeURIComponent(id)}${query ? `?${query}` : ""}`;
}

/** "Will it run on my data?": the answers travel in the query (see domain/fit/fit-codec). */
export function fitPath(base = "/", search = ""): string {
  const query = search.replace(/^\?/, "");
  return `${normaliseBase(base)}fit${query ? `?${query}` : ""}`;
}

/** The data changelog: what each catalog release added and corrected. */
export function changesPath(base = "/"): string {
  return `${normaliseBase(base)}changes`;
}

/** The Benchmarks view: its state travels in the query (see domain/results/benchmarks-codec). */
export function benchmarksPath(base = "/", search = ""): string {
  const query = search.replace(/^\?/, "");
  return `${normaliseBase(base)}benchmarks${query ? `?${query}` : ""}`;
}
