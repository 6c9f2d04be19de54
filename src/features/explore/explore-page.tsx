import { CatalogGate } from "../../components/catalog-gate";
import type { ViewName } from "../../domain/url/view-codec";
import { useDocumentTitle } from "../../state/use-document-title";
import { useViewState } from "../../state/use-view-state";
import { Explorer, type ExplorerViews } from "./explorer";

/** The tab names the view: the table is the catalog's models, the others say what they draw. */
const VIEW_TITLES: Readonly<Record<ViewName, string>> = { table: "Models", charts: "Charts", compare: "Compare" };

export function ExplorePage({ views }: { readonly views: ExplorerViews }) {
  const { state } = useViewState();
  useDocumentTitle(VIEW_TITLES[state.view]);
  return <CatalogGate heading="Models">{(catalog) => <Explorer catalog={catalog} views={views} />}</CatalogGate>;
}
