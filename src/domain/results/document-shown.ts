/**
 * Which results document the Benchmarks view shows for a task asked for by id (or none): that task's, else the first
 * about catalog models, else the first. One rule, read both by the view and by the download that starts before the
 * app (src/data/early-results.ts), which has only the index's raw JSON: hence the minimal shape.
 */
export interface ShownCandidate {
  readonly id: string;
  readonly models: readonly unknown[];
}

export function documentShown<D extends ShownCandidate>(documents: readonly D[], task: string | null): D | undefined {
  return documents.find((d) => d.id === task) ?? documents.find((d) => d.models.length > 0) ?? documents[0];
}
