import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChangelogDocument, latestRelease } from "./changelog";
import { loadRealCatalog } from "../../../test/support/real-catalog";

const published = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "..", "public", "data", "changelog.json"), "utf8"),
) as unknown;

describe("the published data changelog", () => {
  const catalog = loadRealCatalog();

  it("is valid, and its newest release is the published catalog's version and date", () => {
    const changelog = ChangelogDocument.parse(published);
    expect(latestRelease(changelog).version).toBe(catalog.version);
    expect(latestRelease(changelog).date).toBe(catalog.updated);
    expect(changelog.catalog).toBe("catalog.json");
  });

  it("names only entries of the catalog in its newest release", () => {
    const ids = new Set(catalog.entries.map((entry) => entry.id));
    const latest = latestRelease(ChangelogDocument.parse(published));
    for (const id of [...latest.added, ...latest.corrected.map((correction) => correction.id)]) {
      expect(ids.has(id), id).toBe(true);
    }
  });
});
