import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey } from "../catalog/normalise";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { parseMarkdownList } from "./markdown-list";
import { conflictsWithEntry, findCatalogEntry, matchCandidates } from "./match-candidates";
import { mergeCandidates, type ImportCandidate } from "./merge-candidates";

const catalog = loadRealCatalog();
const entry = (id: string) => catalog.entries.find((candidate) => candidate.id === id)!;

function candidatesOf(markdown: string, file = "list.md"): ImportCandidate[] {
  const rows = parseMarkdownList(markdown).candidates.map((candidate) => ({ file, source: "list", candidate }));
  return mergeCandidates(rows);
}

function only(markdown: string): ImportCandidate {
  return candidatesOf(markdown)[0]!;
}

const named = (name: string) => only(`- **${name}**: a title`);
const table = (header: string, row: string) => only(`| ${header} |\n|${header.replace(/[^|]+/g, "---")}|\n| ${row} |`);

describe("findCatalogEntry", () => {
  it.each([
    ["scGPT", "scgpt"],
    ["SC-GPT", "scgpt"],
    ["scgpt", "scgpt"],
    ["sc gpt", "scgpt"],
    ["Cell2Sentence", "cell2sentence"],
    ["C2S", "cell2sentence"],
    ["Universal Cell Embeddings", "uce"],
    ["PubMedGPT", "biomedlm"],
    ["muse gnn", "muse-gnn"],
  ])("finds %j as %s, by id, name or alias", (name, id) => {
    expect(findCatalogEntry(named(name), catalog.entries)?.id).toBe(id);
  });

  it("finds a row that names only a paper by the paper's title, its preprint's title too", () => {
    const published = only(
      "1. [2023 Nature] **Transfer Learning Enables Predictions in Network Biology** [[paper]](https://x.org)",
    );
    expect(findCatalogEntry(published, catalog.entries)?.id).toBe("geneformer");
    const preprint = only(
      "1. [2023 bioRxiv] **scGPT: Towards Building a Foundation Model for Single-Cell Multi-omics Using Generative AI** [[paper]](https://x.org)",
    );
    expect(findCatalogEntry(preprint, catalog.entries)?.id).toBe("scgpt");
  });

  it("finds a row that names its model otherwise by its paper's address, unless two entries share that paper", () => {
    const uce = table(
      "Model | Paper",
      "Universal Cell Embedding | [Rosen et al. 2023](https://www.biorxiv.org/content/10.1101/2023.11.28.568918v1.full.pdf)",
    );
    expect(findCatalogEntry(uce, catalog.entries)?.id).toBe("uce");
    const shared = entry("sctt").paper.preprintUrl!;
    expect(catalog.entries.filter((e) => [e.paper.url, e.paper.preprintUrl].includes(shared)).length).toBeGreaterThan(
      1,
    );
    expect(
      findCatalogEntry(table("Model | Paper", `Pang's model | [Pang et al.](${shared})`), catalog.entries),
    ).toBeNull();
  });

  it("finds nothing for a model the catalog lacks", () => {
    expect(findCatalogEntry(named("scNewToy"), catalog.entries)).toBeNull();
  });

  it("is insensitive to any change of case, spacing or punctuation in a catalog name", () => {
    const names = catalog.entries.map((e) => e.name).filter((name) => /^[\x20-\x7e]+$/.test(name));
    const respelling = fc.tuple(
      fc.constantFrom(...names),
      fc.infiniteStream(fc.boolean()),
      fc.infiniteStream(fc.constantFrom("", "", " ", "-", "_", ".", "  ", "/")),
    );
    fc.assert(
      fc.property(respelling, ([name, upper, gaps]) => {
        const [cases, spaces] = [[...upper.take(name.length)], [...gaps.take(name.length)]];
        // The names are printable ASCII (filtered above), so one character is one UTF-16 unit.
        const variant = name
          .split("")
          .map((char, i) => (cases[i] ? char.toUpperCase() : char.toLowerCase()) + spaces[i])
          .join("");
        const found = findCatalogEntry({ ...named("x"), name: variant }, catalog.entries);
        expect(found && matchKey(found.name)).toBe(matchKey(name));
      }),
    );
  });
});

describe("matchKey, the normal form names are matched on", () => {
  it("is idempotent and leaves only lowercase letters and digits", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const key = matchKey(text);
        expect(matchKey(key)).toBe(key);
        expect(key).toMatch(/^[a-z0-9]*$/);
      }),
    );
  });
});

describe("conflictsWithEntry", () => {
  it("finds nothing where the list says what the catalog says, in other words", () => {
    const scgpt = table(
      "Model | Paper | Code | No. of Cells",
      "SC-GPT | [scGPT: Toward building a foundation model](https://www.nature.com/articles/s41592-024-02201-0/). Haotian Cui et al. _Nature Methods_ (2024) | [GitHub](https://github.com/bowang-lab/scGPT) | 33M",
    );
    expect(conflictsWithEntry(scgpt, entry("scgpt"))).toEqual([]);
    // The catalog's 30 million and the list's approximate 30 million are one figure.
    expect(conflictsWithEntry(table("Model | Cells", "Geneformer | ~30 million"), entry("geneformer"))).toEqual([]);
    expect(conflictsWithEntry(table("Model | # Params", "UCE | 0.65B"), entry("uce"))).toEqual([]);
  });

  it("reports each field that disagrees with the catalog's value and the row that says so", () => {
    const geneformer = table("Model | Cells | Year | Venue", "Geneformer | 95M | 2021 | Nature");
    expect(conflictsWithEntry(geneformer, entry("geneformer"))).toEqual([
      expect.objectContaining({ field: "paper.publishedYear", catalog: 2023, imported: 2021 }),
      expect.objectContaining({
        field: "pretraining.cells",
        catalog: "30 million",
        imported: "95M",
        claim: expect.objectContaining({ file: "list.md", line: 3 }),
      }),
    ]);
  });

  it("takes one variant's figure as agreeing with a range across the variants, and a figure no variant has as not", () => {
    const parameters = entry("geneformer-v2").parameters;
    expect(parameters).toMatchObject({ range: { min: 104_000_000, max: 316_000_000 } });
    expect(conflictsWithEntry(table("Model | # Params", "Geneformer V2 | 104M"), entry("geneformer-v2"))).toEqual([]);
    expect(conflictsWithEntry(table("Model | # Params", "Geneformer V2 | 200M"), entry("geneformer-v2"))).toEqual([
      expect.objectContaining({ field: "parameters", catalog: "104,000,000 to 316,000,000 across 2 variants" }),
    ]);
  });

  it("compares a link with both the paper and the preprint, and a bare year with both years", () => {
    const preprint = only(
      "- scGPT: Towards Building a Foundation Model for Single-Cell Multi-omics Using Generative AI [paper](https://www.biorxiv.org/content/10.1101/2023.04.30.538439v2.full.pdf)",
    );
    expect(conflictsWithEntry(preprint, entry("scgpt"))).toEqual([]);
    expect(conflictsWithEntry(table("Model | Paper", "scGPT | Cui et al., 2023"), entry("scgpt"))).toEqual([]);
    const wrongYear = conflictsWithEntry(table("Model | Paper", "scGPT | Cui et al., 2020"), entry("scgpt"));
    expect(wrongYear).toEqual([expect.objectContaining({ field: "paper.year", catalog: 2024, imported: 2020 })]);
  });

  it("takes a figure for a quantity the catalog holds not applicable as a conflict, and nothing the catalog does not know", () => {
    expect(conflictsWithEntry(table("Model | Cells", "OpenBioMed | 1M"), entry("openbiomed"))).toEqual([
      expect.objectContaining({ field: "pretraining.cells", catalog: "not applicable", imported: "1M" }),
    ]);
    expect(conflictsWithEntry(table("Model | # Params", "scBERT | 5M"), entry("scbert"))).toEqual([]);
  });

  it("takes a task the entry lacks as a conflict, and fewer tasks as less detail", () => {
    expect(conflictsWithEntry(table("Model | Tasks", "scGPT | Cell type annotation"), entry("scgpt"))).toEqual([]);
    expect(conflictsWithEntry(table("Model | Tasks", "scGPT | Variant effect prediction"), entry("scgpt"))).toEqual([
      expect.objectContaining({ field: "tasks", note: "the catalog lacks variant-effect-prediction" }),
    ]);
  });
});

describe("matchCandidates", () => {
  const markdown = [
    "| Model | Cells |",
    "|---|---|",
    "| scgpt | 33M |",
    "| Geneformer | 95M |",
    "| scNewToy | 1M |",
    "| scNewToy | 2M |",
    "| scgpt | 33 million |",
  ].join("\n");

  it("says matched, conflict or new, with the entry's id or the id a new entry would get", () => {
    const { matches } = matchCandidates(candidatesOf(markdown), catalog);
    expect(matches.map(({ status, id, conflicts }) => ({ status, id, conflicts: conflicts.length }))).toEqual([
      { status: "matched", id: "scgpt", conflicts: 0 },
      { status: "conflict", id: "geneformer", conflicts: 1 },
      { status: "new", id: "scnewtoy", conflicts: 1 },
    ]);
    // A new entry has no catalog value to disagree with, but its rows disagree among themselves.
    expect(matches[2]!.conflicts[0]).toMatchObject({
      field: "pretraining.cells",
      catalog: null,
      imported: "2M",
      note: 'list.md:5 says "1M", which is kept',
    });
  });

  it("proposes ids as slugs of the names, one per merged name", () => {
    const { matches } = matchCandidates(candidatesOf("- **scGPT 2**: a\n- **scgpt-2!**: b\n- **Toy/Kit**: c"), catalog);
    // "scGPT 2" and "scgpt-2!" are one name; "Toy/Kit" slugs to toy-kit.
    expect(matches.map((match) => match.id)).toEqual(["scgpt-2", "toy-kit"]);
  });

  it("sets apart a row that names only a paper no entry has", () => {
    const { matches, unnamed } = matchCandidates(
      candidatesOf("1. [2023 Nature] **An unknown toy paper** [[paper]](https://x.org)"),
      catalog,
    );
    expect(matches).toEqual([]);
    expect(unnamed.map((candidate) => candidate.title)).toEqual(["An unknown toy paper"]);
  });
});

describe("matchCandidates on names that deceive", () => {
  it("reports a new name that looks like an existing entry's as a conflict, not a silent new entry", () => {
    const [match] = matchCandidates(candidatesOf("- **sсGPT**: a model with a Cyrillic es\n"), catalog).matches;
    expect(match).toMatchObject({ status: "conflict", entry: null });
    expect(match!.conflicts[0]).toMatchObject({
      field: "name",
      catalog: "scGPT",
      imported: "sсGPT",
      note: 'looks like the catalog\'s "scGPT" (scgpt) but is a different string',
    });
  });

  it("strips zero-width characters from a list's names, so the name matches its entry", () => {
    const [match] = matchCandidates(candidatesOf("- **sc\u200BGPT\u200D**: scGPT\n"), catalog).matches;
    expect(match).toMatchObject({ status: expect.stringMatching(/matched|conflict/), id: "scgpt" });
    expect(match!.candidate.name).toBe("scGPT");
  });

  it("takes no name made only of invisible characters", () => {
    const rows = parseMarkdownList("- **\u200B\u200B**: nothing to see\n| Model |\n|---|\n| \u2060\u200C |\n");
    expect(rows.candidates.map((candidate) => candidate.name)).toEqual([null]);
    expect(rows.skipped).toEqual([
      expect.objectContaining({ line: 4, reason: "row names neither a model nor a paper" }),
    ]);
  });
});
