import { describe, expect, it } from "vitest";
import type { FitFacts } from "./fit-facts";
import { EMPTY_FIT_QUERY, type FitQuery } from "./fit-query";
import { fitCatalog, fitModel, overallVerdict } from "./fit-rule";

const label = (_kind: string, id: string) => id[0]!.toUpperCase() + id.slice(1);

const UNKNOWN: FitFacts = {
  id: "blank",
  name: "Blank",
  modalities: [],
  tasks: [],
  zeroShot: null,
  species: { accepted: [], pretraining: [], newSpecies: null },
  geneIdentifiers: null,
  vocabularySize: null,
  inputGenes: null,
  hardware: { gpuMemoryGb: null, cpuOk: null },
  licences: { code: "unknown", weights: "unknown" },
  hasWeights: true,
  pretrained: null,
  estimated: [],
};

const GENEFORMER_LIKE: FitFacts = {
  ...UNKNOWN,
  id: "rank",
  name: "RankModel",
  modalities: ["scrna-seq"],
  tasks: ["cell-type-annotation", "batch-integration"],
  zeroShot: ["embedding"],
  species: { accepted: ["human"], pretraining: ["human"], newSpecies: null },
  geneIdentifiers: "ensembl",
  vocabularySize: 25_000,
  inputGenes: 2048,
  hardware: { gpuMemoryGb: 16, cpuOk: false },
  licences: { code: "permissive", weights: "permissive" },
};

const UCE_LIKE: FitFacts = {
  ...GENEFORMER_LIKE,
  id: "uce-like",
  name: "ProteinModel",
  species: { accepted: ["human", "mouse"], pretraining: ["human", "mouse"], newSpecies: "embed its genes with ESM2" },
  geneIdentifiers: "symbol",
  licences: { code: "permissive", weights: "non-commercial" },
};

const ask = (answers: Partial<FitQuery>): FitQuery => ({ ...EMPTY_FIT_QUERY, ...answers });
const verdicts = (row: ReturnType<typeof fitModel>) => Object.fromEntries(row.criteria.map((c) => [c.id, c.verdict]));

describe("fitModel", () => {
  it("fits as is when every answered question is met", () => {
    const row = fitModel(
      ask({ species: "human", geneIds: "ensembl", modality: "scrna-seq", genes: 20_000, gpu: "24", task: "embedding" }),
      GENEFORMER_LIKE,
      label,
    );
    expect(row.verdict).toBe("fits");
    expect(row.conversions).toEqual([]);
    expect(row.criteria.find((c) => c.id === "genes")!.reason).toBe(
      "reads up to 2,048 genes per cell; 20,000 measured genes fill it",
    );
  });

  it("names the conversions: symbols to Ensembl IDs, and orthologs for a species it does not accept", () => {
    const row = fitModel(ask({ species: "zebrafish", geneIds: "symbol" }), GENEFORMER_LIKE, label);
    expect(row.verdict).toBe("converts");
    expect(row.conversions).toEqual(["map Zebrafish genes to Human orthologs", "map gene symbols to Ensembl IDs"]);
  });

  it("uses the model's own way with a new species where its source states one", () => {
    const row = fitModel(ask({ species: "frog" }), UCE_LIKE, label);
    expect(row).toMatchObject({ verdict: "converts", conversions: ["embed its genes with ESM2"] });
  });

  it("does not fit on a wrong modality, too little GPU memory, no GPU, or non-commercial weights", () => {
    expect(verdicts(fitModel(ask({ modality: "scatac-seq" }), GENEFORMER_LIKE, label))).toEqual({ modality: "no" });
    expect(fitModel(ask({ gpu: "16" }), GENEFORMER_LIKE, label).verdict).toBe("fits");
    expect(fitModel(ask({ gpu: "none" }), GENEFORMER_LIKE, label).verdict).toBe("no");
    const commercial = fitModel(ask({ commercial: true }), UCE_LIKE, label);
    expect(commercial.verdict).toBe("no");
    expect(commercial.criteria[0]!.reason).toBe(
      "code under a permissive licence; weights under a non-commercial licence",
    );
    expect(commercial.criteria[0]!.field).toBe("licences.weights");
  });

  it("keeps unknown unknown: a model the catalog knows nothing about never fits", () => {
    const row = fitModel(
      ask({
        species: "human",
        geneIds: "ensembl",
        modality: "scrna-seq",
        genes: 300,
        gpu: "80",
        commercial: true,
        task: "annotation",
      }),
      UNKNOWN,
      label,
    );
    expect(row.verdict).toBe("unknown");
    expect(row.criteria.every((c) => c.verdict === "unknown")).toBe(true);
    expect(row.criteria.every((c) => c.field === null || c.id === "commercial")).toBe(true);
  });

  it("a 300-gene panel on a transcriptome model is unknown, on a spatial model it fits", () => {
    expect(fitModel(ask({ genes: 300 }), GENEFORMER_LIKE, label).criteria[0]).toMatchObject({
      verdict: "unknown",
      reason:
        "reads up to 2,048 genes per cell, trained on whole transcriptomes; how it does on a 300-gene panel is not stated",
    });
    const spatial = { ...GENEFORMER_LIKE, modalities: ["scrna-seq", "spatial"] };
    expect(fitModel(ask({ genes: 300 }), spatial, label).verdict).toBe("fits");
  });

  it("judges a task by zero-shot claims for embedding, and by the paper's tasks otherwise", () => {
    expect(fitModel(ask({ task: "embedding" }), { ...GENEFORMER_LIKE, zeroShot: [] }, label).verdict).toBe("no");
    expect(fitModel(ask({ task: "integration" }), GENEFORMER_LIKE, label).verdict).toBe("fits");
    expect(fitModel(ask({ task: "perturbation" }), GENEFORMER_LIKE, label).verdict).toBe("no");
  });

  it("a copyleft or permissive licence allows commercial use; no licence does not", () => {
    const copyleft = { ...GENEFORMER_LIKE, licences: { code: "copyleft", weights: "copyleft" } } as const;
    expect(fitModel(ask({ commercial: true }), copyleft, label).verdict).toBe("fits");
    const none = { ...GENEFORMER_LIKE, licences: { code: "none-stated", weights: "permissive" } } as const;
    expect(fitModel(ask({ commercial: true }), none, label).verdict).toBe("no");
  });
});

const c = (verdict: "fits" | "converts" | "no" | "unknown") => ({
  id: "species" as const,
  verdict,
  reason: "",
  field: null,
});

describe("overallVerdict and fitCatalog", () => {
  it("lets a 'no' decide, then an unknown, then a conversion", () => {
    expect(overallVerdict([c("fits"), c("converts"), c("unknown"), c("no")])).toBe("no");
    expect(overallVerdict([c("fits"), c("converts"), c("unknown")])).toBe("unknown");
    expect(overallVerdict([c("fits"), c("converts")])).toBe("converts");
    expect(overallVerdict([c("fits")])).toBe("fits");
  });

  it("lists models that fit first, then after conversion, then unknown, then not", () => {
    const rows = fitCatalog(ask({ species: "mouse", geneIds: "ensembl" }), [UNKNOWN, UCE_LIKE, GENEFORMER_LIKE], label);
    expect(rows.map((row) => [row.name, row.verdict])).toEqual([
      ["ProteinModel", "converts"],
      ["RankModel", "converts"],
      ["Blank", "unknown"],
    ]);
    expect(rows[0]!.conversions).toEqual(["map Ensembl IDs to gene symbols"]);
    expect(rows[1]!.conversions).toEqual(["map Mouse genes to Human orthologs"]);
  });
});

describe("a model trained per dataset, and estimates", () => {
  const PER_DATASET: FitFacts = { ...GENEFORMER_LIKE, id: "per", name: "PerDataset", pretrained: false };

  it("embeds nothing as is, and reaches a task it was shown on only by training it on your data", () => {
    const embed = fitModel(ask({ task: "embedding" }), PER_DATASET, label);
    expect(embed.verdict).toBe("no");
    expect(embed.criteria[0]).toMatchObject({ field: "pretrained", reason: expect.stringMatching(/^not pretrained/) });
    const annotate = fitModel(ask({ task: "annotation" }), PER_DATASET, label);
    expect(annotate.verdict).toBe("converts");
    expect(annotate.conversions).toEqual(["train it on your own labelled data"]);
    expect(fitModel(ask({ task: "perturbation" }), PER_DATASET, label).verdict).toBe("no");
  });

  it("marks a judgement resting on an estimated value, and leaves the others unmarked", () => {
    const estimatedGpu: FitFacts = { ...GENEFORMER_LIKE, estimated: ["hardware.gpuMemoryGb"] };
    const row = fitModel(ask({ gpu: "24", species: "human" }), estimatedGpu, label);
    const gpu = row.criteria.find((criterion) => criterion.id === "gpu");
    expect(gpu).toMatchObject({ verdict: "fits", reason: "needs 16 GB of GPU memory (estimated)", estimated: true });
    expect(row.criteria.find((criterion) => criterion.id === "species")?.estimated).toBeUndefined();
  });
});

describe("fitToCsv", () => {
  it("writes one row per model in order, with each answered question's verdict and reason", async () => {
    const { fitToCsv } = await import("./fit-csv");
    const query = ask({ species: "mouse", commercial: true });
    const rows = fitCatalog(query, [GENEFORMER_LIKE, { ...UCE_LIKE, name: "=HYPERLINK(1)" }], label);
    const lines = fitToCsv(rows, query).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Model,Verdict,Conversions,Species,Species: reason,Commercial use,Commercial use: reason");
    expect(lines[1]).toBe(
      "RankModel,Fits after conversion,map Mouse genes to Human orthologs,Fits after conversion,accepts Human only,Fits as is,code under a permissive licence; weights under a permissive licence",
    );
    // A name that would run as a formula is neutralised.
    expect(lines[2]).toMatch(/^"?'=HYPERLINK\(1\)"?,Does not fit,/);
  });
});
