import { CatalogGate } from "../catalog-gate";
import { Explorer } from "./explorer";

export function ExplorePage() {
  return <CatalogGate heading="Models">{(catalog) => <Explorer catalog={catalog} />}</CatalogGate>;
}
