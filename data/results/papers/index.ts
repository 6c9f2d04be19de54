/**
 * Benchmark results curated from papers. Each number carries its source: a paper's table (status reported), a
 * figure (status estimated, naming the figure), or the output a paper's code repository prints, by commit, file
 * and cell; a value computed from such numbers is derived. A paper whose numbers could not be confirmed at their
 * source records its setup only (datasets, metrics, methods compared) with no results.
 */
import type { PaperBenchmark } from "../../../src/domain/results/papers";
import { AHLMANN_ELTZE_2025 } from "./ahlmann-eltze-2025";
import { BOIARSKY_2023 } from "./boiarsky-2023";
import { BIOLLM_2025, KEDZIERSKA_2025, SCEVAL } from "./setups";

/** The date these papers were last curated. */
export const CURATED_ON = "2026-12-05";

export const PAPERS: readonly PaperBenchmark[] = [
  BOIARSKY_2023,
  KEDZIERSKA_2025,
  AHLMANN_ELTZE_2025,
  BIOLLM_2025,
  SCEVAL,
];
