import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdownList } from "./markdown-list";

const TABLE = `## Single-Cell Genomics (SCG) Models
| üß† Model | üìÑ Paper | üíª Code | üõ†Ô∏è Architecture | üß¨ No. of Cells | üìä No. of Datasets | üéØ Loss Function(s) | üìù Downstream Tasks/Evaluations |
|---|---|---|---|---|---|---|---|
| scGPT üí° | [scGPT: toward building](https://www.nature.com/articles/s41592-024-02201-0). Haotian Cui et al. _Nature Methods_ (2024) | [GitHub Repository](https://github.com/bowang-lab/scGPT) | Transformer | 33 million | 441 | Mean square error | Cell type annotation |
| CELLama | Hongyoon Choi et al., 2024 | [GitHub Repository] | Transformer | 536k+ | 4 | Cosine similarity | Cell typing; Integration |
| x        | [x](#)      | [x](#)     | x               | x          | x              | x          | x |
| Enformer | [Effective gene expression](https://www.nature.com/articles/s41592-021-01252-x). ≈Ωiga Avsec et al. _Nature Methods_ (2021) | [x](#) | Transformer | 254k | 2 | Poisson | Variant effect prediction
`;

describe("parseMarkdownList", () => {
  it("reads table rows with the citation split into title, link, first author, venue and year", () => {
    const { candidates } = parseMarkdownList(TABLE);
    expect(candidates[0]).toMatchObject({
      line: 4,
      format: "table",
      section: "Single-Cell Genomics (SCG) Models",
      name: "scGPT",
      pretrainedMark: true,
      title: "scGPT: toward building",
      paperUrl: "https://www.nature.com/articles/s41592-024-02201-0",
      firstAuthor: "Haotian Cui",
      venue: "Nature Methods",
      year: 2024,
      codeUrls: ["https://github.com/bowang-lab/scGPT"],
      cells: "33 million",
      datasets: "441",
      losses: "Mean square error",
      tasks: "Cell type annotation",
    });
  });

  it("reads an author-and-year citation without a link, and a code placeholder as no code", () => {
    const { candidates } = parseMarkdownList(TABLE);
    expect(candidates[1]).toMatchObject({
      name: "CELLama",
      title: null,
      firstAuthor: "Hongyoon Choi",
      year: 2024,
      codeUrls: [],
    });
  });

  it("skips template rows with the reason, repairs mangled characters, and accepts a missing closing pipe", () => {
    const { candidates, skipped } = parseMarkdownList(TABLE);
    expect(skipped).toEqual([
      { line: 6, text: expect.stringMatching(/^\| x/), reason: "template row: every cell is a placeholder" },
    ]);
    expect(candidates[2]).toMatchObject({
      name: "Enformer",
      firstAuthor: "Žiga Avsec",
      tasks: "Variant effect prediction",
    });
  });

  it("reads bullet items: name, title, paper and code links", () => {
    const { candidates } = parseMarkdownList(
      "- GeneCompass: Deciphering Universal Gene Regulatory Mechanisms [paper](https://www.biorxiv.org/content/10.1101/2023.09.26.559542v1), [code](https://github.com/xCompass-AI/GeneCompass)",
    );
    expect(candidates[0]).toMatchObject({
      format: "bullet",
      name: "GeneCompass",
      title: "Deciphering Universal Gene Regulatory Mechanisms",
      paperUrl: "https://www.biorxiv.org/content/10.1101/2023.09.26.559542v1",
      codeUrls: ["https://github.com/xCompass-AI/GeneCompass"],
    });
  });

  it("reads numbered items with year and venue, and a model name at the end of the tag", () => {
    const { candidates } = parseMarkdownList(
      [
        "1. [2022 Nature Machine Intelligence] **scBERT as a large-scale pretrained deep language model** [[paper]](https://www.nature.com/articles/s42256-022-00534-z)",
        "1. [2023 iSchience tGPT] **Generative pretraining from large-scale transcriptomes** [[paper]](https://www.sciencedirect.com/science/article/pii/S2589004223006132)",
        "1. [2023 Github] **OpenBioMed** [[Github]](https://github.com/BioFM/OpenBioMed)",
      ].join("\n"),
    );
    expect(candidates.map(({ name, venue, year }) => ({ name, venue, year }))).toEqual([
      { name: null, venue: "Nature Machine Intelligence", year: 2022 },
      { name: "tGPT", venue: "iSchience", year: 2023 },
      { name: null, venue: null, year: 2023 },
    ]);
    expect(candidates[2]!.codeUrls).toEqual(["https://github.com/BioFM/OpenBioMed"]);
  });

  it("ignores a table of contents and never turns a non-web link into a URL", () => {
    const { candidates } = parseMarkdownList(
      "1. [Single-Cell Models](#single-cell)\n- Foo: Bar [paper](javascript:alert(1))",
    );
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.paperUrl).toBeNull();
  });
});

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");
const rowsOf = (name: string) => parseMarkdownList(fixture(name));

describe("parseMarkdownList on the import fixtures", () => {
  it("reads tables whose columns differ, with or without a closing pipe, and a linked bold name", () => {
    const { candidates, skipped } = rowsOf("table-varying-columns.md");
    expect(skipped).toEqual([]);
    expect(
      candidates.map(({ line, name, year, parameters, cells }) => ({ line, name, year, parameters, cells })),
    ).toEqual([
      { line: 6, name: "scToyFM", year: 2025, parameters: "1.2B", cells: "12M" },
      { line: 7, name: "ToyCellNet", year: 2024, parameters: "0.65B", cells: "~30 million" },
      { line: 12, name: "ToyKit", year: null, parameters: null, cells: null },
    ]);
    // The name links the repository, which stands in for the empty code column.
    expect(candidates[0]!.codeUrls).toEqual(["https://github.com/example-lab/sctoyfm"]);
    expect(candidates[1]).toMatchObject({ firstAuthor: "Ada Lovelace", venue: "Toy Journal" });
    expect(candidates[2]).toMatchObject({
      highlights: "A toolkit for toy single-cell models",
      codeUrls: ["https://github.com/example-lab/toykit"],
    });
  });

  it("reads bullet items whose name is bold, linked, or both, and a link that carries a title, not a name", () => {
    const { candidates } = rowsOf("bullet-list.md");
    expect(
      candidates.map(({ name, title, paperUrl, codeUrls, highlights, year }) => ({
        name,
        title,
        paperUrl,
        codeUrls,
        highlights,
        year,
      })),
    ).toEqual([
      {
        name: "scToyBullet",
        title: "Bullet points for single-cell toys",
        paperUrl: "https://arxiv.org/abs/2501.00001",
        codeUrls: ["https://github.com/example-lab/sctoybullet"],
        highlights: null,
        year: null,
      },
      {
        name: "ToyLinked",
        title: null,
        paperUrl: null,
        codeUrls: ["https://github.com/example-lab/toylinked"],
        highlights: "a linked name whose link is the repository",
        year: null,
      },
      {
        name: "ToyBoldLinked",
        title: "Toy bold linked models",
        paperUrl: "https://example.org/papers/toyboldlinked",
        codeUrls: [],
        highlights: null,
        year: 2023,
      },
      {
        name: null,
        title: "A very long paper title given as the link text",
        paperUrl: "https://example.org/papers/long-title",
        codeUrls: [],
        highlights: null,
        year: null,
      },
    ]);
  });

  it("reads numbered items in both styles and marks them as numbered", () => {
    const { candidates } = rowsOf("numbered-list.md");
    expect(candidates.map(({ format, name, venue, year }) => ({ format, name, venue, year }))).toEqual([
      { format: "numbered", name: "ToyNumbered", venue: "bioRxiv", year: 2024 },
      { format: "numbered", name: "ToyPlainNumbered", venue: null, year: 2022 },
      { format: "numbered", name: null, venue: "Nature Methods", year: 2023 },
    ]);
  });

  it("keeps each figure as written and skips rows of placeholders, blanks included, with the reason", () => {
    const { candidates, skipped } = rowsOf("number-formats.md");
    expect(candidates.map(({ name, parameters, cells, datasets }) => [name, parameters, cells, datasets])).toEqual([
      ["ToyBillion", "1.2B", "33M", "441"],
      ["ToyFraction", "0.65B", "~30 million", "n/a"],
      ["ToyLowerBound", "-", "536k+", "50+"],
      ["ToyPlus", "n/a", "50M+", null],
      ["ToyRange", "100M", "30-50M", "-"],
    ]);
    expect(skipped.map(({ line, reason }) => ({ line, reason }))).toEqual([
      { line: 10, reason: "template row: every cell is a placeholder" },
      { line: 11, reason: "template row: every cell is a placeholder" },
      { line: 12, reason: "template row: every cell is a placeholder" },
    ]);
  });

  it("repairs mis-decoded emoji in headers and names: the columns are found and the names carry no emoji", () => {
    const { candidates } = rowsOf("mojibake.md");
    expect(
      candidates.map(({ name, pretrainedMark, cells, losses }) => ({ name, pretrainedMark, cells, losses })),
    ).toEqual([
      { name: "scToyMangled", pretrainedMark: true, cells: "2.5 million", losses: "Cosine similarity" },
      { name: "Žiga-Net", pretrainedMark: false, cells: "10k", losses: "Mean square error" },
    ]);
  });

  it("reads a file with a byte-order mark and Windows line endings like any other", () => {
    const { candidates } = parseMarkdownList(
      "\uFEFF# Title\r\n\r\n| Model | Cells |\r\n|---|---|\r\n| **ToyCRLF** 🧬 | 5M |\r\n",
    );
    expect(candidates).toEqual([expect.objectContaining({ line: 5, section: "Title", name: "ToyCRLF", cells: "5M" })]);
  });

  it("takes no placeholder for a name", () => {
    const { candidates, skipped } = parseMarkdownList("| Model | Cells |\n|---|---|\n| TBD | 5M |\n");
    expect(candidates).toEqual([]);
    expect(skipped).toEqual([{ line: 3, text: "| TBD | 5M |", reason: "row names neither a model nor a paper" }]);
  });
});
