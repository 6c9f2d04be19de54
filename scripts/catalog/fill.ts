/**
 * npm run catalog:fill -- how full the fields schema version 2 added are in the published catalog: per field, the
 * entries that hold a value, of all entries (and of the pretrained foundation models).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fieldValue, isFilled } from "../../src/domain/catalog/filled-fields";
import type { CatalogDocument, FieldPath } from "../../src/domain/catalog/schema";

const V2_PATHS: readonly FieldPath[] = [
  "licences.code",
  "licences.weights",
  "pretrained",
  "trainingCells",
  "input.geneIdentifiers",
  "input.vocabularySize",
  "input.vocabularyRelease",
  "input.species",
  "input.newSpecies",
  "input.genes",
  "input.expression",
  "embeddingDim",
  "hardware.gpuMemoryGb",
  "hardware.cpuOk",
  "hardware.text",
  "access.pip",
  "access.huggingFace",
  "access.container",
  "zeroShot",
  "variants",
];

const document = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "public", "data", "catalog.json"), "utf8"),
) as CatalogDocument;
const all = document.entries;
const models = all.filter((entry) => entry.kind === "model");
const count = (entries: typeof all, path: FieldPath) => entries.filter((e) => isFilled(fieldValue(e, path))).length;
console.log(`catalog ${document.version}: ${all.length} entries, ${models.length} pretrained foundation models`);
console.log(`${"field".padEnd(24)} ${"all".padStart(9)} ${"models".padStart(9)}`);
for (const path of V2_PATHS) {
  const filled = count(all, path);
  console.log(
    `${path.padEnd(24)} ${`${filled}/${all.length}`.padStart(9)} ${`${count(models, path)}/${models.length}`.padStart(9)}  ${Math.round((100 * filled) / all.length)}%`,
  );
}
const estimated = all.filter((entry) => entry.estimated.length > 0).length;
console.log(`${"estimated (any field)".padEnd(24)} ${`${estimated}/${all.length}`.padStart(9)}`);
