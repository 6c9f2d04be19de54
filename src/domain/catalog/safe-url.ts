/**
 * The only URLs the app turns into links: absolute http(s). The schema already refuses others, but a view never
 * trusts that a value went through it, so `javascript:` or `data:` from any source renders as text.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
