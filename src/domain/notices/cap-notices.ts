/**
 * Notices a link decoder gives when it drops a parameter. Every view's codec (explorer, fit, benchmarks) caps them
 * the same way, so this lives in a folder of its own that depends on nothing.
 */

/** More notices than a person reads: a junk query of thousands of parameters says how many more, not each one. */
export const MAX_NOTICES = 8;

export function capNotices(notices: readonly string[], max = MAX_NOTICES): string[] {
  const unique = [...new Set(notices)];
  if (unique.length <= max) return unique;
  return [...unique.slice(0, max - 1), `… and ${unique.length - (max - 1)} more.`];
}
