import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { benchmarkedIn, benchmarkedInModule } from "./benchmarked-in";
import { BENCHMARKED_IN } from "./benchmarked-in.generated";
import { ResultsIndex } from "./schema";

const index = ResultsIndex.parse(JSON.parse(readFileSync("public/data/results/index.json", "utf8")));

describe("benchmarked in", () => {
  it("lists per catalog model the benchmarks with results for it, only those with models", () => {
    const data = benchmarkedIn(index);
    expect(data.models.scgpt).toEqual(["open-problems", "perturbation-linear-baselines", "scrnaseq-fm-deep-dive"]);
    expect(data.models.scfoundation).toEqual(["perturbation-linear-baselines"]);
    expect(data.models.uce).toEqual(["open-problems"]);
    expect(data.labels["open-problems"]).toBe("Open Problems");
    expect(Object.values(data.models).every((ids) => ids.every((id) => id in data.labels))).toBe(true);
  });

  it("is what the generated module holds (npm run results:import writes it)", () => {
    expect(BENCHMARKED_IN).toEqual(benchmarkedIn(index));
    expect(benchmarkedInModule(benchmarkedIn(index))).toBe(
      readFileSync("src/domain/results/benchmarked-in.generated.ts", "utf8"),
    );
  });
});
