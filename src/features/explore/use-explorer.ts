/**
 * Everything the explorer shows, from one place: the view the URL describes (with the search box's text deferred
 * while it is typed), the rows the domain query returns for it, the table model over those rows, and the actions
 * that write the URL. The components below only render what this hands them.
 */
import { useDeferredValue, useMemo, useState } from "react";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import { indexEntries } from "../../domain/query/entry-values";
import { clearFilters, setSearch } from "../../domain/query/query-actions";
import { describeSort, effectiveSort } from "../../domain/query/default-sort";
import { queryPositions, rowsAt } from "../../domain/query/run-query";
import type { QueryState } from "../../domain/query/view-state";
import { SELECTION_LIMIT } from "../../domain/url/view-actions";
import type { ViewState } from "../../domain/url/view-codec";
import { useDraft } from "../../state/use-draft";
import { useStableValue } from "../../state/use-stable-value";
import { updateView, useViewState, viewUrl } from "../../state/use-view-state";
import { useCatalogTable } from "./catalog-table-model";
import { useDefaultColumns } from "./use-default-columns";
import { useLinkRepair } from "./use-link-repair";

const SEARCH_COMMIT_MS = 300;

export function useExplorer(catalog: LoadedCatalog) {
  const { document, complete } = catalog;
  const { state, notices } = useViewState();
  const all = useMemo(() => indexEntries(document.entries), [document]);
  useLinkRepair(state, notices, document.entries, document.version, complete);

  // The box shows every keystroke at once; the rows follow as fast as React can render them (deferred), and the
  // URL records the text after a pause, as one history entry however long the typing.
  const [draft, setDraft, discardDraft] = useDraft(
    state.search,
    (text) => updateView((s) => setSearch(s, text), { coalesce: "search" }),
    SEARCH_COMMIT_MS,
  );
  const search = useDeferredValue(draft);
  /** The view the rows show: the URL's, with the search text as far as the rows have caught up with it. */
  const view: ViewState = useStableValue({ ...state, search }, JSON.stringify([state, search]));
  const resultKey = JSON.stringify([view.search, view.facets, view.ranges, view.sort]);
  // The rows depend on the query alone: opening the charts, a chart choice or a selection must not filter and sort
  // 100,000 entries again (at that size, 15-30 ms of the click).
  // No sort chosen means the default order (newest first, then by name), which the URL leaves out.
  const rowsQuery = useStableValue<QueryState>({ ...view, sort: effectiveSort(view.sort) }, resultKey);
  const positions = useMemo(() => queryPositions(all, rowsQuery), [all, rowsQuery]);
  // Positions for the count and the charts, indexed rows for the table and the exports. The table keeps its data
  // when another view opens, so its row model is not rebuilt on every switch of view.
  const rows = useMemo(() => rowsAt(all, positions), [all, positions]);

  const [selectionNotice, setSelectionNotice] = useState<string | null>(null);
  const defaultColumns = useDefaultColumns();
  const table = useCatalogTable(rows, all, state, defaultColumns, (refused) => {
    const name = document.entries.find((entry) => entry.id === refused[0])?.name;
    setSelectionNotice(name ? `At most ${SELECTION_LIMIT} models can be compared; unselect one to add ${name}.` : null);
  });

  // Chips and Reset write the whole state, search included, as one history step.
  const apply = (next: ViewState) => {
    discardDraft(next.search);
    updateView(() => next);
  };
  return {
    catalog,
    all,
    view,
    /** The search box's text, ahead of the rows while typing. */
    draft,
    setDraft,
    /** The rows passing the view's filters, in its order, as places in `all`. */
    positions,
    /** The same rows as indexed entries: the table's data, and what an export writes. */
    rows,
    table,
    resultKey,
    /** The columns shown while the URL chooses none: those this screen has room for. */
    defaultColumns,
    /** The rows' order in words: "Default order: newest first, then by name". */
    sortText: describeSort(view.sort),
    selectionNotice,
    apply,
    reset: () => apply(clearFilters(view)),
    /** The link to share: this exact view, stamped with the catalog version it was made with. */
    shareLink: () =>
      new URL(viewUrl({ ...state, search: draft, catalogVersion: document.version }), window.location.href).href,
  };
}

export type Explorer = ReturnType<typeof useExplorer>;
