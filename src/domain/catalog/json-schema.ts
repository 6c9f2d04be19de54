/**
 * The published JSON Schema of the catalog, generated from the zod schema so that the two can never disagree.
 * Rules that span fields (sources exist, one chosen claim per field) live in validate.ts and are described here.
 */
import { z } from "../zod";
import { CatalogDocument } from "./schema";

export const JSON_SCHEMA_ID = "https://scfm-atlas.example/catalog.schema.json";

export function catalogJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CatalogDocument, { target: "draft-2020-12", io: "input" });
  return {
    ...generated,
    $id: JSON_SCHEMA_ID,
    title: "scfm-atlas catalog",
    description:
      "A catalog of foundation models for single-cell and genomics data. Every value carries its provenance: " +
      "the claims of each source, with a status (reported, estimated, derived) and one chosen claim per field. " +
      "Some rules span fields and are checked by `npm run catalog:check` rather than by this schema.",
  };
}

export function formatJsonSchema(): string {
  return `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`;
}
