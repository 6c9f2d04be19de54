import { describe, expect, it } from "vitest";
import type { CatalogDocument } from "../../../src/domain/catalog/schema";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { allIssues, isStrictlyValid, validateCatalog } from "../../../src/domain/catalog/validate";
import { applyImport } from "./apply-import";
import { importLists } from "../../../src/domain/import/import-lists";

const LIST = [
  "# Toy list",
  "| Model | Paper | Cells |",
  "|---|---|---|",
  "| SC-GPT | Cui et al., 2024 | 33M |",
  "| geneformer | Theodoris et al., 2019 | 95M |",
  "| scBERT | | 2M |",
  "| scFoundation | | 95M |",
  "| scNewToy | | 2.5M |",
].join("\n");

function apply(document: CatalogDocument, text = LIST) {
  const run = importLists([{ path: "lists/toys.md", text }], document);
  return { run, ...applyImport(document, run.matches, run.sources, "2026-12-04") };
}

const entryOf = (document: CatalogDocument, id: string) => document.entries.find((entry) => entry.id === id)!;

describe("applyImport", () => {
  const before = loadRealCatalog();
  const snapshot = JSON.stringify(before);
  const { document, added, recorded } = apply(before);

  it("leaves a catalog that validates strictly, and the document it was given untouched", () => {
    expect(allIssues(validateCatalog(document))).toEqual([]);
    expect(isStrictlyValid(validateCatalog(document))).toBe(true);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it("adds the new entry with the file as its source, registered once in the document's sources", () => {
    expect(added).toEqual(["scnewtoy"]);
    expect(entryOf(document, "scnewtoy")).toMatchObject({
      listedIn: ["toys"],
      pretraining: { cells: { value: 2_500_000 } },
    });
    expect(document.sources.filter((source) => source.type === "import")).toEqual([
      { id: "toys", title: "Toy list", type: "import", note: "imported from toys.md with npm run catalog:import" },
    ]);
  });

  it("never replaces a curated value: the disagreeing value joins the provenance unchosen, and the choice gets a reason", () => {
    expect(recorded).toBe(4);
    const scfoundation = entryOf(document, "scfoundation");
    expect(scfoundation.pretraining.cells).toEqual(entryOf(before, "scfoundation").pretraining.cells);
    const cells = scfoundation.provenance["pretraining.cells"]!;
    expect(cells.at(-1)).toEqual({
      source: "toys",
      value: "95M",
      status: "reported",
      chosen: false,
      read: "2026-12-04",
      note: "line 7; not yet reviewed",
    });
    expect(cells.find((claim) => claim.chosen)).toMatchObject({
      value: 50_000_000,
      reason: "kept the curated value; the imported list toys differs and is not yet reviewed",
    });

    const geneformer = entryOf(document, "geneformer");
    expect(geneformer.pretraining.cells).toEqual(entryOf(before, "geneformer").pretraining.cells);
    expect(geneformer.provenance["pretraining.cells"]!.at(-1)).toMatchObject({
      source: "toys",
      value: "95M",
      chosen: false,
    });
    // A year without its version is kept beside the version it would have to date.
    expect(geneformer.paper.publishedYear).toBe(2023);
    expect(geneformer.provenance["paper.publishedYear"]!.at(-1)).toMatchObject({
      value: 2019,
      chosen: false,
      note: "the list gives this year without saying which version it dates; line 5; not yet reviewed",
    });
  });

  it("keeps the reason a curator already gave", () => {
    const chosen = entryOf(document, "scbert").provenance["pretraining.cells"]!.find((claim) => claim.chosen)!;
    const curated = entryOf(before, "scbert").provenance["pretraining.cells"]!.find((claim) => claim.chosen)!;
    expect(chosen.reason).toBe(curated.reason);
  });

  it("lists the file among the sources of every entry it names, matched ones too", () => {
    expect(entryOf(document, "scgpt").listedIn).toEqual([...entryOf(before, "scgpt").listedIn, "toys"]);
    expect(entryOf(document, "scgpt").provenance).toEqual(entryOf(before, "scgpt").provenance);
  });

  it("changes nothing when the same import is applied again", () => {
    const again = apply(document);
    expect(again.run.matches.map((match) => match.status)).toEqual([
      "matched",
      "conflict",
      "conflict",
      "conflict",
      "matched",
    ]);
    expect(again.recorded).toBe(0);
    expect(again.added).toEqual([]);
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(document));
  });

  it("keeps a bare year that fits neither version with the preprint's year, as the build does", () => {
    const scgpt = entryOf(
      apply(before, "| Model | Paper |\n|---|---|\n| scGPT | Cui et al., 2020 |").document,
      "scgpt",
    );
    expect(scgpt.paper).toEqual(entryOf(before, "scgpt").paper);
    expect(scgpt.provenance["paper.preprintYear"]!.at(-1)).toMatchObject({
      source: "toys",
      value: 2020,
      chosen: false,
    });
  });

  it("registers no source for a file that names nothing", () => {
    const empty = apply(before, "# Nothing here\n| Model |\n|---|\n| x |");
    expect(empty.document.sources).toEqual(before.sources);
  });
});
