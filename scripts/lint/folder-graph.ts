/**
 * The import graph between the folders of a source tree: oxlint's import/no-cycle sees cycles between files, and
 * this sees the wider ones between folders (catalog -> export -> catalog), which make a folder impossible to
 * understand or move on its own.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Edges "from -> to" between the top-level folders under `root`, with the files that make each one. */
export function folderEdges(root: string): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const from = relative(root, dirname(file)).split(sep)[0]!;
    for (const match of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
      const to = relative(root, resolve(dirname(file), match[1]!)).split(sep)[0]!;
      if (to === from || to.startsWith("..") || from === "") continue;
      const key = `${from} -> ${to}`;
      edges.set(key, [...(edges.get(key) ?? []), relative(root, file)]);
    }
  }
  return edges;
}

/** Every cycle between folders, each as the list of folders around it. */
export function folderCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const next = new Map<string, string[]>();
  for (const key of edges.keys()) {
    const [from, to] = key.split(" -> ") as [string, string];
    next.set(from, [...(next.get(from) ?? []), to]);
  }
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const walk = (node: string, path: string[]) => {
    for (const to of next.get(node) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        const cycle = path.slice(at);
        const key = [...cycle].toSorted().join(",");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else walk(to, [...path, to]);
    }
  };
  for (const node of next.keys()) walk(node, [node]);
  return cycles;
}
