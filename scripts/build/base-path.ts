/**
 * Where the built app is served from, as Vite's `base` wants it: "/" at a host's root, "/scfm-atlas/" under a
 * sub-path. Routes and the catalog's URL are resolved against it in the browser (import.meta.env.BASE_URL), so it
 * must be an absolute path with a slash at each end; a full URL or "./" would break the routes.
 */
export function normaliseBasePath(value: string | undefined): string {
  const inner = (value ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (inner === "") return "/";
  const segments = inner.split("/");
  if (/[?#:\\]/.test(inner) || segments.some((segment) => segment === "" || segment === "." || segment === "..")) {
    throw new Error(
      `BASE_PATH must be a plain path such as /scfm-atlas/ (no scheme, query, "." or ".." parts), not ${JSON.stringify(value)}.`,
    );
  }
  return `/${inner}/`;
}
