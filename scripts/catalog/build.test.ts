import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CuratedEntry } from "../../data/curation/curation-types";
import { ChangelogDocument, latestRelease } from "../../src/domain/catalog/changelog";
import { buildCatalog, listingOf, publishedFiles } from "./build";
import { changelogProblems } from "./changelog";

const built = buildCatalog();
const entry = (id: string) => {
  const found = built.document.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};

describe("building the catalog from the seed lists", () => {
  it("builds without problems and matches the published files (run npm run catalog:build after a change)", () => {
    expect(built.problems).toEqual([]);
    for (const [name, text] of Object.entries(publishedFiles(built))) {
      const published = readFileSync(join(import.meta.dirname, "../../public/data", name), "utf8");
      expect(text, name).toBe(published);
    }
  });

  it("holds every distinct entry of the five lists once, and the curators' additions", () => {
    expect(built.document.entries).toHaveLength(124);
    const fromLists = built.document.entries.filter((e) => !e.listedIn.includes("curator-additions"));
    expect(fromLists).toHaveLength(92);
    // scBERT is in the three Markdown lists, under two spellings, and in theislab's; scELMo is listed twice in one list.
    expect(entry("scbert").listedIn).toEqual([
      "awesome-scfm",
      "fm-sc-papers",
      "transformers-genomics",
      "theislab-transformers",
    ]);
    expect(built.document.entries.filter((e) => e.name === "scELMo")).toHaveLength(1);
    expect(built.skippedRows).toBe(11);
  });

  it("names entries that the lists give only as a paper, and keeps the title", () => {
    expect(entry("scpoli").paper.title).toBe(
      "Population-level integration of single-cell datasets enables multi-scale analysis across samples",
    );
    expect(entry("scpoli").listedIn).toEqual(["fm-sc-papers"]);
  });

  it("gives each entry a kind", () => {
    const kinds: Record<string, number> = {};
    for (const { kind } of built.document.entries) kinds[kind] = (kinds[kind] ?? 0) + 1;
    expect(kinds).toEqual({
      model: 77,
      "task-model": 24,
      "biomedical-language-model": 5,
      toolkit: 1,
      benchmark: 17,
    });
  });

  it("reads cells as numbers, keeping the text, the parts and the bound", () => {
    expect(entry("cellplm").pretraining.cells).toMatchObject({
      state: "known",
      value: 11_000_000,
      text: "9M scRNA-seq + 2M spatial",
      parts: [{ value: 9_000_000 }, { value: 2_000_000 }],
    });
    expect(entry("cellama").pretraining.cells).toEqual({
      state: "known",
      value: 536_000,
      bound: "at-least",
      text: "536k+",
    });
    expect(entry("muse-gnn").pretraining.cells.state).toBe("unknown");
  });

  it("keeps figures that are not cell counts apart from cells", () => {
    expect(entry("kronos").pretraining.cells).toMatchObject({
      state: "other-unit",
      value: 47_000_000,
      unit: "single-marker image patches, not cells",
    });
    expect(entry("sage-fm").pretraining.cells).toMatchObject({ state: "other-unit", value: 416 });
    // A list's "254k" for Enformer counts DNA sequence windows: kept as an unchosen claim, never read as cells.
    expect(entry("enformer").pretraining.cells.state).toBe("not-applicable");
    expect(entry("enformer").provenance["pretraining.cells"]).toContainEqual(
      expect.objectContaining({ source: "transformers-genomics", value: "254k", chosen: false }),
    );
    expect(entry("openbiomed").pretraining.cells.state).toBe("not-applicable");
  });

  it("records the known disagreements with every claim and a reason for the choice", () => {
    const code = entry("celllm").provenance["links.code"]!;
    expect(code.find((claim) => claim.chosen)).toMatchObject({
      value: expect.stringContaining("PharMolix/OpenBioMed"),
    });
    expect(code).toContainEqual(
      expect.objectContaining({
        source: "transformers-genomics",
        value: "https://github.com/yiqunchen/GenePT",
        chosen: false,
      }),
    );
    expect(code.find((claim) => claim.chosen)?.reason).toMatch(/GenePT/);

    const venue = entry("cell2sentence").provenance["paper.venue"]!;
    expect(venue).toContainEqual(
      expect.objectContaining({ value: "International Conference on Machine Learning (ICLR)", chosen: false }),
    );
    expect(entry("cell2sentence").paper.venue).toBe("ICML");
  });

  it("keeps preprint and peer-reviewed years apart", () => {
    expect(entry("scgpt").paper).toMatchObject({ preprintYear: 2023, publishedYear: 2024, venue: "Nature Methods" });
    expect(entry("scfoundation").paper).toMatchObject({ preprintYear: 2023, publishedYear: 2024 });
  });

  it("lists an entry no seed list names under the curators' additions, with its own paper", () => {
    expect(entry("cellfm").listedIn).toEqual(["curator-additions"]);
    expect(entry("cellfm").paper.url).toBe("https://www.nature.com/articles/s41467-025-59926-5");
    expect(built.document.sources.map((source) => source.id)).toContain("curator-additions");
    expect(entry("geneformer-v2").relations).toEqual([{ type: "successor-of", target: "geneformer" }]);
  });

  it("accepts a missing list only for an entry marked as the curators' addition", () => {
    const base: CuratedEntry = {
      id: "x",
      name: "X",
      kind: "model",
      seeds: [],
      family: null,
      input: null,
      modalities: [],
    };
    expect(listingOf(base, [], null).problems).toEqual(["x: no seed list names this entry"]);
    expect(listingOf(base, ["awesome-scfm"], null)).toEqual({ listedIn: ["awesome-scfm"], problems: [] });
    const added = { ...base, addedIn: "2026.11.21.1" };
    expect(listingOf(added, [], "https://example.org/paper")).toEqual({
      listedIn: ["curator-additions"],
      problems: [],
    });
    expect(listingOf(added, [], null).problems).toEqual(["x: an entry the curators added needs its paper's address"]);
    expect(listingOf({ ...added, seeds: ["X"] }, ["awesome-scfm"], "https://example.org/paper").problems).toEqual([
      "x: marked as added by the curators, but a seed list names it; drop addedIn",
    ]);
  });

  it("keeps parameters apart from entries that train none", () => {
    expect(entry("genept").parameters).toEqual({
      state: "not-applicable",
      reason: "GenePT trains no network of its own: it averages text embeddings from a closed API",
    });
    expect(entry("biollm").parameters.state).toBe("not-applicable");
    expect(entry("transcriptformer").parameters).toMatchObject({ value: 542_000_000, bound: "at-most" });
  });
});

describe("the data changelog", () => {
  const { changelog, document } = built;

  it("is valid, and its newest release is the catalog's version and date", () => {
    expect(ChangelogDocument.safeParse(changelog).success).toBe(true);
    expect(latestRelease(changelog)).toMatchObject({ version: document.version, date: document.updated });
  });

  it("adds every entry of the catalog exactly once", () => {
    const added = changelog.releases.flatMap((release) => release.added);
    expect(added.toSorted()).toEqual(document.entries.map((e) => e.id).toSorted());
    expect(changelog.releases.find((release) => release.version === "2026.11.21.1")!.added).toContain(
      "transcriptformer",
    );
  });

  it("names a release that does not match the catalog", () => {
    const [latest, ...older] = changelog.releases;
    const stale = {
      ...changelog,
      releases: [
        {
          ...latest!,
          version: "2026.11.22",
          date: "2026-11-22",
          corrected: [
            { id: "genept", field: "licences.code" as const, from: "unknown", to: "MIT", source: "scfm-atlas" },
          ],
        },
        ...older,
      ].map((release) => ({ ...release, added: release.added.filter((id) => id !== "scgpt") })),
    };
    expect(changelogProblems(stale, document, [])).toEqual([
      `changelog: the newest release is 2026.11.22 (2026-11-22), the catalog is ${document.version} (${document.updated})`,
      'changelog: no release adds "scgpt"',
      'changelog 2026.11.22: genept licences.code is "none" in the catalog, not "MIT"',
    ]);
    const backwards = { ...changelog, releases: [...changelog.releases, { ...latest!, version: "2026.11.30" }] };
    expect(changelogProblems(backwards, document, [])).toContain(
      "changelog: 2026.11.21 must be newer than the release after it, 2026.11.30",
    );
  });
});
