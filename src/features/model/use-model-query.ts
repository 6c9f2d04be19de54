import { useEffect } from "react";
import { modelPath } from "../../domain/url/routes";
import { encodeView } from "../../domain/url/view-codec";
import { navigate } from "../../state/location-store";
import { useUiStore } from "../../state/ui-store";
import { useViewState } from "../../state/use-view-state";

/**
 * A model page carries the explorer's view in its query, to take it back. The query is read like the explorer reads
 * it: what the app cannot honour is reported once and dropped from the address, and the page's links carry only
 * the decoded view, never whatever the address held (a 100 KB junk query once became 718 KB of href text).
 * Returns the clean query for the page's links.
 */
export function useModelQuery(id: string): string {
  const { state, notices } = useViewState();
  const search = encodeView(state);
  const showLinkNotices = useUiStore((ui) => ui.showLinkNotices);
  useEffect(() => {
    if (notices.length === 0) return;
    showLinkNotices(notices);
    navigate(modelPath(id, import.meta.env.BASE_URL, search), { replace: true });
  }, [id, notices, search, showLinkNotices]);
  return search;
}
