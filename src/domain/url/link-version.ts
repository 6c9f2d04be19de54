/**
 * Links made with an older catalog: a model id the catalog no longer has is followed to the entry that now carries
 * it as a name or alias (a rename), or reported as gone. The notices say which, and against which versions.
 */
import { foldCase } from "../catalog/normalise";
import type { EntryFacts } from "../catalog/schema";

const slug = (text: string) =>
  foldCase(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export interface LinkedIds {
  readonly ids: readonly string[];
  readonly renamed: readonly { readonly from: string; readonly to: EntryFacts }[];
  readonly missing: readonly string[];
}

/** Lookups by id and by name slug, built once per catalog: links are checked on every change of the view. */
const lookups = new WeakMap<
  readonly EntryFacts[],
  { byId: Map<string, EntryFacts>; bySlug: Map<string, EntryFacts> }
>();

function lookupsOf(entries: readonly EntryFacts[]) {
  let found = lookups.get(entries);
  if (!found) {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const bySlug = new Map<string, EntryFacts>();
    for (const entry of entries) {
      for (const name of [entry.name, ...entry.aliases]) if (!bySlug.has(slug(name))) bySlug.set(slug(name), entry);
    }
    found = { byId, bySlug };
    lookups.set(entries, found);
  }
  return found;
}

export function followLinkedIds(ids: readonly string[], entries: readonly EntryFacts[]): LinkedIds {
  if (ids.length === 0) return { ids: [], renamed: [], missing: [] };
  const { byId, bySlug } = lookupsOf(entries);
  const result: string[] = [];
  const renamed: { from: string; to: EntryFacts }[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const found = byId.get(id) ?? bySlug.get(id);
    if (!found) missing.push(id);
    else {
      if (found.id !== id) renamed.push({ from: id, to: found });
      if (!result.includes(found.id)) result.push(found.id);
    }
  }
  return { ids: result, renamed, missing };
}

/** What to tell the reader about the models of a link, given the catalog version it was made with. */
export function linkNotices(linked: LinkedIds, linkVersion: string | null, catalogVersion: string): string[] {
  const notices: string[] = [];
  const older = linkVersion !== null && linkVersion !== catalogVersion;
  if (older && (linked.renamed.length > 0 || linked.missing.length > 0)) {
    notices.push(`This link was made with catalog ${linkVersion}; this is catalog ${catalogVersion}.`);
  }
  for (const { from, to } of linked.renamed) notices.push(`"${from}" is now listed as ${to.name}.`);
  if (linked.missing.length > 0) {
    notices.push(`No longer in the catalog, so left out: ${linked.missing.join(", ")}.`);
  }
  return notices;
}
