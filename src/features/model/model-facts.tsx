import type { CatalogEntry, CatalogSource } from "../../domain/catalog/schema";
import { factRows, INPUT_PATHS, LICENCE_PATHS, PRACTICAL_PATHS } from "../../domain/provenance/fact-rows";
import { FactSection } from "./fact-section";
import { ModelVariants } from "./model-variants";

interface Props {
  readonly entry: CatalogEntry;
  readonly sources: readonly CatalogSource[];
}

/** What a researcher needs to choose by fit: licences, input requirements, practical facts and the variants. */
export function ModelFacts({ entry, sources }: Props) {
  return (
    <>
      <div className="model-flow">
        <FactSection id="licences-heading" title="Licences" rows={factRows(entry, LICENCE_PATHS, sources)} />
        <FactSection id="input-heading" title="Input requirements" rows={factRows(entry, INPUT_PATHS, sources)} />
        <FactSection id="practical-heading" title="Practical facts" rows={factRows(entry, PRACTICAL_PATHS, sources)} />
      </div>
      <ModelVariants name={entry.name} variants={entry.variants} />
    </>
  );
}
