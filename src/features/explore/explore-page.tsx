import { CatalogGate } from "../../components/catalog-gate";
import { Explorer, type ExplorerViews } from "./explorer";

export function ExplorePage({ views }: { readonly views: ExplorerViews }) {
  return <CatalogGate heading="Models">{(catalog) => <Explorer catalog={catalog} views={views} />}</CatalogGate>;
}
