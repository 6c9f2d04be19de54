/**
 * Reads a schema version 1 catalog as version 2. What v1 knew is kept; what it did not know stays unknown or
 * empty, never guessed:
 * - `licence` (the code licence) becomes `licences.code` with its derived class, its claims move to the
 *   `licences.code` field; the weights licence was never recorded, so it is unknown;
 * - every claim gets `read`: v1 did not record when a source was read, so it is the v1 document's `updated` date,
 *   and the claim's note says so;
 * - `estimated` lists the fields whose chosen claim was already marked "estimated";
 * - the new fields (pretrained, training cells, input, embedding dimension, hardware, access, zero-shot uses,
 *   variants) are unknown or empty.
 * The migration works on raw JSON before validation, so a v1 entry that is broken stays broken and is reported by
 * the same checks as any other.
 */
import { licenceOf } from "./licence-class";
import { unknownV2Facts } from "./unknown-facts";

export const V1_READ_NOTE = "read date: the v1 catalog's date; v1 did not record when each source was read";

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function migrateClaim(claim: unknown, read: string): unknown {
  if (!isObject(claim) || "read" in claim) return claim;
  const note =
    typeof claim.note === "string" && claim.note.trim() !== "" ? `${claim.note} | ${V1_READ_NOTE}` : V1_READ_NOTE;
  return { ...claim, read, note };
}

function migrateProvenance(provenance: unknown, read: string): unknown {
  if (!isObject(provenance)) return provenance;
  return Object.fromEntries(
    Object.entries(provenance).map(([field, claims]) => [
      field === "licence" ? "licences.code" : field,
      Array.isArray(claims) ? claims.map((claim) => migrateClaim(claim, read)) : claims,
    ]),
  );
}

function estimatedFields(provenance: unknown): string[] {
  if (!isObject(provenance)) return [];
  return Object.entries(provenance).flatMap(([field, claims]) =>
    Array.isArray(claims) &&
    claims.some((claim) => isObject(claim) && claim.chosen === true && claim.status === "estimated")
      ? [field]
      : [],
  );
}

/** One v1 entry as v2. `read` is the v1 document's `updated` date. Anything not an object is returned unchanged. */
export function migrateEntryV1(raw: unknown, read: string): unknown {
  if (!isObject(raw)) return raw;
  const { licence, ...rest } = raw;
  const codeLicence = typeof licence === "string" ? licence : null;
  const provenance = migrateProvenance(raw.provenance, read);
  return {
    ...rest,
    ...unknownV2Facts(),
    licences: { code: licenceOf(codeLicence), weights: licenceOf(null) },
    estimated: estimatedFields(provenance),
    provenance,
  };
}

/** The document's envelope as v2; its entries are migrated one by one with `migrateEntryV1`. */
export function migrateEnvelopeV1(raw: Json): Json {
  return { ...raw, schemaVersion: 2 };
}

/** A whole v1 document as v2. */
export function migrateDocumentV1(raw: unknown): unknown {
  if (!isObject(raw) || raw.schemaVersion !== 1) return raw;
  const read = typeof raw.updated === "string" ? raw.updated : "";
  const entries = Array.isArray(raw.entries) ? raw.entries.map((entry) => migrateEntryV1(entry, read)) : raw.entries;
  return { ...migrateEnvelopeV1(raw), entries };
}
