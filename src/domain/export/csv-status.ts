/**
 * The qualifier a raw number loses in a CSV cell: each sourced number column is followed by a status column saying
 * whether the value is estimated, a bound ("at least"), the top of a range across variants, in another unit, or not
 * applicable ("not pretrained"), so a spreadsheet keeps what the table shows as "~53M (estimated)" or "814K–33M".
 */
import type { EntryFacts } from "../catalog/schema";
import { isEstimated } from "../fields/field-def";
import { csvHeader, type AnyField } from "../fields/field-lookup";

const BOUND_TEXT = { exact: null, "at-least": "at least", "at-most": "at most", approximate: "approximate" } as const;

/** Whether a column gets a status column beside it: a number with a source. */
export const hasStatusColumn = (field: AnyField): boolean => field.type === "number" && field.path !== null;

export function statusHeader(field: AnyField): string {
  return `${csvHeader(field)} status`;
}

/** "estimated; approximate", "at least", "not pretrained", "" for an exact, reported value or an unknown one. */
export function csvStatus(field: AnyField, entry: EntryFacts): string {
  const parts: string[] = [];
  if (isEstimated(entry, field.path)) parts.push("estimated");
  const measure = field.measure?.(entry);
  if (measure?.state === "known") {
    // A range across variants is what the table shows ("814K–33M"): the cell holds its top, which "at most" undersells.
    const bound = measure.range
      ? `variants range from ${measure.range.min} to ${measure.range.max}`
      : BOUND_TEXT[measure.bound];
    if (bound) parts.push(bound);
  } else if (measure?.state === "other-unit") parts.push(measure.unit);
  else if (measure?.state === "not-applicable") parts.push(measure.reason);
  return parts.join("; ");
}
