/**
 * What a licence lets a user do, derived from its id alone: an SPDX id ("MIT", "GPL-3.0-only") or, for a licence
 * without one, its own name ("Genentech Non-Commercial Software License"). An id this table does not recognise is
 * "unknown", never a guess; "none" (the source states no licence) is "none-stated"; null (nobody looked) is
 * "unknown". Pure, so the build, the migration and the views agree.
 */
import type { LicenceClass } from "./vocabularies";

// Any non-commercial term wins over everything else: "CC-BY-NC-SA-4.0" is non-commercial before it is share-alike.
const NON_COMMERCIAL =
  /(^|[-\s])NC([-\s]|$)|non[-\s]?commercial|research[-\s]only|academic|LicenseRef-GenBio-AI-Community/i;
const COPYLEFT = /^(A|L)?GPL-\d|^MPL-\d|^EUPL-\d|^CC-BY-SA-\d/i;
const PERMISSIVE = new Set(
  [
    "MIT",
    "MIT-0",
    "Apache-2.0",
    "Apache-1.1",
    "ISC",
    "Unlicense",
    "0BSD",
    "CC0-1.0",
    "CC-BY-4.0",
    "CC-BY-3.0",
    "BSL-1.0",
    "Zlib",
    "Python-2.0",
    "PSF-2.0",
    "NCBI-PD",
  ].map((id) => id.toLowerCase()),
);
const PERMISSIVE_FAMILY = /^BSD-[234]-Clause(-[A-Za-z]+)?$/i;

export function licenceClass(id: string | null): LicenceClass {
  if (id === null) return "unknown";
  const text = id.trim();
  if (text === "") return "unknown";
  if (text.toLowerCase() === "none") return "none-stated";
  if (NON_COMMERCIAL.test(text)) return "non-commercial";
  if (COPYLEFT.test(text)) return "copyleft";
  if (PERMISSIVE.has(text.toLowerCase()) || PERMISSIVE_FAMILY.test(text)) return "permissive";
  return "unknown";
}

/** A licence as the entry holds it: the id and its derived class. */
export function licenceOf(id: string | null): { id: string | null; class: LicenceClass } {
  return { id, class: licenceClass(id) };
}
