import { describe, expect, it } from "vitest";
import { readCatalogV1Text } from "../../../test/support/catalog-v1-fixture";
import { readCatalogText } from "./catalog-reader";
import { migrateDocumentV1, migrateEntryV1, V1_READ_NOTE } from "./migrate-v1";
import { CatalogDocument, SCHEMA_VERSION } from "./schema";
import { isStrictlyValid, validateCatalog } from "./validate";

const v1Text = readCatalogV1Text();
const v1 = JSON.parse(v1Text) as { updated: string; entries: Record<string, unknown>[] };

describe("the v1 to v2 migration", () => {
  it("turns the published v1 catalog into a valid v2 document", () => {
    const migrated = migrateDocumentV1(v1);
    expect(CatalogDocument.safeParse(migrated).success).toBe(true);
    expect((migrated as { schemaVersion: number }).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("loads a v1 document through the reader with every entry and none skipped", () => {
    const { document, skipped } = readCatalogText(v1Text);
    expect(skipped).toEqual([]);
    expect(document.entries).toHaveLength(v1.entries.length);
    expect(isStrictlyValid(validateCatalog(v1))).toBe(true);
  });

  it("moves the code licence to licences.code with its class and leaves the weights licence unknown", () => {
    const { document } = readCatalogText(v1Text);
    const scgpt = document.entries.find((entry) => entry.id === "scgpt")!;
    const v1Scgpt = v1.entries.find((entry) => entry.id === "scgpt")!;
    expect(scgpt.licences.code.id).toBe(v1Scgpt.licence);
    expect(scgpt.licences.weights).toEqual({ id: null, class: "unknown" });
    expect(scgpt.provenance["licences.code"]).toBeDefined();
    expect("licence" in scgpt).toBe(false);
    const classes = new Set(document.entries.map((entry) => entry.licences.code.class));
    expect(classes).toContain("permissive");
    expect(classes).toContain("none-stated");
  });

  it("dates every claim by the v1 document and says so", () => {
    const { document } = readCatalogText(v1Text);
    const claims = document.entries.flatMap((entry) => Object.values(entry.provenance).flat());
    expect(claims.length).toBeGreaterThan(100);
    for (const claim of claims) {
      expect(claim.read).toBe(v1.updated);
      expect(claim.note).toContain(V1_READ_NOTE);
    }
  });

  it("leaves the new fields unknown or empty", () => {
    const entry = migrateEntryV1({ id: "x", licence: null, provenance: {} }, "2026-11-21") as Record<string, unknown>;
    expect(entry).toMatchObject({
      pretrained: null,
      trainingCells: { state: "unknown" },
      embeddingDim: { state: "unknown" },
      zeroShot: [],
      variants: [],
      estimated: [],
      hardware: { gpuMemoryGb: null, cpuOk: null, text: null },
    });
  });

  it("lists the fields whose chosen claim is an estimate", () => {
    const chosen = { source: "https://example.org", value: 5, status: "estimated", chosen: true };
    const entry = migrateEntryV1({ provenance: { parameters: [chosen] } }, "2026-11-21") as { estimated: string[] };
    expect(entry.estimated).toEqual(["parameters"]);
  });

  it("leaves a document of another version and a non-object entry alone", () => {
    expect(migrateDocumentV1({ schemaVersion: 2 })).toEqual({ schemaVersion: 2 });
    expect(migrateEntryV1("broken", "2026-11-21")).toBe("broken");
  });
});
