import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { Entry } from "../../../src/domain/catalog/schema";
import { importLists } from "../../../src/domain/import/import-lists";
import { newCatalogEntry } from "./new-entry";

const catalog = loadRealCatalog();

function newEntryFrom(files: Record<string, string>) {
  const run = importLists(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    catalog,
  );
  const match = run.matches.find((candidate) => candidate.status === "new")!;
  return newCatalogEntry(match.candidate, match.id, run.sources, "2026-12-04");
}

const TABLE = [
  "# Toy models",
  "| Model | Paper | Code | Architecture | Cells | # Params | Datasets | Loss | Tasks |",
  "|---|---|---|---|---|---|---|---|---|",
  "| **scNewToy** | [scNewToy: a toy](https://example.org/p/scnewtoy). Alan Turing et al. _Toy Reports_ (2025) | [GitHub](https://github.com/example-lab/scnewtoy) | Transformer | ~30 million | 0.65B | n/a | Masked gene modelling, cross entropy | Cell type annotation; Juggling |",
].join("\n");

describe("newCatalogEntry", () => {
  it("fills the fields the rows give, in the catalog's own terms, and keeps each row's claim", () => {
    const entry = newEntryFrom({ "toys.md": TABLE });
    expect(Entry.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: "scnewtoy",
      name: "scNewToy",
      kind: "model",
      paper: {
        title: "scNewToy: a toy",
        url: "https://example.org/p/scnewtoy",
        preprintUrl: null,
        firstAuthor: "Alan Turing",
        venue: "Toy Reports",
        preprintYear: null,
        publishedYear: 2025,
      },
      links: [{ role: "code", host: "github", url: "https://github.com/example-lab/scnewtoy" }],
      architecture: { stated: "Transformer", family: null },
      pretraining: {
        cells: { state: "known", value: 30_000_000, bound: "approximate", text: "~30 million" },
        datasets: { state: "unknown" },
        species: [],
      },
      parameters: { state: "known", value: 650_000_000, bound: "exact", text: "0.65B" },
      losses: [
        { id: "masked-modelling", text: "Masked gene modelling" },
        { id: "cross-entropy", text: "cross entropy" },
      ],
      tasks: [{ id: "cell-type-annotation", text: "Cell type annotation" }],
      listedIn: ["toys"],
    });
    expect(entry.provenance["pretraining.cells"]).toEqual([
      { source: "toys", value: "~30 million", status: "reported", chosen: true, read: "2026-12-04", note: "line 4" },
    ]);
    // The phrase no vocabulary term fits is not lost: the claim keeps the list's words.
    expect(entry.provenance.tasks?.[0]?.value).toBe("Cell type annotation; Juggling");
  });

  it("invents nothing: what the rows do not say stays unknown, and the kind and description say they are ours", () => {
    const entry = newEntryFrom({ "toys.md": "- **ToyBare**" });
    expect(entry).toMatchObject({
      aliases: [],
      modalities: [],
      paper: { url: null, preprintUrl: null, doi: null, firstAuthor: null, venue: null, publishedYear: null },
      links: [],
      openWeights: "unknown",
      licences: { code: { id: null, class: "unknown" }, weights: { id: null, class: "unknown" } },
      architecture: { stated: null, family: null },
      pretraining: { cells: { state: "unknown" }, datasets: { state: "unknown" }, species: [] },
      parameters: { state: "unknown" },
      inputRepresentation: null,
      losses: [],
      tasks: [],
      relations: [],
    });
    expect(entry.description).toBe('ToyBare is listed in "toys.md"; not yet described by a curator.');
    expect(entry.provenance.kind).toEqual([
      expect.objectContaining({
        value: "model",
        status: "derived",
        chosen: true,
        note: expect.stringMatching(/assumed/),
      }),
    ]);
    expect(entry.provenance.description?.[0]).toMatchObject({
      status: "derived",
      note: "says only where the entry came from",
    });
  });

  it("takes a preprint-only paper as the paper, and dates it with a year given without its version", () => {
    const entry = newEntryFrom({
      "toys.md":
        "| Model | Year | Paper |\n|---|---|---|\n| ToyPre | 2024 | [ToyPre](https://www.biorxiv.org/content/10.1101/2024.01.01.000001v1) |",
    });
    expect(entry.paper).toMatchObject({
      url: "https://www.biorxiv.org/content/10.1101/2024.01.01.000001v1",
      preprintUrl: null,
      preprintYear: 2024,
      publishedYear: null,
    });
    expect(entry.provenance["paper.preprintYear"]?.[0]?.note).toBe(
      "the list gives this year without saying which version it dates; line 3",
    );
  });

  it("chooses the first row where rows disagree, says why, and keeps every other spelling as an alias", () => {
    const entry = newEntryFrom({
      "a.md": "| Model | Cells |\n|---|---|\n| ToyTwin | 1M |\n| Toy-Twin | 1M |",
      "b.md": "| Model | Cells |\n|---|---|\n| TOYTWIN | 2M |",
    });
    expect(entry.aliases).toEqual(["Toy-Twin"]);
    expect(entry.listedIn).toEqual(["a", "b"]);
    expect(entry.pretraining.cells).toMatchObject({ value: 1_000_000 });
    expect(entry.provenance["pretraining.cells"]).toEqual([
      {
        source: "a",
        value: "1M",
        status: "reported",
        chosen: true,
        read: "2026-12-04",
        note: "lines 3, 4",
        reason: "the first imported row (a.md:3); b.md:3 differs; not yet reviewed",
      },
      { source: "b", value: "2M", status: "reported", chosen: false, read: "2026-12-04", note: "line 3" },
    ]);
  });

  it("keeps an unreadable figure as unknown with its text, never as a number", () => {
    const entry = newEntryFrom({ "toys.md": "| Model | Cells |\n|---|---|\n| ToyRange | 30-50M |" });
    expect(entry.pretraining.cells).toEqual({ state: "unknown", text: "30-50M" });
  });

  it("writes the provenance in the schema's field order", () => {
    const entry = newEntryFrom({ "toys.md": TABLE });
    expect(Object.keys(entry.provenance)).toEqual([
      "name",
      "kind",
      "description",
      "paper.title",
      "paper.url",
      "paper.firstAuthor",
      "paper.venue",
      "paper.publishedYear",
      "links.code",
      "architecture.stated",
      "pretraining.cells",
      "parameters",
      "losses",
      "tasks",
    ]);
  });
});
