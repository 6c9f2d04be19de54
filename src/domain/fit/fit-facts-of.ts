/**
 * Gathers from a catalog entry what the Fit rule reads. Only models are judged: a benchmark, a toolkit or a
 * language model does not take a researcher's cells.
 */
import type { EntryFacts, Measure } from "../catalog/schema";
import type { FitFacts } from "./fit-facts";

const JUDGED_KINDS: readonly string[] = ["model", "task-model"];

export function isFitCandidate(entry: EntryFacts): boolean {
  return JUDGED_KINDS.includes(entry.kind);
}

/** A figure the rule can compare: a known value, or for a range across variants its largest (the most it reads). */
function figureOf(measure: Measure): number | null {
  return measure.state === "known" ? measure.value : null;
}

export function fitFactsOf(entry: EntryFacts): FitFacts {
  const { input } = entry;
  return {
    id: entry.id,
    name: entry.name,
    modalities: entry.modalities,
    tasks: entry.tasks.map((task) => task.id),
    // v2 holds zero-shot uses as a list: an empty one means no source states any, which the rule reads as unknown.
    zeroShot: entry.zeroShot.length > 0 ? entry.zeroShot : null,
    species: { accepted: input.species, pretraining: entry.pretraining.species, newSpecies: input.newSpecies },
    geneIdentifiers: input.geneIdentifiers,
    vocabularySize: input.vocabulary?.size ?? null,
    inputGenes: figureOf(input.genes),
    hardware: { gpuMemoryGb: entry.hardware.gpuMemoryGb, cpuOk: entry.hardware.cpuOk },
    licences: { code: entry.licences.code.class, weights: entry.licences.weights.class },
    hasWeights: entry.openWeights !== "no",
    pretrained: entry.pretrained,
    estimated: entry.estimated,
  };
}
