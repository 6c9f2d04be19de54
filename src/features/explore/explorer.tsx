import { AppLink } from "../../components/app-link";
import { ErrorBoundary } from "../../components/error-boundary";
import { Suspense, type ComponentType } from "react";
import type { LoadedCatalog } from "../../data/loaded-catalog";
import type { ChartsViewProps, CompareViewProps } from "../../components/view-props";
import { visibleFields } from "../../domain/fields/field-lookup";
import { activeFilters } from "../../domain/query/active-filters";
import { changesPath } from "../../domain/url/routes";
import { SelectionTray } from "../../components/selection-tray";
import { ColumnChooser } from "./column-chooser";
import { CopyLinkButton } from "./copy-link-button";
import { EmptyState } from "./empty-state";
import { ExportMenu } from "./export-menu";
import { FilterChips } from "./filter-chips";
import { FilterPanel } from "./filter-panel";
import { FiltersToggle } from "./filters-toggle";
import { LinkNotices } from "../../components/link-notices";
import { ResultsTable } from "./results-table";
import { SearchBox } from "./search-box";
import { SkippedEntriesNotice } from "./skipped-entries-notice";
import { SortNote } from "./sort-note";
import { useExplorer } from "./use-explorer";
import "./explore-table.css";

/** While a big catalog arrives, rows and counts are of what has arrived; this says so. */
function LoadingNote({ count }: { readonly count: number }) {
  return (
    <p className="loading-note">
      <progress aria-label="Loading the catalog" /> Still loading the catalog: {count.toLocaleString("en")} entries so
      far. Counts will grow.
    </p>
  );
}

/**
 * The views shown in the explorer's place besides the table. The app supplies them (lazily loaded), so the
 * explorer does not import other features.
 */
export interface ExplorerViews {
  readonly Charts: ComponentType<ChartsViewProps>;
  readonly Compare: ComponentType<CompareViewProps>;
}

/** The explorer: the URL's view, run through the domain's query, shown as filters, chips and rows. */
export function Explorer({ catalog, views }: { readonly catalog: LoadedCatalog; readonly views: ExplorerViews }) {
  const { Charts: ChartsView, Compare: CompareView } = views;
  const explorer = useExplorer(catalog);
  const { all, view, positions, rows, table } = explorer;
  const { document, skipped, complete } = catalog;
  const columns = visibleFields(view.columns, explorer.defaultColumns);

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
      {view.view === "compare" ? (
        <>
          <div className="toolbar">
            <CopyLinkButton link={explorer.shareLink} />
          </div>
          {complete ? null : <LoadingNote count={all.length} />}
          <ErrorBoundary label="The comparison">
            <Suspense fallback={<p role="status">Loading the comparison…</p>}>
              <CompareView heldBack={catalog.heldBack} all={document.entries} state={view} date={document.updated} />
            </Suspense>
          </ErrorBoundary>
        </>
      ) : (
        <div className="explorer-body">
          <a className="skip-link" href="#filters">
            Skip to filters
          </a>
          <div className="results" id="results" tabIndex={-1}>
            <div className="toolbar">
              <SearchBox value={explorer.draft} onChange={explorer.setDraft} />
              <FiltersToggle query={view} />
              <p role="status" className="count">
                {positions.length} of {all.length} models
              </p>
              <div className="toolbar-actions" role="group" aria-label="View actions">
                <CopyLinkButton link={explorer.shareLink} />
                {view.view === "table" ? <ColumnChooser table={table} isDefault={view.columns === null} /> : null}
              </div>
            </div>
            {complete ? null : <LoadingNote count={all.length} />}
            <FilterChips
              filters={activeFilters(view, document.sources)}
              onApply={explorer.apply}
              onReset={explorer.reset}
            />
            <ExportMenu rows={rows} columns={columns} heldBack={catalog.heldBack} />
            <SelectionTray selection={view.selection} entries={document.entries} notice={explorer.selectionNotice} />
            {all.length === 0 ? (
              <p>None of the catalog's entries could be read.</p>
            ) : positions.length === 0 ? (
              <EmptyState onReset={explorer.reset} />
            ) : view.view === "charts" ? (
              <ErrorBoundary label="The charts">
                <Suspense fallback={<p role="status">Loading the charts…</p>}>
                  <ChartsView
                    all={all}
                    positions={positions}
                    query={view}
                    sources={document.sources}
                    date={document.updated}
                  />
                </Suspense>
              </ErrorBoundary>
            ) : (
              <ErrorBoundary label="The table">
                <SortNote text={explorer.sortText} chosen={view.sort.length > 0} />
                <ResultsTable table={table} resultKey={explorer.resultKey} caption={explorer.sortText} />
              </ErrorBoundary>
            )}
          </div>
          <ErrorBoundary label="The filters">
            <FilterPanel all={all} query={view} sources={document.sources} />
          </ErrorBoundary>
        </div>
      )}
    </section>
  );
}
