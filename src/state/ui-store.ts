/**
 * Ephemeral UI state that is not worth a URL. The view itself (filters, sort, selection) will live in the URL;
 * the catalog lives in TanStack Query. Neither is mirrored here.
 */
import { create } from "zustand";

interface UiState {
  /** The "entries skipped" notice was dismissed for this catalog version. */
  readonly dismissedSkippedNotice: string | null;
  dismissSkippedNotice: (catalogVersion: string) => void;
}

export const useUiStore = create<UiState>()((set) => ({
  dismissedSkippedNotice: null,
  dismissSkippedNotice: (catalogVersion) => set({ dismissedSkippedNotice: catalogVersion }),
}));
