/**
 * Changes to the parts of the view that are not the query: the default columns back, the selection for comparison,
 * the current view. Pure, like the query actions, so every view writes the URL the same way. (Which columns show,
 * and in what order, the table model changes: see table-state.ts.)
 */
import type { ViewName, ViewState } from "./view-codec";

/** At most this many models are compared side by side. */
export const SELECTION_LIMIT = 8;

export function resetColumns(state: ViewState): ViewState {
  return { ...state, columns: null };
}

/** Adds or removes a model; past the limit nothing is added and the caller says why. */
export function toggleSelected(state: ViewState, id: string): { state: ViewState; full: boolean } {
  if (state.selection.includes(id))
    return { state: { ...state, selection: state.selection.filter((s) => s !== id) }, full: false };
  if (state.selection.length >= SELECTION_LIMIT) return { state, full: true };
  return { state: { ...state, selection: [...state.selection, id] }, full: false };
}

export function setView(state: ViewState, view: ViewName): ViewState {
  return { ...state, view };
}
