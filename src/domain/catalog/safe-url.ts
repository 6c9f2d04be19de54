/**
 * The only URLs the app turns into links: absolute http(s). The schema already refuses others, but a view never
 * trusts that a value went through it, so `javascript:` or `data:` from any source renders as text.
 */

// Parsing a URL is the dearest part of drawing a row of links, and the same few hundred addresses are drawn again
// on every filter click; the answers are kept (bounded, so a hostile document cannot grow it without end).
const checked = new Map<string, string | null>();
const MAX_CHECKED = 5000;

function parse(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  const known = checked.get(value);
  if (known !== undefined) return known;
  const safe = parse(value);
  if (checked.size >= MAX_CHECKED) checked.clear();
  checked.set(value, safe);
  return safe;
}
