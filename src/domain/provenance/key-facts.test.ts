import { describe, expect, it } from "vitest";
import { namesOf } from "../catalog/names";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { disagreeingPaths, keyFacts } from "./key-facts";

const catalog = loadRealCatalog();
const names = namesOf(catalog);
const entry = (id: string) => catalog.entries.find((candidate) => candidate.id === id)!;
const value = (facts: ReturnType<typeof keyFacts>, label: string) =>
  facts.facts.find((fact) => fact.label === label)?.value;

describe("a model's key facts", () => {
  it("read kind, year, scale, species, gene identifiers and licences with their class", () => {
    const facts = keyFacts(entry("scgpt"), names);
    expect(facts.facts.map((fact) => fact.label)).toEqual([
      "Kind",
      "Year",
      "Parameters",
      "Pretraining cells",
      "Pretraining species",
      "Gene identifiers",
      "Code licence",
      "Weights licence",
    ]);
    expect(value(facts, "Kind")).toBe("Pretrained foundation model");
    expect(value(facts, "Code licence")).toBe("MIT (permissive)");
    expect(value(facts, "Pretraining cells")).toBe("814K–33M");
  });

  it("mark an estimate as one and leave an unknown empty", () => {
    const geneformer = keyFacts(entry("geneformer"), names);
    const params = geneformer.facts.find((fact) => fact.label === "Parameters")!;
    expect(params.value).toBe("~10M (estimated)");
    expect(params.estimated).toBe(true);
    const unknown = catalog.entries.find((e) => e.input.geneIdentifiers === null)!;
    expect(value(keyFacts(unknown, names), "Gene identifiers")).toBe("");
  });

  it("say how to get it, with links only to http(s) pages it can name", () => {
    const access = keyFacts(entry("scgpt"), names).access;
    expect(access[0]).toMatchObject({
      label: "pip",
      value: "pip install scgpt",
      url: "https://pypi.org/project/scgpt/",
    });
    const hf = keyFacts(entry("geneformer"), names).access.find((fact) => fact.label === "Hugging Face")!;
    expect(hf.url).toBe("https://huggingface.co/ctheodoris/Geneformer");
    const cellama = keyFacts(entry("cellama"), names).access.find((fact) => fact.label === "pip")!;
    expect(cellama.url).toBeNull();
    const container = keyFacts(entry("tahoe-x1"), names).access.find((fact) => fact.label === "Container")!;
    expect(container).toMatchObject({ value: "ghcr.io/tahoebio/tahoe-x1:1.0.0", url: null });
  });

  it("flag a key fact whose sources disagree, linking to its row of the provenance table", () => {
    const scgpt = entry("scgpt");
    const paths = disagreeingPaths(scgpt);
    expect(paths).toContain("pretraining.cells");
    const facts = keyFacts(scgpt, names, paths);
    const cells = facts.facts.find((fact) => fact.label === "Pretraining cells")!;
    expect(cells.disagreements).toEqual([
      { path: "pretraining.cells", label: "Pretraining cells", anchor: "source-pretraining.cells" },
    ]);
    expect(facts.facts.find((fact) => fact.label === "Kind")!.disagreements).toEqual([]);
    expect(facts.disagreements.map((d) => d.path)).toEqual(paths);
    // Listed apart only where no key fact carries the flag already.
    expect(facts.elsewhere.map((d) => d.path)).toContain("architecture.stated");
    expect(facts.elsewhere.map((d) => d.path)).not.toContain("pretraining.cells");
  });

  it("name the source lists by their titles", () => {
    const listed = keyFacts(entry("geneformer"), names).listedIn;
    expect(listed).toContain("single-cell-transformer-papers: single-cell transformers");
    expect(listed).not.toContain("theislab-transformers");
  });
});
