/**
 * Which reader a list file gets, by its name: YAML (theislab's single-cell-transformer-papers) or markdown (the
 * awesome lists). One place, so the build and `catalog:import` read a file the same way.
 */
import { parseMarkdownList, type ParsedList } from "./markdown-list";
import { parseYamlList } from "./yaml-list";

export function isYamlList(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** The file's rows, or the reason the whole file cannot be read (only YAML can fail as a whole). */
export function parseListFile(path: string, text: string): ParsedList | { readonly error: string } {
  return isYamlList(path) ? parseYamlList(text) : parseMarkdownList(text);
}
