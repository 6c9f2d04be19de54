import { describe, expect, it } from "vitest";
import { licenceOf } from "../catalog/licence-class";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import type { EntryFacts } from "../catalog/schema";
import { csvHeader, facetOf, fieldById, filterOfParam } from "./field-lookup";

const scgpt = loadRealCatalog().entries.find((entry) => entry.id === "scgpt")!;
const entry: EntryFacts = {
  ...scgpt,
  licences: { code: licenceOf("MIT"), weights: licenceOf("CC-BY-NC-4.0") },
  pretrained: false,
  input: { ...scgpt.input, geneIdentifiers: "ensembl", species: ["human", "mouse"], newSpecies: null },
  embeddingDim: { state: "known", value: 512, bound: "exact", text: "512" },
  hardware: { gpuMemoryGb: 16, cpuOk: false, text: null },
  access: { pip: "scgpt", huggingFace: null, container: "docker.io/x/y" },
  zeroShot: ["embedding"],
  estimated: ["embeddingDim"],
};

describe("the registry's v2 fields", () => {
  it("keeps code and weights licences apart, each with what it allows", () => {
    expect(fieldById("licence").text(entry)).toBe("MIT");
    expect(fieldById("licence-class").text(entry)).toBe("Permissive");
    expect(fieldById("weights-licence").text(entry)).toBe("CC-BY-NC-4.0");
    expect(fieldById("weights-licence-class").text(entry)).toBe("Non-commercial");
    expect(facetOf("weights-commercial").values(entry)).toEqual(["No or not stated"]);
    const open = { ...entry, licences: { ...entry.licences, weights: licenceOf("Apache-2.0") } };
    expect(facetOf("weights-commercial").values(open)).toEqual(["Yes (permissive)"]);
  });

  it("says whether a model was pretrained, and unknown when no source says", () => {
    expect(facetOf("pretrained").values(entry)).toEqual(["no"]);
    expect(facetOf("pretrained").valueLabel!("no", [])).toBe("Not pretrained");
    expect(facetOf("pretrained").values({ ...entry, pretrained: null })).toEqual(["unknown"]);
  });

  it("reads input requirements and practical facts", () => {
    expect(fieldById("gene-ids").text(entry)).toBe("Ensembl IDs");
    expect(facetOf("input-species").values(entry)).toEqual(["human", "mouse"]);
    expect(fieldById("gpu-memory").text(entry)).toBe("16");
    expect(fieldById("cpu-ok").text(entry)).toBe("No");
    expect(fieldById("access").text(entry)).toBe("pip: scgpt; container: docker.io/x/y");
    expect(facetOf("access").values(entry)).toEqual(["pip", "container"]);
    expect(fieldById("zero-shot").text(entry)).toBe("Zero-shot embedding");
  });

  it("marks an estimated value as an estimate, and only that one", () => {
    expect(fieldById("embedding-dim").text(entry)).toBe("~512 (estimated)");
    expect(fieldById("gpu-memory").text(entry)).toBe("16");
  });

  it("filters under URL parameters of their own and heads CSV columns by label", () => {
    expect(filterOfParam("commercial")).toEqual({ facet: "weights-commercial" });
    expect(filterOfParam("genes")).toEqual({ range: "input-genes" });
    expect(filterOfParam("dim")).toEqual({ range: "embedding-dim" });
    expect(csvHeader(fieldById("input-genes"))).toBe("Input genes");
    expect(csvHeader(fieldById("embedding-dim"))).toBe("Embedding dimension (dimensions)");
  });
});
