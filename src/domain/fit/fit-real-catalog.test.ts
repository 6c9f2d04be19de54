/**
 * The Fit rule on the published catalog: the questions a researcher asks, answered from the values the catalog
 * holds, with unknown kept unknown.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { labelOf } from "../catalog/vocabularies";
import { fitFactsOf, isFitCandidate } from "./fit-facts-of";
import { EMPTY_FIT_QUERY, FIT_GENE_IDS, FIT_GPUS, FIT_TASKS, type FitQuery } from "./fit-query";
import { fitCatalog, type FitRow } from "./fit-rule";

const catalog = loadRealCatalog();
const models = catalog.entries.filter(isFitCandidate).map(fitFactsOf);
const label = (kind: "species" | "modality", id: string) => labelOf(kind, id);
const fit = (query: Partial<FitQuery>) => fitCatalog({ ...EMPTY_FIT_QUERY, ...query }, models, label);
const rowOf = (rows: readonly FitRow[], id: string) => {
  const row = rows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`no fit row for ${id}`);
  return row;
};
const criterionOf = (row: FitRow, id: string) => row.criteria.find((criterion) => criterion.id === id);

describe("the Fit rule on the real catalog", () => {
  it("judges every model and task model, and no benchmark, toolkit or language model", () => {
    const rows = fit({ species: "human" });
    const kinds = new Set(rows.map((row) => catalog.entries.find((entry) => entry.id === row.id)!.kind));
    expect([...kinds].toSorted()).toEqual(["model", "task-model"]);
    expect(rows.length).toBe(catalog.entries.filter((entry) => ["model", "task-model"].includes(entry.kind)).length);
  });

  it("a mouse lab with gene symbols and no GPU, wanting zero-shot embeddings", () => {
    const rows = fit({ species: "mouse", geneIds: "symbol", modality: "scrna-seq", gpu: "none", task: "embedding" });
    // scGPT reads human gene symbols, runs on a CPU and embeds without fine-tuning: mouse genes need human orthologs.
    const scgpt = rowOf(rows, "scgpt");
    expect(scgpt.verdict).toBe("converts");
    expect(scgpt.conversions).toEqual(["map Mouse genes to Human orthologs"]);
    // UCE accepts mouse cells and symbols, but its sources say it needs a GPU.
    const uce = rowOf(rows, "uce");
    expect(criterionOf(uce, "species")?.verdict).toBe("fits");
    expect(criterionOf(uce, "gpu")).toMatchObject({ verdict: "no", reason: "needs a GPU" });
    expect(uce.verdict).toBe("no");
    // Geneformer reads Ensembl IDs; whether it runs without a GPU is not stated, so it stays unknown, not "fits".
    const geneformer = rowOf(rows, "geneformer");
    expect(criterionOf(geneformer, "geneIds")).toMatchObject({
      verdict: "converts",
      conversion: "map gene symbols to Ensembl IDs",
    });
    expect(criterionOf(geneformer, "gpu")?.verdict).toBe("unknown");
    expect(geneformer.verdict).toBe("unknown");
    // A model trained per dataset embeds nothing as is.
    expect(rowOf(rows, "bioformer").verdict).toBe("no");
  });

  it("puts models that fit first, then those needing a conversion, then unknown, then those that do not", () => {
    const order = { fits: 0, converts: 1, unknown: 2, no: 3 };
    const rows = fit({ species: "human", geneIds: "symbol", task: "embedding" });
    const ranks = rows.map((row) => order[row.verdict]);
    expect(ranks).toEqual(ranks.toSorted((a, b) => a - b));
    expect(rows[0]!.verdict).toBe("fits");
    expect(rows.at(-1)!.verdict).toBe("no");
  });

  it("needing commercial use rules out models whose code or weights licence is non-commercial", () => {
    const rows = fit({ commercial: true });
    const scfoundation = rowOf(rows, "scfoundation");
    expect(scfoundation.verdict).toBe("no");
    expect(criterionOf(scfoundation, "commercial")).toMatchObject({ field: "licences.weights" });
    expect(criterionOf(scfoundation, "commercial")?.reason).toContain("weights under a non-commercial licence");
    expect(rowOf(rows, "geneformer").verdict).toBe("fits");
  });

  it("says so when a verdict rests on an estimated value", () => {
    const rows = fit({ commercial: true });
    const marked = rows.flatMap((row) => row.criteria.filter((criterion) => criterion.estimated));
    expect(marked.length).toBeGreaterThan(0);
    for (const criterion of marked) expect(criterion.reason).toMatch(/\(estimated\)$/);
    const transcriptformer = criterionOf(rowOf(rows, "transcriptformer"), "commercial");
    expect(transcriptformer).toMatchObject({ field: "licences.weights", estimated: true });
  });

  it("never calls a model a fit, or a fit after conversion, on a question its catalog values do not answer", () => {
    const query = fc.record({
      species: fc.constantFrom(null, "human", "mouse", "zebrafish", "plant"),
      geneIds: fc.constantFrom(null, ...FIT_GENE_IDS),
      modality: fc.constantFrom(null, "scrna-seq", "spatial", "scatac-seq"),
      genes: fc.constantFrom(null, 300, 20_000),
      gpu: fc.constantFrom(null, ...FIT_GPUS),
      commercial: fc.boolean(),
      task: fc.constantFrom(null, ...FIT_TASKS),
    });
    fc.assert(
      fc.property(query, (asked) => {
        for (const row of fit(asked)) {
          const anyUnknown = row.criteria.some((criterion) => criterion.verdict === "unknown");
          if (anyUnknown || row.criteria.length === 0) expect(["unknown", "no"]).toContain(row.verdict);
        }
      }),
      { numRuns: 60 },
    );
  });
});
