import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { choicesOf, competitionRanks, defaultSource, history, indexTask, leaderboard, sourceUrl } from "./leaderboard";
import { readResults } from "./read-results";

const doc = readResults(
  JSON.parse(readFileSync("public/data/results/tasks/openproblems.label_projection.json", "utf8")),
).results!;
const source = doc.sources.findIndex((s) => s.id === "v2.0.0");
const dataset = doc.datasets.findIndex((d) => d.id === "cellxgene_census/tabula_sapiens");
const metric = doc.metrics.findIndex((m) => m.id === "accuracy");

describe("competitionRanks", () => {
  it("shares a rank on ties and skips after them", () => {
    expect(competitionRanks([0.5, 0.9, 0.5, Number.NaN, 0.1], true)).toEqual([2, 1, 2, 0, 4]);
    expect(competitionRanks([3, 1, 2], false)).toEqual([3, 1, 2]);
  });
});

describe("leaderboard on Open Problems label projection v2.0.0, Tabula Sapiens, accuracy", () => {
  const board = leaderboard(doc, { source, dataset, metric, protocol: null });
  const row = (label: string, paramset: string | null = null) =>
    board.rows.find((r) => r.label === label && (paramset === null || r.paramset === paramset))!;

  it("ranks scANVI+scArches (a scVI baseline) 3rd, ahead of zero-shot scGPT at 11th, of 13 ranked", () => {
    expect(board.ranked).toBe(13);
    expect(row("scANVI+scArches").rank).toBe(3);
    expect(row("scGPT", "zero shot")).toMatchObject({ rank: 11, value: 0.162, protocol: "zero-shot" });
  });

  it("keeps controls unranked and failed runs as failed rows", () => {
    expect(row("True labels")).toMatchObject({ kind: "control", rank: null, value: 1 });
    expect(row("scPRINT")).toMatchObject({ state: "failed", rank: null, value: null });
    expect(row("scGPT", "fine-tuned").state).toBe("failed");
  });

  it("filters by protocol", () => {
    const zeroShot = leaderboard(doc, { source, dataset, metric, protocol: "zero-shot" });
    expect(zeroShot.rows.map((r) => r.label)).toEqual(["scGPT"]);
    expect(zeroShot.rows[0]!.rank).toBe(1);
  });
});

describe("the mean-rank aggregate over all datasets and metrics", () => {
  const board = leaderboard(doc, { source, dataset: null, metric: null, protocol: null });
  it("ranks by mean rank, lower first, and says over how many cells", () => {
    expect(board.aggregate).toBe(true);
    expect(board.rows[0]).toMatchObject({ label: "scANVI+scArches", rank: 1, cells: 24 });
    expect(board.rows[0]!.value).toBeCloseTo(2.58, 2);
    const uce = board.rows.find((r) => r.label === "UCE")!;
    expect(uce.rank).toBe(13);
    expect(board.rows.filter((r) => r.kind === "control").every((r) => r.rank === null)).toBe(true);
  });
});

describe("sources and history", () => {
  it("defaults to the newest release and links a source to its file at the commit", () => {
    expect(doc.sources[defaultSource(doc)]!.id).toBe("v2.0.0");
    expect(sourceUrl(doc.sources[source]!)).toBe(
      `https://github.com/openproblems-bio/results/blob/${doc.sources[source]!.commit}/${doc.sources[source]!.path}`,
    );
  });

  it("follows a method across runs, oldest first", () => {
    const uce = doc.methods.findIndex((m) => m.id === "uce");
    const points = history(doc, { dataset, metric, protocol: null }, uce);
    expect(points.length).toBeGreaterThan(1);
    const dates = points.map((p) => doc.sources[p.source]!.date ?? "");
    expect(dates).toEqual(dates.toSorted());
    expect(points.some((p) => p.source === source && p.rank === 13)).toBe(true);
  });
});

describe("exports", () => {
  it("write the rows shown, in order, with formula cells neutralised", async () => {
    const { leaderboardToCsv, leaderboardToJson } = await import("./leaderboard-export");
    const query = { source, dataset, metric, protocol: null };
    const board = leaderboard(doc, query);
    const csv = leaderboardToCsv(doc, query, board);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(board.rows.length + 1);
    expect(lines[1]).toMatch(/^Seurat TransferData,seurat_transferdata,baseline,,,,1,13,0.3768,value,value,/);
    const evil = { ...board, rows: [{ ...board.rows[0]!, label: "=HYPERLINK(1)" }] };
    expect(leaderboardToCsv(doc, query, evil).split("\r\n")[1]).toMatch(/^"'=HYPERLINK/);
    expect(JSON.parse(leaderboardToJson(doc, query, board)).rows).toHaveLength(board.rows.length);
  });
});

describe("the runs-by-source index", () => {
  it("gives the same leaderboards and choices as a scan of every run, for every source", () => {
    const index = indexTask(doc);
    doc.sources.forEach((_, s) => {
      for (const query of [
        { source: s, dataset, metric, protocol: null },
        { source: s, dataset: null, metric: null, protocol: null },
      ])
        expect(leaderboard(doc, query, index)).toEqual(leaderboard(doc, query));
      expect(choicesOf(doc, s, index)).toEqual(choicesOf(doc, s));
    });
  });
});
