import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyMethod, OPEN_PROBLEMS_MODELS, PARAMSET_PROTOCOLS, runProtocol } from "./method-map";

const catalogIds = new Set(
  (
    JSON.parse(readFileSync(join(import.meta.dirname, "../../../public/data/catalog.json"), "utf8")) as {
      entries: { id: string }[];
    }
  ).entries.map((e) => e.id),
);

describe("the method -> catalog model table", () => {
  it("maps every Open Problems foundation-model method, spelled as the source spells it", () => {
    expect(OPEN_PROBLEMS_MODELS).toEqual({
      scgpt: { model: "scgpt" },
      scgpt_zeroshot: { model: "scgpt", protocol: "zero-shot" },
      scgpt_zero_shot: { model: "scgpt", protocol: "zero-shot" },
      scgpt_finetuned: { model: "scgpt", protocol: "fine-tuned" },
      scgpt_fine_tuned: { model: "scgpt", protocol: "fine-tuned" },
      scgpt_mlflow: { model: "scgpt", variant: "MLflow" },
      geneformer: { model: "geneformer" },
      geneformer_mlflow: { model: "geneformer", variant: "MLflow" },
      uce: { model: "uce" },
      uce_mlflow: { model: "uce", variant: "MLflow" },
      scprint: { model: "scprint" },
      scimilarity: { model: "scimilarity" },
      scimilarity_knn: { model: "scimilarity", variant: "kNN" },
      transcriptformer_mlflow: { model: "transcriptformer", variant: "MLflow" },
    });
  });

  it("links only to entries that exist in the catalog", () => {
    for (const [name, mapping] of Object.entries(OPEN_PROBLEMS_MODELS)) {
      expect(catalogIds.has(mapping.model), `${name} -> ${mapping.model}`).toBe(true);
    }
  });

  it("classifies by the table, never by spelling: a near-miss or a baseline is a baseline", () => {
    expect(classifyMethod("uce_mlflow", "method")).toEqual({ kind: "model", mapping: OPEN_PROBLEMS_MODELS.uce_mlflow });
    expect(classifyMethod("scgpt_zeroshot", "method").mapping?.protocol).toBe("zero-shot");
    expect(classifyMethod("scgpt-zeroshot", "method")).toEqual({ kind: "baseline" });
    expect(classifyMethod("scGPT", "method")).toEqual({ kind: "baseline" });
    expect(classifyMethod("scvi_mlflow", "method")).toEqual({ kind: "baseline" });
    expect(classifyMethod("transformer_ensemble", "method")).toEqual({ kind: "baseline" });
    expect(classifyMethod("constructor", "method")).toEqual({ kind: "baseline" });
    expect(classifyMethod("toString", undefined)).toEqual({ kind: "baseline" });
  });

  it("makes the source's controls controls, even one whose name is a model's", () => {
    expect(classifyMethod("no_integration", "control_method")).toEqual({ kind: "control" });
    expect(classifyMethod("scgpt", "control_method")).toEqual({ kind: "control" });
  });
});

describe("the protocol of a run", () => {
  it("takes the paramset's protocol first, then the method's, else none", () => {
    const scgpt = OPEN_PROBLEMS_MODELS.scgpt;
    expect(runProtocol("zero shot", scgpt)).toBe("zero-shot");
    expect(runProtocol("fine-tuned", scgpt)).toBe("fine-tuned");
    expect(runProtocol(null, scgpt)).toBeNull();
    expect(runProtocol(null, OPEN_PROBLEMS_MODELS.scgpt_finetuned)).toBe("fine-tuned");
    expect(runProtocol("kNN", OPEN_PROBLEMS_MODELS.scimilarity)).toBeNull();
  });

  it("gives a baseline no protocol, whatever its paramset says", () => {
    expect(runProtocol("zero shot", undefined)).toBeNull();
  });

  it("knows only the paramset names written in its table", () => {
    expect(Object.keys(PARAMSET_PROTOCOLS).toSorted()).toEqual(["fine tuned", "fine-tuned", "zero shot", "zero-shot"]);
    expect(runProtocol("toString", OPEN_PROBLEMS_MODELS.scgpt)).toBeNull();
  });
});
