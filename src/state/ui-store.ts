/**
 * Ephemeral UI state that is not worth a URL: dismissed notices, which long facets are expanded, (the
 * view itself, filters and selection included, travels in the URL, to model pages and back). The view itself lives in the URL; the catalog in TanStack Query.
 */
import { create } from "zustand";

interface UiState {
  /** The "entries skipped" notice was dismissed for this catalog version. */
  readonly dismissedSkippedNotice: string | null;
  /** What was ignored in the last link opened, until dismissed. */
  readonly linkNotices: readonly string[];
  readonly expandedFacets: readonly string[];
  /** On narrow screens the filter panel folds away above the table. */
  readonly filtersOpen: boolean;
  dismissSkippedNotice: (catalogVersion: string) => void;
  showLinkNotices: (notices: readonly string[]) => void;
  dismissLinkNotices: () => void;
  toggleFacetExpanded: (facet: string) => void;
  toggleFilters: () => void;
}

export const useUiStore = create<UiState>()((set) => ({
  dismissedSkippedNotice: null,
  linkNotices: [],
  expandedFacets: [],
  filtersOpen: false,
  dismissSkippedNotice: (catalogVersion) => set({ dismissedSkippedNotice: catalogVersion }),
  showLinkNotices: (notices) => set({ linkNotices: notices }),
  dismissLinkNotices: () => set({ linkNotices: [] }),
  toggleFacetExpanded: (facet) =>
    set((state) => ({
      expandedFacets: state.expandedFacets.includes(facet)
        ? state.expandedFacets.filter((id) => id !== facet)
        : [...state.expandedFacets, facet],
    })),
  toggleFilters: () => set((state) => ({ filtersOpen: !state.filtersOpen })),
}));
