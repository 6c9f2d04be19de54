import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../catalog/test-catalog";
import { bibtexKey, entriesToBibtex, entryToBibtex, escapeBibtex } from "./bibtex";

const entries = loadRealCatalog().entries;
const entry = (id: string) => entries.find((candidate) => candidate.id === id)!;

describe("BibTeX", () => {
  it("cites a journal paper with its first author, journal, year, DOI and link", () => {
    expect(entryToBibtex(entry("scgpt"))).toBe(
      [
        "@article{cui2024scgpt,",
        "  title = {{scGPT: toward building a foundation model for single-cell multi-omics using generative AI}},",
        "  author = {Cui, Haotian and others},",
        "  journal = {Nature Methods},",
        "  year = 2024,",
        "  doi = {10.1038/s41592-024-02201-0},",
        "  url = {https://www.nature.com/articles/s41592-024-02201-0}",
        "}",
      ].join("\n"),
    );
  });

  it("cites a conference paper as inproceedings and an entry without a paper as software", () => {
    expect(entryToBibtex(entry("cell2sentence"))).toMatch(/^@inproceedings\{[a-z]+2024cell2sentence,/);
    expect(entryToBibtex(entry("cell2sentence"))).toContain("booktitle = {ICML}");
    const software = entryToBibtex(entry("openbiomed"));
    expect(software).toMatch(/^@misc\{luo2023openbiomed,/);
    expect(software).toContain("howpublished = {\\url{https://github.com/PharMolix/OpenBioMed}}");
  });

  it("escapes what LaTeX would read as commands", () => {
    expect(escapeBibtex("50% of A&B_c {x} #1 $5 ~ ^ \\")).toBe(
      "50\\% of A\\&B\\_c \\{x\\} \\#1 \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}",
    );
  });

  it("makes every key in a file unique and ASCII", () => {
    const text = entriesToBibtex([entry("scgpt"), entry("scgpt"), ...entries]);
    const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]!);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[a-z0-9]+$/.test(key))).toBe(true);
    expect(keys.slice(0, 2)).toEqual([bibtexKey(entry("scgpt")), `${bibtexKey(entry("scgpt"))}a`]);
  });
});
