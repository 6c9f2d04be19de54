import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CatalogDocument } from "../../src/domain/catalog/schema";
import { CATALOG_PATH } from "../../test/support/real-catalog";
import { isStrictlyValid, validateCatalog } from "../../src/domain/catalog/validate";
import { catalogJson } from "./catalog-json";
import { main, USAGE } from "./import";
import { SEED_LISTS } from "./sources";

const FIXTURES = join(import.meta.dirname, "..", "..", "src", "domain", "import", "fixtures");

let dir: string;
let catalog: string;
let out: string[];
let err: string[];

function run(...args: string[]): number {
  return main(args, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd: FIXTURES });
}

const read = () => readFileSync(catalog, "utf8");
const entryOf = (document: CatalogDocument, id: string) => document.entries.find((entry) => entry.id === id);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "catalog-import-"));
  catalog = join(dir, "catalog.json");
  copyFileSync(CATALOG_PATH, catalog);
  out = [];
  err = [];
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run catalog:import", () => {
  it("without --write reports and leaves the catalog byte for byte as it was", () => {
    const before = read();
    expect(run("--catalog", catalog, "known-models.md", "duplicates-a.md")).toBe(0);
    expect(read()).toBe(before);
    expect(out.join("\n")).toMatch(/^5 candidate\(s\): 2 matched, 1 conflict, 2 new; 0 line\(s\) skipped/);
    expect(out.join("\n")).toContain("Dry run: nothing written.");
    expect(err).toEqual([]);
  });

  it("with --json prints only the report, with exactly its keys", () => {
    expect(run("--json", "--catalog", catalog, "known-models.md", "number-formats.md")).toBe(0);
    const report = JSON.parse(out.join("\n")) as {
      entries: Record<string, unknown>[];
      skipped: Record<string, unknown>[];
    };
    expect(Object.keys(report)).toEqual(["entries", "skipped"]);
    expect(report.entries.map((entry) => [entry.name, entry.status, entry.id])).toContainEqual([
      "SC-GPT",
      "matched",
      "scgpt",
    ]);
    expect(report.entries.every((entry) => Object.keys(entry).join() === "name,status,id,fields,conflicts")).toBe(true);
    expect(report.skipped[0]).toEqual({
      line: 10,
      text: "| x | x | x | x |",
      reason: "template row: every cell is a placeholder",
      file: "number-formats.md",
    });
  });

  it("with --write adds the new entry from the file, keeps curated values, records conflicts, and validates", () => {
    const before = JSON.parse(read()) as CatalogDocument;
    expect(run("--write", "--catalog", catalog, "known-models.md")).toBe(0);
    const text = read();
    const after = JSON.parse(text) as CatalogDocument;
    expect(text).toBe(catalogJson(after));
    expect(isStrictlyValid(validateCatalog(after))).toBe(true);
    expect(after.version).toBe(before.version);
    expect(after.updated).toBe(before.updated);

    expect(after.sources.at(-1)).toEqual({
      id: "known-models",
      title: "Known models",
      type: "import",
      note: "imported from known-models.md with npm run catalog:import",
    });
    expect(entryOf(after, "scnewtoy")).toMatchObject({
      name: "scNewToy",
      listedIn: ["known-models"],
      pretraining: { cells: { state: "known", value: 2_500_000, text: "2.5M" }, datasets: { state: "unknown" } },
      parameters: { state: "unknown" },
    });

    const geneformer = entryOf(after, "geneformer")!;
    expect(geneformer.pretraining.cells).toEqual(entryOf(before, "geneformer")!.pretraining.cells);
    expect(geneformer.provenance["pretraining.cells"]).toContainEqual(
      expect.objectContaining({ source: "known-models", value: "95M", chosen: false }),
    );
    expect(geneformer.provenance["pretraining.cells"]!.filter((claim) => claim.chosen)).toHaveLength(1);
    // Entries the file does not name are as they were.
    expect(entryOf(after, "scfoundation")).toEqual(entryOf(before, "scfoundation"));
    expect(out.at(-1)).toContain("1 entr(ies) added, 1 conflict(s) recorded.");
  });

  it("with --write a second time changes nothing", () => {
    expect(run("--write", "--catalog", catalog, "known-models.md", "duplicates-a.md", "duplicates-b.md")).toBe(0);
    const first = read();
    out = [];
    expect(
      run("--write", "--json", "--catalog", catalog, "known-models.md", "duplicates-a.md", "duplicates-b.md"),
    ).toBe(0);
    expect(read()).toBe(first);
    expect(err.at(-1)).toMatch(/already holds everything this import adds; left unchanged\.$/);
  });

  it("with --write changes nothing when given the seed lists the catalog was built from", () => {
    const root = join(import.meta.dirname, "..", "..");
    const lists = SEED_LISTS.map((list) => join(root, list.file));
    const before = read();
    expect(run("--write", "--catalog", catalog, ...lists)).toBe(0);
    // Every seed row matches its entry, and every disagreement is already among the entry's claims.
    expect(out.join("\n")).toMatch(/ 0 new; /);
    expect(out.at(-1)).toContain("left unchanged");
    expect(read()).toBe(before);
  });

  it.each([
    ["binary garbage", [0x50, 0x4b, 0x03, 0x04, 0x14], "garbage.md: byte 2 (0x03) is a control character"],
    ["malformed UTF-8", [0x2d, 0x20, 0x73, 0x63, 0xc3, 0x28], "bad-utf8.md: byte 4 (0xc3) is not UTF-8 text"],
  ])("refuses %s with one line naming the file and the byte, and writes nothing", (_case, bytes, message) => {
    const name = message.split(":")[0]!;
    const path = join(dir, name);
    writeFileSync(path, Uint8Array.from(bytes));
    const before = read();
    expect(run("--write", "--catalog", catalog, path)).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
    expect(read()).toBe(before);
  });

  it("refuses YAML whose aliases would expand past the cap", () => {
    const path = join(dir, "bomb.yml");
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 8; level += 1) {
      const [from, to] = [String.fromCharCode(96 + level), String.fromCharCode(97 + level)];
      levels.push(`${to}: &${to} [${Array(10).fill(`*${from}`).join(", ")}]`);
    }
    writeFileSync(path, `- model: bomb\n  data:\n${levels.map((line) => `    ${line}`).join("\n")}\n`);
    expect(run("--catalog", catalog, path)).toBe(1);
    expect(err.join("\n")).toMatch(/bomb\.yml: refused: .*alias/i);
  });

  it("reads theislab's YAML list and reports its models against the catalog", () => {
    const list = join(import.meta.dirname, "..", "..", "data", "seeds", "theislab", "single-cell-transformers.yml");
    expect(run("--json", "--catalog", catalog, list)).toBe(0);
    const report = JSON.parse(out.join("\n")) as { entries: { name: string; status: string; id: string | null }[] };
    expect(report.entries.find((entry) => entry.name === "scGPT")).toMatchObject({ id: "scgpt" });
    // The catalog is built from this list: no row is new, even one naming its model otherwise than the catalog does
    // ("Universal Cell Embedding" is UCE, found by its preprint's address).
    expect(report.entries.filter((entry) => entry.status === "new")).toEqual([]);
    expect(report.entries.find((entry) => entry.name === "Universal Cell Embedding")).toMatchObject({ id: "uce" });
    expect(report.entries.find((entry) => entry.name === "scCello")).toMatchObject({ id: "sccello" });
  });

  it.each([
    [[], "no FILE given"],
    [["--frobnicate", "known-models.md"], "Unknown option '--frobnicate'"],
    [["known-models.md", "--catalog"], "Option '--catalog <value>' argument missing"],
  ])("exits 2 with the usage on bad usage: %j", (args, message) => {
    expect(run(...args)).toBe(2);
    expect(err.join("\n")).toContain(message);
    expect(err.join("\n")).toContain(USAGE);
    expect(out).toEqual([]);
  });

  it("exits 1, writing nothing, when a list cannot be read", () => {
    const before = read();
    expect(run("--write", "--catalog", catalog, "known-models.md", "no-such-list.md")).toBe(1);
    expect(err.join("\n")).toMatch(/cannot read .*no-such-list\.md/);
    expect(read()).toBe(before);
  });

  it("exits 1 when the catalog cannot be read, is not JSON, or is not a valid catalog", () => {
    expect(run("--catalog", join(dir, "missing.json"), "known-models.md")).toBe(1);
    writeFileSync(catalog, "{ not json");
    expect(run("--catalog", catalog, "known-models.md")).toBe(1);
    expect(err.at(-1)).toContain("is not valid JSON");
    writeFileSync(catalog, JSON.stringify({ schemaVersion: 1 }));
    expect(run("--catalog", catalog, "known-models.md")).toBe(1);
    expect(err.at(-1)).toContain("is not a valid catalog");
  });
});
