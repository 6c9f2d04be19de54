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
