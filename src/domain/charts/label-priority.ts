/**
 * Which models the scale chart names first. The rule: the landmarks below, in their order, then the models listed
 * in the most of the catalog's seed lists (entry.listedIn: the reviews and benchmarks that collected the field), then
 * the largest corpora and models. The landmarks are the models that benchmarks and reviews of single-cell foundation
 * models compare against again and again; a reader looks for them first, and the seed lists alone would miss the
 * newest (TranscriptFormer, Tahoe-x1, State and C2S-Scale are each in a single list, being newer than most).
 */
export const LANDMARK_IDS: readonly string[] = [
  "scgpt",
  "geneformer",
  "scfoundation",
  "uce",
  "transcriptformer",
  "tahoe-x1",
  "state",
  "c2s-scale",
];

export interface LabelFacts {
  readonly id: string;
  readonly cells: number;
  readonly params: number | null;
  /** How many seed lists name the model (entry.listedIn.length). */
  readonly listings: number;
}

// Each tier outweighs everything below it: the log of cells and parameters together stays under 20.
const LANDMARK = 10_000;
const LISTING = 100;

/** A label's priority: higher is named first (see the rule above). */
export function labelPriority(point: LabelFacts): number {
  const landmark = LANDMARK_IDS.indexOf(point.id);
  const size = Math.log10(Math.max(point.cells, 1)) + (point.params === null ? 0 : Math.log10(point.params) / 2);
  return (landmark >= 0 ? LANDMARK * (LANDMARK_IDS.length - landmark) : 0) + point.listings * LISTING + size;
}
