/** npm run catalog:schema -- regenerates public/data/catalog.schema.json from the zod schema. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatJsonSchema } from "../../src/domain/catalog/json-schema";

const target = join(import.meta.dirname, "..", "..", "public", "data", "catalog.schema.json");
writeFileSync(target, formatJsonSchema());
console.log(`wrote ${target}`);
