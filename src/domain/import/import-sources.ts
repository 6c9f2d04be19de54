/**
 * The catalog source each imported file becomes, so that every claim it makes names where it came from. Importing
 * the same file again reuses its source instead of registering it twice.
 */
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

/** One source per file, in the files' order: the source of an earlier import of a file of the same name, or a new one. */
export function importSources(files: readonly ImportFile[], existing: readonly CatalogSource[]): CatalogSource[] {
  const claimed = new Set<string>();
  return files.map((file) => {
    const name = fileNameOf(file.path);
    const note = `imported from ${name} with npm run catalog:import`;
    const earlier = existing.find(
      (source) => source.type === "import" && source.note === note && !claimed.has(source.id),
    );
    const taken = new Set([...existing.map((source) => source.id), ...claimed]);
    const source: CatalogSource = earlier ?? {
      id: uniqueSlug(name.replace(/\.(?:md|markdown|txt)$/i, ""), taken),
      title: titleOf(file),
      type: "import",
      note,
    };
    claimed.add(source.id);
    return source;
  });
}
