import { describe, expect, it } from "vitest";
import { readCatalogJson } from "../../test/support/real-catalog";
import { CatalogLoadError, loadCatalog } from "./load-catalog";

const respond =
  (body: BodyInit, status = 200) =>
  async () =>
    new Response(body, { status });

describe("loadCatalog", () => {
  it("returns the validated catalog with nothing skipped", async () => {
    const loaded = await loadCatalog("/data/catalog.json", respond(JSON.stringify(readCatalogJson())));
    expect(loaded.document.entries).toHaveLength(124);
    expect(loaded.skipped).toEqual([]);
  });

  it.each([
    [
      "a network failure",
      async () => Promise.reject(new TypeError("Failed to fetch")),
      "could not be fetched (Failed to fetch)",
    ],
    ["an HTTP error", respond("nope", 404), "the server answered 404"],
    ["a body that is not JSON", respond("<html>"), "not valid JSON"],
    ["an unknown schema version", respond(JSON.stringify({ schemaVersion: 7 })), "schemaVersion"],
  ])("fails with a message saying what failed on %s", async (_label, fetcher, message) => {
    const attempt = loadCatalog("/data/catalog.json", fetcher);
    await expect(attempt).rejects.toBeInstanceOf(CatalogLoadError);
    await expect(attempt).rejects.toThrow(message);
  });
});
