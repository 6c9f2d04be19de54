import { describe, expect, it } from "vitest";
import type { CuratedEntry } from "../../data/curation/curation-types";
import { Entry } from "../../src/domain/catalog/schema";
import { assembleEntry } from "./assemble-entry";
import { researchCorrections } from "./build";
import { claimsFromResearch, mergeResearch, type ResearchRecord } from "./collect-claims";

const READ = "2026-12-04";
const CARD = "https://huggingface.co/example/toyformer";
const REPO = "https://github.com/example/toyformer";
const fact = (field: string, value: ResearchRecord["facts"][number]["value"], url = CARD, locator?: string) => ({
  field,
  value,
  url,
  status: "reported" as const,
  evidence: "stated there",
  read: READ,
  ...(locator ? { locator } : {}),
});
const variant = (name: string, parameters: number | null, extra: Record<string, unknown> = {}) => ({
  name,
  parameters,
  cells: 1_000_000,
  species: ["human"],
  inputGenes: 2048,
  embeddingDim: 512,
  weightsUrl: CARD,
  weightsLicence: "Apache-2.0",
  released: "2025-03",
  url: CARD,
  locator: "model card, 'Variants'",
  status: "reported",
  read: READ,
  ...extra,
});

const curated: CuratedEntry = {
  id: "toyformer",
  name: "Toyformer",
  kind: "model",
  seeds: [],
  family: "encoder-transformer",
  input: "gene-ranking",
  modalities: ["scrna-seq"],
  description: "A toy model for the build's tests.",
};

// Facts of the v1 research carry no read date: a re-reading dated later wins over them.
const undated = ({ read: _read, ...rest }: ReturnType<typeof fact>) => rest;
const v1File: Record<string, ResearchRecord> = {
  toyformer: {
    facts: [undated(fact("paper.url", "https://example.org/paper", REPO)), undated(fact("licence", "none", REPO))],
  },
};
const v2File: Record<string, ResearchRecord> = {
  toyformer: {
    facts: [
      fact("paper.title", "Toyformer: a toy", REPO),
      fact("licences.code", "MIT", `${REPO}/blob/main/LICENSE`, "LICENSE"),
      fact("licences.weights", "CC-BY-NC-4.0", CARD, "model card, licence tag"),
      fact("kind", "task-model", REPO, "README"),
      fact("input.geneIdentifiers", "ensembl", REPO, "README, Input"),
      fact("input.vocabularySize", 20275, CARD),
      fact("input.species", ["human", "mouse"], REPO),
      fact("input.expression", "raw-counts", REPO),
      fact("embeddingDim", 512, CARD),
      fact("hardware.cpuOk", false, REPO),
      fact("access.pip", "toyformer", REPO),
      fact("zeroShot", ["embedding"], REPO),
      { ...fact("hardware.gpuMemoryGb", 40, "https://blog.example.org/toyformer"), status: "estimated" as const },
    ],
    variants: [
      variant("Toyformer-S", 10_000_000),
      variant("Toyformer-L", 300_000_000),
      variant("Toyformer-broken", 5, { url: "javascript:alert(1)" }),
    ],
    corrections: [
      { field: "licence", old: "none", new: "MIT", url: `${REPO}/blob/main/LICENSE`, read: READ, locator: "LICENSE" },
    ],
  },
};

const research = mergeResearch([v1File, v2File]);
const record = research.toyformer!;
const build = () =>
  assembleEntry(curated, claimsFromResearch(record), ["curator-additions"], undefined, "2026-11-21", record.variants);

describe("building an entry from v2 research facts", () => {
  it("joins the same id across research files", () => {
    expect(record.facts).toHaveLength(15);
    expect(record.variants).toHaveLength(3);
  });

  it("fills licences, kind, input, practical facts and the read dates from the facts", () => {
    const { entry, report } = build();
    expect(report.problems).toEqual([]);
    expect(entry.licences).toEqual({
      code: { id: "MIT", class: "permissive" },
      weights: { id: "CC-BY-NC-4.0", class: "non-commercial" },
    });
    expect(entry.kind).toBe("task-model");
    expect(entry.input).toMatchObject({
      geneIdentifiers: "ensembl",
      vocabulary: { size: 20275, release: null },
      species: ["human", "mouse"],
      expression: "raw-counts",
    });
    expect(entry.embeddingDim).toMatchObject({ state: "known", value: 512 });
    expect(entry.hardware).toEqual({ gpuMemoryGb: 40, cpuOk: false, text: null });
    expect(entry.access.pip).toBe("toyformer");
    expect(entry.zeroShot).toEqual(["embedding"]);
    expect(entry.estimated).toEqual(["hardware.gpuMemoryGb"]);
    const licence = entry.provenance["licences.code"]!.find((claim) => claim.chosen)!;
    expect(licence).toMatchObject({ value: "MIT", read: READ, locator: "LICENSE" });
  });

  it("keeps the good variants, reports the bad one, and gives the parameters as a range", () => {
    const { entry, report } = build();
    expect(entry.variants.map((v) => v.name)).toEqual(["Toyformer-S", "Toyformer-L"]);
    expect(report.warnings).toEqual([expect.stringContaining('variant "Toyformer-broken" skipped')]);
    expect(entry.parameters).toMatchObject({ state: "known", range: { min: 10_000_000, max: 300_000_000 } });
    expect(Entry.safeParse(entry).success).toBe(true);
  });

  it("moves a training-set size out of the pretraining corpus when the model is not pretrained", () => {
    const notPretrained = mergeResearch([
      research,
      { toyformer: { facts: [fact("pretrained", false, REPO), fact("pretraining.cells", 50_000, REPO)] } },
    ]).toyformer!;
    const { entry } = assembleEntry(
      curated,
      claimsFromResearch(notPretrained),
      ["curator-additions"],
      undefined,
      "2026-11-21",
    );
    expect(entry.pretrained).toBe(false);
    expect(entry.pretraining.cells).toEqual({ state: "not-applicable", reason: "not pretrained" });
    expect(entry.trainingCells).toMatchObject({ state: "known", value: 50_000 });
    expect(Entry.safeParse(entry).success).toBe(true);
  });

  it("writes a correction the catalog shows into the changelog with its source", () => {
    const { entry } = build();
    expect(researchCorrections(research, [entry])).toEqual({
      corrected: [
        { id: "toyformer", field: "licences.code", from: "none", to: "MIT", source: `${REPO}/blob/main/LICENSE` },
      ],
      warnings: [],
    });
  });
});
