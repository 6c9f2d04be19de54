/**
 * Where a year goes that a list gives without saying which version of the paper it dates ("[2023]"). The build
 * and the importer both use this one rule (issue 19 §4: they used to disagree):
 * 1. A year equal to the published version's known year agrees with it: it joins `paper.publishedYear`.
 * 2. Otherwise, when no published year is known and the only paper the entry links is a peer-reviewed version
 *    (no preprint is known), the year dates that version: `paper.publishedYear`.
 * 3. Otherwise it is a preprint-year claim: a preprint comes first, and a year that disagrees with a known
 *    published year stands as a claim the resolver weighs (and explains), never silently as the published year.
 * A year with no paper link at all is kept as a preprint-year claim rather than dropped: the list said it.
 */
import { isPreprintUrl } from "../../../src/domain/catalog/normalise";

export type YearField = "paper.publishedYear" | "paper.preprintYear";

export const UNVERSIONED_YEAR_NOTE = "the list gives this year without saying which version it dates";

export function unversionedYearField(
  year: unknown,
  known: {
    readonly publishedYear: number | null;
    readonly paperUrl: string | null;
    readonly preprintUrl: string | null;
  },
): YearField {
  if (known.publishedYear !== null && year === known.publishedYear) return "paper.publishedYear";
  const onlyPeerReviewed =
    known.paperUrl !== null &&
    !isPreprintUrl(known.paperUrl) &&
    (known.preprintUrl ?? known.paperUrl) === known.paperUrl;
  if (known.publishedYear === null && onlyPeerReviewed) {
    return "paper.publishedYear";
  }
  return "paper.preprintYear";
}
