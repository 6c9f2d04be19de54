import { useEffect } from "react";
import type { CatalogEntry } from "../../domain/catalog/schema";
import type { ViewState } from "../../domain/url/view-codec";
import { useUiStore } from "../../state/ui-store";
import { updateView } from "../../state/use-view-state";

/**
 * When a link carries something the app cannot honour (an unknown parameter, a value outside a vocabulary, a
 * model id the catalog lacks), says so once and rewrites the address to what is actually shown, without adding a
 * history entry: the address bar never claims a view the page is not showing.
 */
export function useLinkRepair(state: ViewState, notices: readonly string[], entries: readonly CatalogEntry[]) {
  const showLinkNotices = useUiStore((ui) => ui.showLinkNotices);
  useEffect(() => {
    const known = new Set(entries.map((entry) => entry.id));
    const missing = state.selection.filter((id) => !known.has(id));
    const all = [...notices];
    if (missing.length > 0) all.push(`Ignored ${missing.join(", ")} in sel: no model with that id in the catalog.`);
    if (all.length === 0) return;
    showLinkNotices(all);
    updateView((s) => ({ ...s, selection: s.selection.filter((id) => known.has(id)) }), { replace: true });
  }, [notices, state.selection, entries, showLinkNotices]);
}
