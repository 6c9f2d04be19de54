import { describe, expect, it } from "vitest";
import { readCatalogJson } from "../../../test/support/real-catalog";
import { allIssues, isStrictlyValid, validateCatalog } from "./validate";
import type { CatalogDocument } from "./schema";

function realCatalog(): CatalogDocument {
  return readCatalogJson() as CatalogDocument;
}

function withEntry(change: (entry: Record<string, any>) => void, index = 0): CatalogDocument {
  const document = realCatalog();
  change(document.entries[index] as unknown as Record<string, any>);
  return document;
}

describe("the published catalog", () => {
  const document = realCatalog();

  it("is valid against the schema and every cross-field rule", () => {
    const validation = validateCatalog(document);
    expect(allIssues(validation)).toEqual([]);
    expect(isStrictlyValid(validation)).toBe(true);
  });

  it("carries its version, date and sources", () => {
    // The date of the release, with a counter for a second release on the same day.
    expect(document.version).toMatch(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/);
    expect(document.version.startsWith(document.updated.replaceAll("-", "."))).toBe(true);
    expect(document.updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(document.sources.map((source) => source.id)).toEqual(
      expect.arrayContaining(["awesome-scfm", "fm-sc-papers", "transformers-genomics", "curator-additions"]),
    );
  });

  it("has unique ids, and unique names once case and punctuation are ignored", () => {
    const ids = document.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = document.entries.map((entry) => entry.name.toLowerCase().replace(/[^a-z0-9]/g, ""));
    expect(new Set(names).size).toBe(names.length);
  });

  it("holds only http(s) URLs, in links, papers and sources of claims", () => {
    const urls = JSON.stringify(document).match(/"(?:url|preprintUrl|source)":\s*"[^"]*"/g) ?? [];
    const values = urls
      .map((pair) => JSON.parse(`{${pair}}`) as Record<string, string>)
      .map((o) => Object.values(o)[0]!);
    const sourceIds = new Set(document.sources.map((source) => source.id));
    expect(values.length).toBeGreaterThan(500);
    for (const value of values) {
      if (!sourceIds.has(value)) expect(value).toMatch(/^https?:\/\/[^\s]+$/);
    }
  });

  it("gives every filled value a source and a status, with one chosen claim", () => {
    for (const entry of document.entries) {
      for (const [field, claims] of Object.entries(entry.provenance)) {
        expect(
          claims.filter((claim) => claim.chosen),
          `${entry.id} ${field}`,
        ).toHaveLength(1);
        for (const claim of claims) expect(["reported", "estimated", "derived"]).toContain(claim.status);
      }
    }
  });
});

describe("validation of broken input", () => {
  it("skips a broken entry, names the bad value by its path, and keeps the rest", () => {
    const validation = validateCatalog(withEntry((entry) => (entry.paper.url = "javascript:alert(1)")));
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    expect(validation.document.entries).toHaveLength(realCatalog().entries.length - 1);
    expect(validation.skipped[0]).toEqual({
      index: 0,
      id: "scgpt",
      issues: [{ path: "entries[0].paper.url", message: "must be an http(s) URL" }],
    });
    expect(validation.skipped.slice(1).every((record) => record.record === "relation")).toBe(true);
  });

  it("loads an entry related to a skipped entry, with that relation dropped and reported (issue 20 §4)", () => {
    const document = realCatalog();
    const related = document.entries.filter((entry) => entry.relations.some((r) => r.target === "scgpt"));
    expect(related.length).toBeGreaterThan(1);
    document.entries[0]!.paper.url = "javascript:alert(1)";
    const validation = validateCatalog(document);
    if (!validation.ok) throw new Error("the document should load");
    const loaded = new Map(validation.document.entries.map((entry) => [entry.id, entry]));
    expect(loaded.has("scgpt")).toBe(false);
    for (const entry of related) {
      expect(loaded.get(entry.id)!.relations.map((r) => r.target)).not.toContain("scgpt");
      expect(loaded.get(entry.id)!.relations).toHaveLength(entry.relations.length - 1);
      const report = validation.skipped.find((record) => record.id === entry.id)!;
      expect(report.record).toBe("relation");
      expect(report.issues[0]!.message).toBe('"scgpt" is not an entry that loaded, so this relation is left out');
    }
    expect(validation.document.entries).toHaveLength(document.entries.length - 1);
    expect(isStrictlyValid(validation)).toBe(false);
  });

  it("skips a bad variant with its reason while its entry loads (issue 20 §4)", () => {
    const document = realCatalog() as any;
    const good = {
      name: "scGPT whole-human",
      parameters: 51_000_000,
      cells: 33_000_000,
      species: ["human"],
      inputGenes: 1200,
      embeddingDim: 512,
      weightsUrl: "https://github.com/bowang-lab/scGPT",
      weightsLicence: "MIT",
      released: "2023",
      source: { url: "https://github.com/bowang-lab/scGPT", status: "reported", read: "2026-12-04" },
    };
    document.entries[0].variants = [good, { ...good, name: "bad", weightsUrl: "javascript:alert(1)" }];
    document.entries[0].provenance.variants = [
      { source: good.source.url, value: good.name, status: "reported", chosen: true, read: "2026-12-04" },
    ];
    const validation = validateCatalog(document);
    if (!validation.ok) throw new Error("the document should load");
    expect(validation.document.entries).toHaveLength(document.entries.length);
    expect(validation.document.entries[0]!.variants.map((variant) => variant.name)).toEqual(["scGPT whole-human"]);
    expect(validation.skipped).toEqual([
      {
        index: 0,
        id: "scgpt",
        record: "variant",
        issues: [{ path: "entries[0].variants[1].weightsUrl", message: "must be an http(s) URL" }],
      },
    ]);
  });

  it.each([
    [
      "a count that is not a number",
      (e: any) => (e.pretraining.cells = { state: "known", value: "many", bound: "exact", text: "many" }),
      "entries[0].pretraining.cells.value",
    ],
    ["an id that is not a slug", (e: any) => (e.id = "Sc GPT"), "entries[0].id"],
    [
      "a task outside the vocabulary",
      (e: any) => (e.tasks = [{ id: "telepathy", text: "Telepathy" }]),
      "entries[0].tasks[0].id",
    ],
    ["a year out of range", (e: any) => (e.paper.preprintYear = 1066), "entries[0].paper.preprintYear"],
    [
      "a status that does not exist",
      (e: any) => (e.provenance.name[0].status = "rumoured"),
      "entries[0].provenance.name[0].status",
    ],
  ])("rejects %s at its path", (_label, change, path) => {
    const issues = allIssues(validateCatalog(withEntry(change)));
    expect(issues.map((issue) => issue.path)).toContain(path);
    expect(issues.every((issue) => issue.message.length > 5)).toBe(true);
  });

  it("requires a source for every value, exactly one chosen claim, and a reason where sources disagree", () => {
    const noSource = allIssues(validateCatalog(withEntry((e) => delete e.provenance["paper.venue"])));
    expect(noSource).toContainEqual({
      path: `entries[0].provenance["paper.venue"]`,
      message: "paper.venue has a value but no source",
    });

    const twoChosen = allIssues(
      validateCatalog(withEntry((e) => e.provenance.name.push({ ...e.provenance.name.find((c: any) => c.chosen) }))),
    );
    expect(twoChosen).toContainEqual({
      path: "entries[0].provenance.name",
      message: "must mark exactly one claim as chosen, found 2",
    });

    const genecompass = realCatalog().entries.findIndex((entry) => entry.id === "genecompass");
    const noReason = allIssues(
      validateCatalog(
        withEntry((e) => e.provenance["pretraining.cells"].forEach((c: any) => delete c.reason), genecompass),
      ),
    );
    expect(noReason).toContainEqual({
      path: `entries[${genecompass}].provenance["pretraining.cells"]`,
      message: "sources disagree, so the chosen claim needs a reason",
    });
  });

  it("rejects a second entry with an id already used, and a relation to no entry", () => {
    const document = realCatalog();
    document.entries.push(structuredClone(document.entries[0]!));
    document.entries[1]!.relations = [{ type: "builds-on", target: "no-such-model" }];
    const claim = { source: "scfm-atlas", value: "builds-on:no-such-model", status: "derived", chosen: true } as const;
    document.entries[1]!.provenance.relations = [{ ...claim, read: "2026-12-04" }];
    const validation = validateCatalog(document);
    const paths = allIssues(validation).map((issue) => `${issue.path}: ${issue.message}`);
    expect(paths).toContain(`entries[${document.entries.length - 1}].id: "scgpt" is the id of an earlier entry`);
    expect(paths).toContain(
      'entries[1].relations[0].target: "no-such-model" is not an entry that loaded, so this relation is left out',
    );
  });

  it.each([
    ["null", null, "(document)"],
    ["an array", [], "(document)"],
    ["another schema version", { ...realCatalog(), schemaVersion: 3 }, "schemaVersion"],
    ["a document without entries", { ...realCatalog(), entries: undefined }, "entries"],
  ])("fails the whole document for %s, never throwing", (_label, input, path) => {
    const validation = validateCatalog(input);
    expect(validation.ok).toBe(false);
    expect(allIssues(validation).map((issue) => issue.path)).toContain(path);
  });
});
