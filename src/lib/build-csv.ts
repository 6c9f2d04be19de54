/**
 * A CSV as a Blob: built at once for the few rows a person usually exports, in a worker with progress past
 * WORKER_THRESHOLD rows, so 100,000 rows never freeze the page.
 */
import { findField } from "../domain/fields/field-lookup";
import { entriesToCsv } from "../domain/export/csv";
import type { CsvJob, CsvWorkerMessage } from "./csv-worker";

export const WORKER_THRESHOLD = 5000;
const CSV_TYPE = "text/csv;charset=utf-8";

export function buildCsvBlob(job: CsvJob, onProgress: (done: number, total: number) => void): Promise<Blob> {
  if (job.entries.length < WORKER_THRESHOLD) {
    const columns = job.columnIds.flatMap((id) => findField(id) ?? []);
    return Promise.resolve(
      new Blob([entriesToCsv(job.entries, columns, { bom: job.bom }, job.names)], { type: CSV_TYPE }),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./csv-worker.ts", import.meta.url), { type: "module" });
    worker.addEventListener("message", (event: MessageEvent<CsvWorkerMessage>) => {
      if (event.data.type === "progress") onProgress(event.data.done, event.data.total);
      else {
        worker.terminate();
        resolve(event.data.blob);
      }
    });
    worker.addEventListener("error", (event) => {
      worker.terminate();
      reject(new Error(event.message || "the export worker failed"));
    });
    worker.postMessage(job);
  });
}
