import { describe, expect, it } from "vitest";
import { cleanName, confusableKey, confusableNames, nameProblem } from "./display-name";
import type { CatalogDocument } from "./schema";
import { readCatalogJson } from "../../../test/support/real-catalog";
import { validateCatalog } from "./validate";

describe("names that deceive", () => {
  it.each([
    ["a zero-width space", "scGPT\u200B", /invisible .*\(U\+200B\).*"scGPT"/],
    ["a right-to-left override", "\u202EscGPT", /invisible .*\(U\+202E\)/],
    ["only invisible characters", "\u200B\u200C\u2060", /^has nothing visible$/],
    ["only white space and a soft hyphen", " \u00AD ", /^has nothing visible$/],
    ["a decomposed accent (not NFC)", "Ze\u0301ro", /not in NFC; write it as "Zéro"/],
  ])("refuses a name with %s", (_case, name, message) => {
    expect(nameProblem(name)).toMatch(message);
  });

  it("accepts ordinary names, accents and Greek included", () => {
    for (const name of ["scGPT", "Cell2Sentence", "Märtens", "TF-Sapiens", "αβ-Former", "C2S-Scale 27B"]) {
      expect(nameProblem(name)).toBeNull();
      expect(cleanName(name)).toBe(name);
    }
  });

  it("gives look-alikes one key, and names each pair of different names once", () => {
    expect(confusableKey("sсGPT")).toBe(confusableKey("scGPT")); // Cyrillic es
    expect(confusableKey("sc\u200BGPT")).toBe("scgpt");
    expect(confusableNames(["scGPT", "UCE", "sсGPT", "scgpt", "Geneformer"])).toEqual([
      { name: "sсGPT", like: "scGPT" },
    ]);
  });

  it("finds no look-alike names in the published catalog", () => {
    const document = readCatalogJson() as CatalogDocument;
    expect(confusableNames(document.entries.map((entry) => entry.name))).toEqual([]);
  });
});

function withFirst(change: (entry: Record<string, any>) => void) {
  const document = readCatalogJson() as CatalogDocument;
  change(document.entries[0] as unknown as Record<string, any>);
  const validation = validateCatalog(document);
  if (!validation.ok) throw new Error("the document should load");
  return validation;
}

describe("the loader on deceptive names and absurd numbers", () => {
  it("skips an entry whose name shows nothing, and keeps the rest", () => {
    const validation = withFirst((entry) => (entry.name = "\u200B\u200B"));
    expect(validation.skipped.filter((record) => record.record === undefined)).toEqual([
      { index: 0, id: "scgpt", issues: [{ path: "entries[0].name", message: "has nothing visible" }] },
    ]);
  });

  it("skips an alias hiding a zero-width space", () => {
    const validation = withFirst((entry) => (entry.aliases = ["scGPT\u200B"]));
    expect(validation.skipped[0]!.issues[0]!.path).toBe("entries[0].aliases[0]");
  });

  it("skips a cell count of 1e308 with the reason", () => {
    const validation = withFirst(
      (entry) => (entry.pretraining.cells = { state: "known", value: 1e308, bound: "exact", text: "1e308" }),
    );
    expect(validation.skipped[0]!.issues).toEqual([
      {
        path: "entries[0].pretraining.cells.value",
        message: "1e+308 is more than 100000000000, beyond any real count",
      },
    ]);
  });
});
