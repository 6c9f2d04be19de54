/**
 * Gathers from a catalog entry what the Fit rule reads. Only models are judged: a benchmark, a toolkit or a
 * language model does not take a researcher's cells.
 */
import type { EntryFacts } from "../catalog/schema";
import type { FitFacts } from "./fit-facts";

const JUDGED_KINDS: readonly string[] = ["model", "task-model"];

export function isFitCandidate(entry: EntryFacts): boolean {
  return JUDGED_KINDS.includes(entry.kind);
}

export function fitFactsOf(entry: EntryFacts): FitFacts {
  return {
    id: entry.id,
    name: entry.name,
    modalities: entry.modalities,
    tasks: entry.tasks.map((task) => task.id),
    zeroShot: null,
    species: { accepted: [], pretraining: entry.pretraining.species, newSpecies: null },
    geneIdentifiers: null,
    vocabularySize: null,
    inputGenes: null,
    hardware: { gpuMemoryGb: null, cpuOk: null },
    licences: { code: "unknown", weights: "unknown" },
    hasWeights: entry.openWeights !== "no",
  };
}
