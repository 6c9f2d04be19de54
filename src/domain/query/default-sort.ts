/**
 * The order the table shows before anyone sorts, and how any order reads in words. The default is what a researcher
 * scanning the field expects: the newest models first, alphabetical within a year. The URL leaves it out (no `sort`
 * parameter means this order), so a third click on a header, which clears the sort, brings it back.
 */
import { fieldById } from "../fields/field-lookup";
import type { FieldId } from "../fields/fields";
import type { SortSpec } from "./view-state";

export const DEFAULT_SORT: readonly SortSpec[] = [
  { key: "year", desc: true },
  { key: "name", desc: false },
];

/** The order the rows are in: the chosen one, or the default when none is chosen. */
export function effectiveSort(sort: readonly SortSpec[]): readonly SortSpec[] {
  return sort.length > 0 ? sort : DEFAULT_SORT;
}

// Fields that count years read as time: "newest first" says more than "largest first".
const YEAR_FIELDS: readonly FieldId[] = ["year", "preprint-year", "published-year"];

/** One key in words: "Parameters (largest first)", "Year (newest first)", "Name (A–Z)". */
function keyText(spec: SortSpec): string {
  const field = fieldById(spec.key);
  return `${field.label} (${directionText(spec)})`;
}

function directionText(spec: SortSpec): string {
  if (fieldById(spec.key).type === "text") return spec.desc ? "Z–A" : "A–Z";
  if (YEAR_FIELDS.includes(spec.key)) return spec.desc ? "newest first" : "oldest first";
  return spec.desc ? "largest first" : "smallest first";
}

/**
 * The order as a sentence for the table's caption and the line above it: "Default order: newest first, then by
 * name" before anyone sorts, "Sorted by Parameters (largest first), then Year (newest first)" after. Unknown values
 * always come last, whichever the direction.
 */
export function describeSort(sort: readonly SortSpec[]): string {
  if (sort.length === 0) return "Default order: newest first, then by name";
  return `Sorted by ${sort.map(keyText).join(", then ")}`;
}
