import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { bibtexKey, bibtexUrl, entriesToBibtex, entryToBibtex, escapeBibtex } from "./bibtex";
import { readBibtex } from "./bibtex-reader.test-support";

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
      "50\\% of A\\&B\\_c \\textbraceleft{}x\\textbraceright{} \\#1 \\$5 \\textasciitilde{} \\textasciicircum{} " +
        "\\textbackslash{}",
    );
  });

  it("makes every key in a file unique and ASCII", () => {
    const text = entriesToBibtex([entry("scgpt"), entry("scgpt"), ...entries]);
    const keys = [...text.matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]!);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[a-z0-9]+$/.test(key))).toBe(true);
    expect(keys.slice(0, 2)).toEqual([bibtexKey(entry("scgpt")), `${bibtexKey(entry("scgpt"))}a`]);
  });

  it("keeps an injected URL inside its own field: one entry, the address percent-encoded", () => {
    const evil = "https://example.org/?a=}}@misc{injected,title={pwned}}@comment{";
    const scgpt = entry("scgpt");
    const text = entriesToBibtex([{ ...scgpt, paper: { ...scgpt.paper, url: evil } }]);
    const read = readBibtex(text);
    expect(read).toHaveLength(1);
    expect(read[0]!.fields.get("url")).toBe(bibtexUrl(evil));
    expect(read[0]!.fields.get("url")).not.toMatch(/[{}]/);
    expect(decodeURI(read[0]!.fields.get("url")!)).toBe(evil);
  });

  // Titles and URLs of any characters, braces and backslashes above all, in every export path.
  const text = fc.string({ unit: fc.constantFrom("{", "}", "\\", "a", " ", "@", ",", "=", "%", "é", "_") });
  it("writes exactly one well-formed entry per model whatever their titles and URLs hold", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, query: text, author: text }), { maxLength: 4 }), (papers) => {
        const base = entry("scgpt");
        const models = papers.map((paper, i) => ({
          ...base,
          id: `m${i}`,
          name: `M${i}`,
          paper: {
            ...base.paper,
            title: paper.title.trim() || "T",
            firstAuthor: paper.author.trim() || null,
            url: `https://example.org/?q=${paper.query}`,
          },
        }));
        const read = readBibtex(entriesToBibtex(models));
        expect(read).toHaveLength(models.length);
        read.forEach((one, i) => {
          expect(one.key).toBe(readBibtex(entryToBibtex(models[i]!))[0]!.key);
          expect(one.fields.get("year")).toBe("2024");
          expect(one.fields.get("url")).not.toMatch(/[{}\\\s]/);
        });
        for (const model of models) expect(readBibtex(entryToBibtex(model))).toHaveLength(1);
      }),
    );
  });
});
