/**
 * Where a results document is and which one the Benchmarks view shows: rules read both by the app and by the
 * download that starts before it (src/data/early-results.ts), which has only the index's raw JSON, and kept free of
 * the validator for it.
 */

/** What a document's id may be: safe as a file name, since the file is named after it (documentFile). */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9][a-z0-9_.-]*$/;

/** The file of a document, relative to the index: "tasks/openproblems.batch_integration.json". */
export function documentFile(id: string): string {
  return `tasks/${id}.json`;
}

export interface ShownCandidate {
  readonly id: string;
  readonly models: readonly unknown[];
}

/**
 * The document shown for a task asked for by id (or none): that task's, else the first about catalog models, else the
 * first. The minimal shape lets the early download choose from the raw index.
 */
export function documentShown<D extends ShownCandidate>(documents: readonly D[], task: string | null): D | undefined {
  return documents.find((d) => d.id === task) ?? documents.find((d) => d.models.length > 0) ?? documents[0];
}
