/**
 * The catalog source each imported file becomes, so that every claim it makes names where it came from. A file the
 * catalog already knows is not registered twice.
 */
import { matchKey } from "../catalog/normalise";
import type { CatalogSource } from "../catalog/schema";
import { fixMojibake } from "./fix-mojibake";
import { uniqueSlug } from "./slug";

export interface ImportFile {
  /** The file as the user named it, for messages. */
  readonly path: string;
  readonly text: string;
}

export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path;
}

function titleOf(file: ImportFile): string {
  const heading = /^\uFEFF?#\s+(.+)$/m.exec(file.text)?.[1];
  return heading ? fixMojibake(heading).trim() : fileNameOf(file.path);
}

/**
 * One source per file, in the files' order. A file the catalog already knows keeps its source: a list whose heading is
 * the title of one of the catalog's lists (a newer copy of a seed list) is that list, and so is a file (a YAML list has
 * no heading) with the name of the file a list's address points to; a file imported before is its earlier import.
 * Any other file becomes a new import source.
 */
export function importSources(files: readonly ImportFile[], existing: readonly CatalogSource[]): CatalogSource[] {
  const claimed = new Set<string>();
  return files.map((file) => {
    const name = fileNameOf(file.path);
    const title = titleOf(file);
    const note = `imported from ${name} with npm run catalog:import`;
    const known = existing.find(
      (source) =>
        !claimed.has(source.id) &&
        ((source.type === "list" &&
          (matchKey(source.title) === matchKey(title) ||
            (source.url !== undefined && fileNameOf(source.url) === name))) ||
          (source.type === "import" && source.note === note)),
    );
    const taken = new Set([...existing.map((source) => source.id), ...claimed]);
    const source: CatalogSource = known ?? {
      id: uniqueSlug(name.replace(/\.(?:md|markdown|txt|ya?ml)$/i, ""), taken),
      title,
      type: "import",
      note,
    };
    claimed.add(source.id);
    return source;
  });
}
