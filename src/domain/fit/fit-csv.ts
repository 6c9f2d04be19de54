/**
 * The Fit table as CSV: one row per model in the table's order, the verdict, the conversions it needs, and for each
 * question answered its verdict and reason. Cells go through the shared writer, which neutralises formulas.
 */
import { toCsv, type CsvOptions } from "../csv/csv-writer";
import type { FitQuery } from "./fit-query";
import { FIT_VERDICT_LABELS, type FitCriterionId, type FitRow } from "./fit-rule";

export const FIT_CRITERION_LABELS: Record<FitCriterionId, string> = {
  species: "Species",
  geneIds: "Gene identifiers",
  modality: "Modality",
  genes: "Genes measured",
  gpu: "GPU",
  commercial: "Commercial use",
  task: "Task",
};

/** The questions answered, in the view's order. */
export function askedCriteria(query: FitQuery): FitCriterionId[] {
  const asked: [FitCriterionId, boolean][] = [
    ["species", query.species !== null],
    ["geneIds", query.geneIds !== null],
    ["modality", query.modality !== null],
    ["genes", query.genes !== null],
    ["gpu", query.gpu !== null],
    ["commercial", query.commercial],
    ["task", query.task !== null],
  ];
  return asked.filter(([, on]) => on).map(([id]) => id);
}

export function fitToCsv(rows: readonly FitRow[], query: FitQuery, options: CsvOptions = {}): string {
  const asked = askedCriteria(query);
  const header = [
    "Model",
    "Verdict",
    "Conversions",
    ...asked.flatMap((id) => [FIT_CRITERION_LABELS[id], `${FIT_CRITERION_LABELS[id]}: reason`]),
  ];
  const data = rows.map((row) => [
    row.name,
    FIT_VERDICT_LABELS[row.verdict],
    row.conversions.join("; "),
    ...asked.flatMap((id) => {
      const found = row.criteria.find((criterion) => criterion.id === id);
      return found ? [FIT_VERDICT_LABELS[found.verdict], found.reason] : ["", ""];
    }),
  ]);
  return toCsv(data, header, options);
}
