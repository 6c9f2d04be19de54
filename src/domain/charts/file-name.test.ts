import { describe, expect, it } from "vitest";
import { chartFileName } from "./file-name";

describe("chart file names", () => {
  it("say what the chart shows, safely for any file system", () => {
    expect(chartFileName("Pretraining cells by year, coloured by Architecture family", "2026-11-21", "svg")).toBe(
      "scfm-atlas-pretraining-cells-by-year-coloured-by-architecture-family-2026-11-21.svg",
    );
    expect(chartFileName("Ćell / ../../etc", "2026-11-21", "png")).toBe("scfm-atlas-cell-etc-2026-11-21.png");
    expect(chartFileName("***", "2026-11-21", "png")).toBe("scfm-atlas-chart-2026-11-21.png");
  });
});
