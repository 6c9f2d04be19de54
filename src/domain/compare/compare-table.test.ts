import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import {
  compareEntries,
  leftOutPerModel,
  onlyDifferences,
  TASK_NOT_REPORTED,
  TASK_REPORTED,
  UNKNOWN_TEXT,
} from "./compare-table";

const entries = loadRealCatalog().entries;
const pick = (...ids: string[]) => ids.map((id) => entries.find((entry) => entry.id === id)!);
const row = (groups: ReturnType<typeof compareEntries>, id: string) =>
  groups.flatMap((group) => group.rows).find((candidate) => candidate.id === id);

describe("comparing models", () => {
  const groups = compareEntries(pick("scgpt", "geneformer", "enformer"));

  it("has a row for every field, in the issue's groups, one value per model in order", () => {
    expect(groups.map((group) => group.label)).toEqual([
      "Identity",
      "Paper",
      "Architecture",
      "Scale",
      "Data",
      "Tasks",
      "Availability and provenance",
    ]);
    expect(row(groups, "year")!.values).toEqual(["2023", "2023", "2021"]);
    expect(row(groups, "venue")!.values[0]).toBe("Nature Methods");
    expect(groups.flatMap((group) => group.rows).every((r) => r.values.length === 3)).toBe(true);
  });

  it("gives counts their unit and never shows a figure of another unit as cells", () => {
    const cells = row(groups, "cells")!;
    // scGPT's seven variants were pretrained on 814K to 33M cells; Enformer is trained on DNA, not cells.
    expect(cells.values).toEqual(["814K–33M cells", "30M cells", "n/a"]);
    expect(cells.numeric).toBe(true);
    // KRONOS reports 47 million image patches: the figure is shown, never as cells.
    expect(row(compareEntries(pick("kronos")), "cells")!.values).toEqual(["47M (not cells)"]);
    expect(row(groups, "params")!.values.slice(0, 2)).toEqual(["53M parameters", "~10M (estimated) parameters"]);
  });

  it("marks rows where the models differ and keeps only those on request", () => {
    expect(row(groups, "kind")!.differs).toBe(false);
    expect(row(groups, "year")!.differs).toBe(true);
    const diff = onlyDifferences(groups);
    expect(diff.flatMap((group) => group.rows).every((r) => r.differs)).toBe(true);
    expect(row(diff, "kind")).toBeUndefined();
  });

  it("finds no difference where the values are the same once normalised", () => {
    const four = compareEntries(pick("scgpt", "geneformer", "c2s-scale", "uce"));
    // scGPT, C2S-Scale and UCE keep their code on github.com, Geneformer on huggingface.co: the hosts differ.
    expect(row(four, "code")!.differs).toBe(true);
    const onGithub = compareEntries(pick("scgpt", "c2s-scale", "uce"));
    expect(row(onGithub, "code")!.values.every((url) => url.startsWith("https://github.com/"))).toBe(true);
    expect(row(onGithub, "code")!.differs).toBe(false);
    // scGPT and Geneformer are both published at nature.com, both listed in the same four source lists.
    const pair = compareEntries(pick("scgpt", "geneformer"));
    expect(row(pair, "paper")!.differs).toBe(false);
    expect(row(pair, "source")!.differs).toBe(false);
  });

  it("leaves out of the differences the fields each model has its own value of, and says which", () => {
    const four = compareEntries(pick("scgpt", "geneformer", "c2s-scale", "uce"));
    const diff = onlyDifferences(four);
    for (const id of ["description", "title", "doi", "author", "aliases"]) {
      expect(row(four, id)!.differs).toBe(true);
      expect(row(diff, id)).toBeUndefined();
    }
    expect(row(diff, "params")).toBeDefined();
    expect(row(diff, "licence")).toBeDefined();
    expect(leftOutPerModel(four)).toEqual(expect.arrayContaining(["Description", "Paper title", "DOI"]));
    // A per-model field where every model is unknown is no difference, so it is not said to be left out.
    expect(leftOutPerModel(four)).not.toContain("Container");
  });

  it("lays tasks out as a coverage matrix, most shared first", () => {
    const tasks = groups.find((group) => group.group === "tasks")!.rows;
    expect(tasks[0]!.values.filter((value) => value === TASK_REPORTED).length).toBeGreaterThanOrEqual(
      tasks.at(-1)!.values.filter((value) => value === TASK_REPORTED).length,
    );
    const annotation = tasks.find((r) => r.id === "task:cell-type-annotation")!;
    expect(annotation.values.slice(0, 2)).toEqual([TASK_REPORTED, TASK_REPORTED]);
    expect(annotation.values[2]).toBe(TASK_NOT_REPORTED);
  });

  it("shows unknown as unknown", () => {
    const noParams = entries.find((entry) => entry.parameters.state === "unknown")!;
    expect(row(compareEntries([noParams]), "params")!.values).toEqual([UNKNOWN_TEXT]);
    expect(
      compareEntries([noParams])
        .flatMap((group) => group.rows)
        .some((r) => r.differs),
    ).toBe(false);
  });
});
