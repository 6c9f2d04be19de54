// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { licenceOf } from "../../domain/catalog/licence-class";
import type { CatalogEntry } from "../../domain/catalog/schema";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { ModelFacts } from "./model-facts";

afterEach(cleanup);

const catalog = loadRealCatalog();
const scgpt = catalog.entries.find((entry) => entry.id === "scgpt")!;
const claim = { status: "estimated" as const, chosen: true, read: "2026-12-04" };
const entry: CatalogEntry = {
  ...scgpt,
  licences: { code: licenceOf("MIT"), weights: licenceOf("CC-BY-NC-4.0") },
  input: { ...scgpt.input, geneIdentifiers: "symbol", newSpecies: null },
  embeddingDim: { state: "known", value: 512, bound: "exact", text: "512" },
  estimated: [...scgpt.estimated, "embeddingDim"],
  provenance: {
    ...scgpt.provenance,
    embeddingDim: [{ ...claim, source: "https://example.org/summary", value: 512, locator: "Model card" }],
  },
  variants: [
    {
      name: "scGPT whole-human",
      parameters: null,
      cells: 33_000_000,
      species: ["human"],
      inputGenes: 1200,
      embeddingDim: 512,
      weightsUrl: "https://example.org/weights",
      weightsLicence: null,
      released: "2023",
      source: { url: "https://github.com/bowang-lab/scGPT", locator: "README", status: "reported", read: "2026-12-04" },
    },
  ],
};

const section = (name: string) => screen.getByRole("region", { name });
const rowOf = (table: HTMLElement, name: string) => within(table).getByRole("row", { name: new RegExp(name) });

describe("a model page's facts", () => {
  it("shows code and weights licences apart, each with its class", () => {
    render(<ModelFacts entry={entry} sources={catalog.sources} />);
    const licences = section("Licences");
    expect(rowOf(licences, "Code licence").textContent).toContain("MIT (permissive)");
    expect(rowOf(licences, "Weights licence").textContent).toContain("CC-BY-NC-4.0 (non-commercial)");
  });

  it("lists input requirements, saying unknown where no source says", () => {
    render(<ModelFacts entry={entry} sources={catalog.sources} />);
    const input = section("Input requirements");
    expect(within(input).getByRole("heading", { level: 2 }).textContent).toBe("Input requirements");
    expect(rowOf(input, "Gene identifiers").textContent).toContain("Gene symbols");
    expect(rowOf(input, "New species handling").textContent).toContain("unknown");
  });

  it("marks an estimate as one, with its source, locator and read date one click away", () => {
    render(<ModelFacts entry={entry} sources={catalog.sources} />);
    const row = rowOf(section("Practical facts"), "Embedding dimension");
    expect(row.textContent).toContain("~512 (estimated)");
    expect(row.textContent).toContain("read 2026-12-04");
    expect(
      within(row)
        .getByRole("link", { name: /example\.org/ })
        .getAttribute("href"),
    ).toBe("https://example.org/summary");
    expect(within(row).getByRole("link", { name: "all sources" }).getAttribute("href")).toBe("#source-embeddingDim");
  });

  it("lists each variant with its own figures and source", () => {
    render(<ModelFacts entry={entry} sources={catalog.sources} />);
    const variants = section("Variants");
    const row = rowOf(variants, "scGPT whole-human");
    expect(row.textContent).toContain("33M");
    expect(row.textContent).toContain("read 2026-12-04");
    expect(within(row).getAllByText("unknown")).toHaveLength(2);
    expect(within(row).getByRole("link", { name: "weights" })).toBeTruthy();
  });
});
