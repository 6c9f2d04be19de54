import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { mapLosses, mapTasks } from "./map-terms";

const catalog = loadRealCatalog();

/** Every raw task and loss cell the sources gave, as kept in the catalog's provenance. */
function rawCells(field: "tasks" | "losses"): string[] {
  return catalog.entries.flatMap((entry) =>
    (entry.provenance[field] ?? [])
      .filter((claim) => claim.status === "reported" && typeof claim.value === "string")
      .map((claim) => claim.value as string),
  );
}

describe("mapping the lists' free text into the vocabularies", () => {
  it("maps every raw task phrase of the catalog", () => {
    const cells = rawCells("tasks");
    expect(cells.length).toBeGreaterThan(30);
    for (const cell of cells) expect(mapTasks(cell).unmapped, cell).toEqual([]);
  });

  it("maps every raw loss phrase of the catalog", () => {
    const cells = rawCells("losses");
    expect(cells.length).toBeGreaterThan(30);
    for (const cell of cells) expect(mapLosses(cell).unmapped, cell).toEqual([]);
  });

  it("keeps each phrase beside the id it maps to", () => {
    expect(mapTasks("Cell type annotation; Perturbation response prediction; Multi-batch integration").mapped).toEqual([
      { id: "cell-type-annotation", text: "Cell type annotation" },
      { id: "perturbation-prediction", text: "Perturbation response prediction" },
      { id: "batch-integration", text: "Multi-batch integration" },
    ]);
  });

  it("tells novel cell types from annotation and drug response from perturbation", () => {
    expect(mapTasks("Novel cell type prediction").mapped.map((t) => t.id)).toEqual(["novel-cell-type-detection"]);
    expect(mapTasks("Drug sensitivity prediction").mapped.map((t) => t.id)).toEqual(["drug-response-prediction"]);
    expect(mapTasks("Synergistic drug combination prediction").mapped.map((t) => t.id)).toEqual([
      "drug-synergy-prediction",
    ]);
  });

  it("reads several losses out of one phrase and survives the lists' typos", () => {
    expect(mapLosses("Masked language modeling with mean squared error loss").mapped.map((l) => l.id)).toEqual([
      "masked-modelling",
      "mse",
    ]);
    expect(mapLosses("KL divergence, cosign similarity, and regression loss").mapped.map((l) => l.id)).toEqual([
      "kl-divergence",
      "cosine-similarity",
      "regression",
    ]);
    expect(mapLosses("Binary cross entropy").mapped.map((l) => l.id)).toEqual(["binary-cross-entropy"]);
  });

  it("reads the lists' short forms, and keeps a suspended hyphen's phrase whole", () => {
    expect(mapLosses("MLM with CE and MSE loss").mapped.map((l) => l.id)).toEqual([
      "masked-modelling",
      "cross-entropy",
      "mse",
    ]);
    expect(mapLosses("Modified MLM, binary CE loss").mapped.map((l) => l.id)).toEqual([
      "masked-modelling",
      "binary-cross-entropy",
    ]);
    expect(mapLosses("NTP with CE loss").mapped.map((l) => l.id)).toEqual(["cross-entropy", "autoregressive"]);
    expect(mapLosses("MSE loss and KL losses").mapped.map((l) => l.id)).toEqual(["mse", "kl-divergence"]);
    expect(mapLosses("intra- and inter-modal contrastive loss")).toEqual({
      mapped: [{ id: "contrastive", text: "intra- and inter-modal contrastive loss" }],
      unmapped: [],
    });
  });

  it("recognises a predicted target as naming no loss of its own, and reads no loss into it", () => {
    expect(mapLosses("MLM with CE loss, gene ID prediction")).toEqual({
      mapped: [
        { id: "masked-modelling", text: "MLM with CE loss" },
        { id: "cross-entropy", text: "MLM with CE loss" },
      ],
      unmapped: [],
    });
    expect(mapLosses("gene ID prediction")).toEqual({ mapped: [], unmapped: [] });
  });

  it("reports a phrase it does not know instead of dropping it", () => {
    expect(mapTasks("Cell type annotation; Protein folding").unmapped).toEqual(["Protein folding"]);
    expect(mapLosses("Wasserstein distance").unmapped).toEqual(["Wasserstein distance"]);
  });
});
