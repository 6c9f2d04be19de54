/**
 * How a model was applied. Set only when the source names it (a method name such as `scgpt_zeroshot`, a paramset).
 * In a file of its own, free of the schema's validator, so the link codec that reads it stays small enough for the
 * code that runs before the app (src/data/early-results.ts).
 */
export const PROTOCOLS = ["zero-shot", "fine-tuned"] as const;
export type Protocol = (typeof PROTOCOLS)[number];
