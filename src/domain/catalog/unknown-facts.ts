/**
 * The fields schema version 2 added, as an entry holds them when no source has stated them: unknown or empty,
 * never guessed. The v1 migration, the list importer and the synthetic bench catalog start from these.
 */
import { licenceOf } from "./licence-class";
import type { CatalogEntry } from "./schema";

export type V2Facts = Pick<
  CatalogEntry,
  | "licences"
  | "pretrained"
  | "trainingCells"
  | "input"
  | "embeddingDim"
  | "hardware"
  | "access"
  | "zeroShot"
  | "variants"
  | "estimated"
>;

export function unknownV2Facts(): V2Facts {
  return {
    licences: { code: licenceOf(null), weights: licenceOf(null) },
    pretrained: null,
    trainingCells: { state: "unknown" },
    input: {
      geneIdentifiers: null,
      vocabulary: null,
      species: [],
      newSpecies: null,
      genes: { state: "unknown" },
      expression: null,
    },
    embeddingDim: { state: "unknown" },
    hardware: { gpuMemoryGb: null, cpuOk: null, text: null },
    access: { pip: null, huggingFace: null, container: null },
    zeroShot: [],
    variants: [],
    estimated: [],
  };
}
