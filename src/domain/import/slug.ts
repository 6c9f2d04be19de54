import { foldCase } from "../catalog/normalise";

/** A lowercase slug of the text ("Toy-Twin 2" -> "toy-twin-2"), with "-2", "-3", ... added until it is not taken. */
export function uniqueSlug(text: string, taken: ReadonlySet<string>): string {
  const base =
    foldCase(text)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "entry";
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}
