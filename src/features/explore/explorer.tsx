import { AppLink } from "../../components/app-link";
import { ErrorBoundary } from "../../components/error-boundary";
import { lazy, Suspense, useDeferredValue, useMemo, useState } from "react";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import { visibleColumns, type CatalogColumn } from "../../domain/columns/catalog-columns";
import type { EntryFacts } from "../../domain/catalog/schema";
import { activeFilters } from "../../domain/query/active-filters";
import { indexEntries } from "../../domain/query/entry-values";
import { clearFilters, setSearch, toggleSort } from "../../domain/query/query-actions";
import { runQuery } from "../../domain/query/run-query";
import type { QueryState } from "../../domain/query/view-state";
import { changesPath } from "../../domain/url/routes";
import { SELECTION_LIMIT, toggleSelected } from "../../domain/url/view-actions";
import type { ViewState } from "../../domain/url/view-codec";
import { useDraft } from "../../state/use-draft";
import { useStableValue } from "../../state/use-stable-value";
import { useViewState, viewUrl } from "../../state/use-view-state";
import { SelectionTray } from "../compare/selection-tray";
import { ColumnChooser } from "./column-chooser";
import { CopyLinkButton } from "./copy-link-button";
import { EmptyState } from "./empty-state";
import { ExportMenu } from "./export-menu";
import { FilterChips } from "./filter-chips";
import { FilterPanel } from "./filter-panel";
import { LinkNotices } from "./link-notices";
import { ResultsTable } from "./results-table";
import { SearchBox } from "./search-box";
import { SkippedEntriesNotice } from "./skipped-entries-notice";
import { useLinkRepair } from "./use-link-repair";

const SEARCH_COMMIT_MS = 300;

/** The link to share: this exact view, stamped with the catalog version it was made with. */
function shareLink(state: ViewState, version: string): string {
  return new URL(viewUrl({ ...state, catalogVersion: version }), window.location.href).href;
}
/** While a big catalog arrives, rows and counts are of what has arrived; this says so. */
function LoadingNote({ count }: { readonly count: number }) {
  return (
    <p className="loading-note">
      <progress aria-label="Loading the catalog" /> Still loading the catalog: {count.toLocaleString("en")} entries so
      far. Counts will grow.
    </p>
  );
}

// Recharts is most of the charts' weight: the table view does not download it.
const CompareView = lazy(() => import("../compare/compare-view"));
const ChartsView = lazy(() => import("../charts/charts-view").then((module) => ({ default: module.ChartsView })));

/** The explorer: the URL's view state, run through the domain's query, shown as filters, chips and rows. */
export function Explorer({ catalog }: { readonly catalog: LoadedCatalog }) {
  const { document, skipped, complete } = catalog;
  const { state, notices, update } = useViewState();
  const all = useMemo(() => indexEntries(document.entries), [document]);
  useLinkRepair(state, notices, document.entries, document.version, complete);

  // The box shows every keystroke at once; the rows follow as fast as React can render them (deferred), and the
  // URL records the text after a pause, as one history entry however long the typing.
  const [draft, setDraft, discardDraft] = useDraft(
    state.search,
    (text) => update((s) => setSearch(s, text), { coalesce: "search" }),
    SEARCH_COMMIT_MS,
  );
  const search = useDeferredValue(draft);
  const query: ViewState = useStableValue({ ...state, search }, JSON.stringify([state, search]));
  const resultKey = JSON.stringify([query.search, query.facets, query.ranges, query.sort]);
  // The rows depend on the query alone: opening the charts, a chart choice or a selection must not filter and sort
  // 100,000 entries again (at that size, 15-30 ms of the click).
  const rowsQuery = useStableValue<QueryState>(query, resultKey);
  const rows = useMemo(() => runQuery(all, rowsQuery), [all, rowsQuery]);
  const entries = useMemo(() => rows.map((row) => row.entry), [rows]);
  const columns = useMemo(() => visibleColumns(state.columns), [state.columns]);
  const [selectionNotice, setSelectionNotice] = useState<string | null>(null);

  // Chips and Reset write the whole state, search included, as one history step.
  const apply = (next: ViewState) => {
    discardDraft(next.search);
    update(() => next);
  };
  const reset = () => apply(clearFilters(query));
  const sortBy = (column: CatalogColumn, multi: boolean) =>
    update((s) => toggleSort(s, column.id, { numeric: column.type === "number", multi }));
  const toggle = (entry: EntryFacts) => {
    const outcome = toggleSelected(state, entry.id);
    setSelectionNotice(
      outcome.full ? `At most ${SELECTION_LIMIT} models can be compared; unselect one to add ${entry.name}.` : null,
    );
    if (!outcome.full) update((s) => toggleSelected(s, entry.id).state);
  };

  return (
    <section aria-labelledby="page-heading" className="explorer">
      <div className="page-title">
        <h1 id="page-heading">Models</h1>
        <p className="data-date">
          Catalog {document.version}, data as of <time dateTime={document.updated}>{document.updated}</time> (
          <AppLink href={changesPath(import.meta.env.BASE_URL)}>what changed</AppLink>)
        </p>
      </div>
      <LinkNotices />
      <SkippedEntriesNotice version={document.version} skipped={skipped} />
      {state.view === "compare" ? (
        <>
          <div className="toolbar">
            <CopyLinkButton link={() => shareLink(state, document.version)} />
          </div>
          {complete ? null : <LoadingNote count={all.length} />}
          <ErrorBoundary label="The comparison">
            <Suspense fallback={<p role="status">Loading the comparison…</p>}>
              <CompareView
                heldBack={catalog.heldBack}
                all={document.entries}
                state={state}
                date={document.updated}
                update={update}
              />
            </Suspense>
          </ErrorBoundary>
        </>
      ) : (
        <div className="explorer-body">
          <ErrorBoundary label="The filters">
            <FilterPanel all={all} query={query} sources={document.sources} update={update} />
          </ErrorBoundary>
          <div className="results">
            <div className="toolbar">
              <SearchBox value={draft} onChange={setDraft} />
              <p role="status" className="count">
                {rows.length} of {all.length} models
              </p>
              <div className="toolbar-actions">
                <CopyLinkButton link={() => shareLink({ ...state, search: draft }, document.version)} />
                {state.view === "table" ? <ColumnChooser state={state} update={update} /> : null}
              </div>
            </div>
            {complete ? null : <LoadingNote count={all.length} />}
            <FilterChips filters={activeFilters(query, document.sources)} onApply={apply} onReset={reset} />
            <ExportMenu entries={entries} columns={columns} heldBack={catalog.heldBack} />
            <SelectionTray
              selection={state.selection}
              entries={document.entries}
              notice={selectionNotice}
              update={update}
            />
            {all.length === 0 ? (
              <p>None of the catalog's entries could be read.</p>
            ) : rows.length === 0 ? (
              <EmptyState onReset={reset} />
            ) : state.view === "charts" ? (
              <ErrorBoundary label="The charts">
                <Suspense fallback={<p role="status">Loading the charts…</p>}>
                  <ChartsView
                    all={all}
                    rows={rows}
                    query={query}
                    sources={document.sources}
                    date={document.updated}
                    update={update}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <ErrorBoundary label="The table">
                <ResultsTable
                  entries={entries}
                  columns={columns}
                  sort={state.sort}
                  selection={state.selection}
                  resultKey={resultKey}
                  onSort={sortBy}
                  onToggleSelected={toggle}
                />
              </ErrorBoundary>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
