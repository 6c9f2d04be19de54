/**
 * Changes to the parts of the view that are not the query: the visible columns and their order, the selection
 * for comparison, the current view. Pure, like the query actions, so every view writes the URL the same way.
 */
import { DEFAULT_COLUMNS, NAME_COLUMN } from "../columns/catalog-columns";
import type { ViewName, ViewState } from "./view-codec";

/** At most this many models are compared side by side. */
export const SELECTION_LIMIT = 8;

function withColumns(state: ViewState, columns: readonly string[]): ViewState {
  const same = columns.length === DEFAULT_COLUMNS.length && columns.every((id, i) => id === DEFAULT_COLUMNS[i]);
  return { ...state, columns: same ? null : columns.filter((id) => id !== NAME_COLUMN) };
}

export function currentColumns(state: ViewState): readonly string[] {
  return state.columns ?? DEFAULT_COLUMNS;
}

export function toggleColumn(state: ViewState, id: string): ViewState {
  const columns = currentColumns(state);
  return withColumns(state, columns.includes(id) ? columns.filter((c) => c !== id) : [...columns, id]);
}

/** Moves a visible column one place earlier (-1) or later (+1). */
export function moveColumn(state: ViewState, id: string, by: -1 | 1): ViewState {
  const columns = [...currentColumns(state)];
  const from = columns.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return state;
  [columns[from], columns[to]] = [columns[to]!, columns[from]!];
  return withColumns(state, columns);
}

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

/** Moves a selected model one place earlier (-1) or later (+1): the comparison's column order. */
export function moveSelected(state: ViewState, id: string, by: -1 | 1): ViewState {
  const selection = [...state.selection];
  const from = selection.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= selection.length) return state;
  [selection[from], selection[to]] = [selection[to]!, selection[from]!];
  return { ...state, selection };
}

export function setView(state: ViewState, view: ViewName): ViewState {
  return { ...state, view };
}
