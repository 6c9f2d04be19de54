/**
 * A URL short enough to read in a table cell: its host (without "www.") and, when there is a path, its last segment
 * ("github.com/…/MODEL_LICENSE"). What is not an http(s) URL is returned unchanged.
 */
export function shortUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return text;
  const host = url.hostname.replace(/^www\./, "");
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  const last = segments.at(-1);
  if (!last) return host;
  const name = safeDecode(last);
  return segments.length === 1 ? `${host}/${name}` : `${host}/…/${name}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
