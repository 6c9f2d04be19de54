import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderCycles, folderEdges } from "./folder-graph";

const SRC = join(import.meta.dirname, "..", "..", "src");

describe("the folders of the source tree", () => {
  it("finds a cycle where there is one", () => {
    const edges = new Map([
      ["a -> b", ["a/x.ts"]],
      ["b -> c", ["b/y.ts"]],
      ["c -> a", ["c/z.ts"]],
      ["c -> d", ["c/z.ts"]],
    ]);
    expect(folderCycles(edges)).toEqual([["a", "b", "c"]]);
  });

  it("keep the domain's folders free of cycles", () => {
    expect(folderCycles(folderEdges(join(SRC, "domain")))).toEqual([]);
  });

  it("keep the app's layers free of cycles", () => {
    expect(folderCycles(folderEdges(SRC))).toEqual([]);
  });
});
