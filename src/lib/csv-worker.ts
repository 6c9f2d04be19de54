/**
 * Builds a large CSV off the main thread, reporting progress per slice, and hands back a Blob (transferred, not
 * copied as a string). The columns travel as ids: functions cannot cross into a worker.
 */
import { findField } from "../domain/fields/field-lookup";
import type { Names } from "../domain/catalog/names";
import type { EntryFacts } from "../domain/catalog/schema";
import { csvChunks } from "../domain/export/csv-chunks";

export interface CsvJob {
  readonly entries: readonly EntryFacts[];
  readonly columnIds: readonly string[];
  readonly bom: boolean;
  /** Source titles and entry names, so that source lists and relations read by name. */
  readonly names: Names;
}

export type CsvWorkerMessage =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | { readonly type: "done"; readonly blob: Blob };

const scope = self as unknown as {
  addEventListener: (type: "message", listener: (event: MessageEvent<CsvJob>) => void) => void;
  postMessage: (message: CsvWorkerMessage) => void;
};

scope.addEventListener("message", (event) => {
  const { entries, columnIds, bom, names } = event.data;
  const columns = columnIds.flatMap((id) => findField(id) ?? []);
  const parts: string[] = [];
  for (const chunk of csvChunks(entries, columns, { bom }, undefined, names)) {
    parts.push(chunk.text);
    scope.postMessage({ type: "progress", done: chunk.done, total: entries.length });
  }
  scope.postMessage({ type: "done", blob: new Blob(parts, { type: "text/csv;charset=utf-8" }) });
});
