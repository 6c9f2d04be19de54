/**
 * Benchmark results curated from papers. Each number carries its paper's address and the table (status reported)
 * or figure (status estimated) it is read from; a paper whose numbers could not be confirmed at their source
 * records its setup only (datasets, metrics, methods compared) with no results.
 */
import type { PaperBenchmark } from "../../../src/domain/results/papers";

/** The date these papers were curated. */
export const CURATED_ON = "2026-12-04";

export const PAPERS: readonly PaperBenchmark[] = [];
