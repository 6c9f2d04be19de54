import { describe, expect, it } from "vitest";
import { loadRealCatalog } from "../../../test/support/real-catalog";
import { followLinkedIds, linkNotices } from "./link-version";

const entries = loadRealCatalog().entries;

describe("links from an older catalog", () => {
  it("follow a renamed id through the entry's names and aliases, and report the ones gone", () => {
    // Geneformer lists "Geneformer V1" as an alias; an older catalog might have used that as the id.
    const linked = followLinkedIds(["scgpt", "geneformer-v1", "scbert-9000"], entries);
    expect(linked.ids).toEqual(["scgpt", "geneformer"]);
    expect(linked.renamed.map((r) => [r.from, r.to.id])).toEqual([["geneformer-v1", "geneformer"]]);
    expect(linked.missing).toEqual(["scbert-9000"]);
    expect(linkNotices(linked, "2026.10.01", "2026.11.21")).toEqual([
      "This link was made with catalog 2026.10.01; this is catalog 2026.11.21.",
      '"geneformer-v1" is now listed as Geneformer.',
      "No longer in the catalog, so left out: scbert-9000.",
    ]);
  });

  it("say nothing when every model is where the link left it", () => {
    const linked = followLinkedIds(["scgpt", "uce"], entries);
    expect(linkNotices(linked, "2026.10.01", "2026.11.21")).toEqual([]);
  });
});
