import { ExternalLink } from "../../components/external-link";
import { UnknownValue } from "../../components/unknown-value";
import { formatCount } from "../../domain/catalog/accessors";
import type { Variant } from "../../domain/catalog/schema";
import { labelOf } from "../../domain/catalog/vocabularies";
import { describeSource } from "../../domain/provenance/provenance";
import { SourceLabel } from "./source-label";

const count = (value: number | null) => (value === null ? <UnknownValue /> : formatCount(value));
const text = (value: string | null) => (value === null ? <UnknownValue /> : value);

function VariantRow({ variant }: { readonly variant: Variant }) {
  const { source } = variant;
  return (
    <tr>
      <th scope="row">{variant.name}</th>
      <td>{count(variant.parameters)}</td>
      <td>{count(variant.cells)}</td>
      <td>
        {variant.species.length === 0 ? (
          <UnknownValue />
        ) : (
          variant.species.map((id) => labelOf("species", id)).join(", ")
        )}
      </td>
      <td>{count(variant.inputGenes)}</td>
      <td>{count(variant.embeddingDim)}</td>
      <td>{variant.weightsUrl ? <ExternalLink href={variant.weightsUrl}>weights</ExternalLink> : <UnknownValue />}</td>
      <td>{text(variant.weightsLicence)}</td>
      <td>{text(variant.released)}</td>
      <td>
        <SourceLabel source={describeSource(source.url, [])} />
        {source.locator ? <span className="hint"> ({source.locator})</span> : null}
        <span className="hint">
          , {labelOf("status", source.status).toLowerCase()}, read {source.read}
        </span>
      </td>
    </tr>
  );
}

const HEADERS = [
  "Variant",
  "Parameters",
  "Pretraining cells",
  "Species",
  "Input genes",
  "Embedding dimension",
  "Weights",
  "Weights licence",
  "Released",
  "Source",
];

/** The released checkpoints, each with its own figures and source: the entry's figures never mix them silently. */
export function ModelVariants({ name, variants }: { readonly name: string; readonly variants: readonly Variant[] }) {
  if (variants.length === 0) return null;
  return (
    <section aria-labelledby="variants-heading">
      <h2 id="variants-heading">Variants</h2>
      <div className="wide-table">
        <table className="variants-table">
          <caption className="visually-hidden">Released variants of {name}</caption>
          <thead>
            <tr>
              {HEADERS.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {variants.map((variant) => (
              <VariantRow key={variant.name} variant={variant} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
