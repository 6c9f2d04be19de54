import { describe, expect, it, vi } from "vitest";
import { visibleFields } from "../domain/fields/field-lookup";
import { loadRealCatalog } from "../../test/support/real-catalog";
import { entriesToCsv } from "../domain/export/csv";
import { namesOf } from "../domain/catalog/names";
import type { CsvJob, CsvWorkerMessage } from "./csv-worker";

describe("the CSV worker", () => {
  // 12,000 rows take about 4 s alone, so the default 5 s is too tight on a busy machine.
  it("reports progress per slice and hands back the same file as the main thread builds", async () => {
    const listeners: ((event: { data: CsvJob }) => void)[] = [];
    const messages: CsvWorkerMessage[] = [];
    vi.stubGlobal("self", {
      addEventListener: (_type: string, listener: (event: { data: CsvJob }) => void) => listeners.push(listener),
      postMessage: (message: CsvWorkerMessage) => messages.push(message),
    });
    await import("./csv-worker");
    const catalog = loadRealCatalog();
    const entries = catalog.entries;
    const names = namesOf(catalog);
    const many = Array.from({ length: 12_000 }, (_, i) => entries[i % entries.length]!);
    const columnIds = visibleFields(null).map((column) => column.id);
    listeners[0]!({ data: { entries: many, columnIds, bom: true, names } });

    const progress = messages.filter((message) => message.type === "progress");
    expect(progress.map((message) => message.done)).toEqual([5000, 10_000, 12_000]);
    const done = messages.at(-1)!;
    expect(done.type).toBe("done");
    const bytes = new Uint8Array(done.type === "done" ? await done.blob.arrayBuffer() : new ArrayBuffer(0));
    // The file starts with the UTF-8 byte-order mark (which text decoding would silently drop).
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toBe(
      entriesToCsv(many, visibleFields(null), { bom: true }, names),
    );
    vi.unstubAllGlobals();
  }, 20_000);
});
