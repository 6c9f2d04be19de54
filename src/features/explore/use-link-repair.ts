import { useEffect } from "react";
import type { EntryFacts } from "../../domain/catalog/schema";
import { followLinkedIds, linkNotices } from "../../domain/url/link-version";
import { capNotices } from "../../domain/notices/cap-notices";
import type { ViewState } from "../../domain/url/view-codec";

import { useUiStore } from "../../state/ui-store";
import { updateView } from "../../state/use-view-state";

/**
 * When a link carries something the app cannot honour (an unknown parameter, a value outside a vocabulary, a
 * model the catalog no longer has), says so once and rewrites the address to what is actually shown, without a
 * history entry: the address bar never claims a view the page is not showing. A model renamed since the link's
 * catalog version is followed to its new id.
 */
export function useLinkRepair(
  state: ViewState,
  notices: readonly string[],
  entries: readonly EntryFacts[],
  catalogVersion: string,
  complete: boolean,
) {
  const showLinkNotices = useUiStore((ui) => ui.showLinkNotices);
  useEffect(() => {
    // A selected model may still be on its way: judge the link against the whole catalog only.
    if (!complete) return;
    const linked = followLinkedIds(state.selection, entries);
    const all = capNotices([...notices, ...linkNotices(linked, state.catalogVersion, catalogVersion)]);
    const changed =
      linked.ids.length !== state.selection.length || linked.ids.some((id, i) => id !== state.selection[i]);
    if (all.length > 0) showLinkNotices(all);
    if (all.length > 0 || changed || state.catalogVersion !== null) {
      updateView((s) => ({ ...s, selection: linked.ids, catalogVersion: null }), { replace: true });
    }
  }, [notices, state.selection, state.catalogVersion, entries, catalogVersion, complete, showLinkNotices]);
}
